#!/usr/bin/env bash
# Proof that the Linux package works on this machine, as a lab technician would use it:
#   1. builds the .deb (or takes the one given), installs it with dpkg -i;
#   2. checks the launcher, the menu entry, the lesson file type and the start-up (CDS) archive
#      that the package made when it was installed;
#   3. starts the installed launcher on a virtual display with a lesson file as its argument and
#      waits for the window whose title names that lesson;
#   4. checks with strace that a start reaches no internet address, and times the installed app's
#      start against an empty FlatLaf window on the same runtime;
#   5. removes the package and checks that nothing is left behind.
#
#   sudo bash installer/test-deb-install.sh [backstep_<version>_amd64.deb]
#
# Needs root, Maven and a JDK 17 (to build), and xvfb, xauth, xdotool, strace and the package's
# dependencies (apt-get install xvfb xauth xdotool strace xdg-utils fontconfig fonts-dejavu-core
# libatk-wrapper-java-jni), and for the screen-reader check dbus-daemon at-spi2-core python3-pyatspi.
# Writes its findings to target/installer/install-check.txt. Stops with an error if Backstep is
# already installed, so that it never replaces a real installation.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPORT="$ROOT/target/installer/install-check.txt"
STARTS="${STARTS:-5}"
fail() { echo "test-deb-install: FAILED: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "run as root: it installs and removes a package"
for need in dpkg Xvfb xdotool javac strace; do
  command -v "$need" >/dev/null || fail "$need is not installed"
done
installed() { dpkg-query -W -f='${Status}' backstep 2>/dev/null | grep -q ' installed$'; }
if installed; then
  fail "the backstep package is installed already; remove it first (dpkg -r backstep)"
fi

DEB="${1:-}"
if [ -z "$DEB" ]; then
  echo "== building the .deb"
  (cd "$ROOT" && mvn -B -q -Pinstaller -DskipTests package)
  DEB="$(ls "$ROOT"/target/installer/backstep_*_amd64.deb)"
fi
mkdir -p "$(dirname "$REPORT")"
WORK="$(mktemp -d)"
DISPLAY_NUMBER=$((90 + RANDOM % 100))
APP_PID=""
XVFB_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  # Purge, so that a failed run leaves no half-configured package behind either.
  if dpkg-query -W backstep >/dev/null 2>&1; then
    dpkg -P backstep >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

{
  echo "package: $(basename "$DEB")"
  echo "package size: $(stat -c %s "$DEB") bytes ($(du -h "$DEB" | cut -f1))"
  echo "declared installed size: $(dpkg-deb -f "$DEB" Installed-Size) KiB"
} | tee "$REPORT"

echo "== dpkg -i"
dpkg -i "$DEB" || fail "dpkg -i failed; missing dependencies? $(dpkg-deb -f "$DEB" Depends)"
INSTALLED=/opt/backstep
[ -x "$INSTALLED/bin/Backstep" ] || fail "no launcher at $INSTALLED/bin/Backstep"
[ -s "$INSTALLED/lib/app/backstep.jsa" ] || fail "the start-up archive was not made at install time"
ls /usr/share/applications/*backstep*.desktop >/dev/null 2>&1 || fail "no menu entry in /usr/share/applications"
grep -q '%f' /usr/share/applications/*backstep*.desktop || fail "the menu entry does not pass a file to the app"
grep -rq 'backstep.json' /usr/share/mime/packages/ 2>/dev/null || fail "the lesson file type is not registered"
echo "on disk after install: $(du -sk "$INSTALLED" | cut -f1) KiB, of which the start-up archive $(du -k "$INSTALLED/lib/app/backstep.jsa" | cut -f1) KiB" | tee -a "$REPORT"
# The installed app has no means to reach the network: no module for it but java.base's sockets,
# which the app never opens; the runtime's modules are listed for the record.
echo "runtime modules: $("$INSTALLED/lib/runtime/bin/java" --list-modules | cut -d@ -f1 | tr '\n' ' ')" | tee -a "$REPORT"

echo "== the installed launcher opens a lesson file given as its argument"
LESSON="$WORK/lab lesson.backstep.json"
cp "$ROOT/src/main/resources/org/backstep/lesson/bundled/mazur-2-2-2.json" "$LESSON"
TITLE="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["title"])' "$LESSON")"
Xvfb ":$DISPLAY_NUMBER" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
export DISPLAY=":$DISPLAY_NUMBER"
sleep 1
PREFS="-Djava.util.prefs.userRoot=$WORK/prefs"
JAVA_TOOL_OPTIONS="$PREFS" "$INSTALLED/bin/Backstep" "$LESSON" >"$WORK/app.log" 2>&1 &
APP_PID=$!
# xdotool takes a regular expression: the title's brackets must be escaped.
TITLE_PATTERN="$(python3 -c 'import re,sys; print("^" + re.escape(sys.argv[1]) + "$")' "Backstep — $TITLE")"
if ! timeout 60 xdotool search --sync --name "$TITLE_PATTERN" >/dev/null; then
  cat "$WORK/app.log" >&2
  fail "no window titled 'Backstep — $TITLE' within 60 s"
fi
echo "window seen: Backstep — $TITLE" | tee -a "$REPORT"
kill "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
APP_PID=""

echo "== classes come from the start-up archive"
JAVA_TOOL_OPTIONS="$PREFS -Dbackstep.exitWhenShown=true -Xlog:class+load=info:file=$WORK/classes.log" \
  "$INSTALLED/bin/Backstep" >/dev/null 2>&1
LOADED=$(grep -c 'source:' "$WORK/classes.log")
SHARED=$(grep -c 'source: shared objects file' "$WORK/classes.log" || true)
echo "classes loaded at start: $LOADED, from the archive: $SHARED" | tee -a "$REPORT"
[ "$SHARED" -gt $((LOADED / 2)) ] || fail "fewer than half the classes came from the archive"

echo "== no network: a start sends nothing to any internet address"
# Java's networking library opens and closes two sockets when it loads, to learn whether IPv6 and
# port reuse are supported; they are never connected. What must not happen: a connection, a bind
# or a datagram to an internet address (a DNS query would be one).
strace -f -qq -e trace=socket,connect,bind,sendto,sendmsg -o "$WORK/sockets.trace" \
  env JAVA_TOOL_OPTIONS="$PREFS -Dbackstep.exitWhenShown=true" "$INSTALLED/bin/Backstep" "$LESSON" >/dev/null 2>&1
REACHED=$(grep -E '(connect|bind|sendto|sendmsg)\(' "$WORK/sockets.trace" | grep -cE 'AF_INET6?[,}]' || true)
echo "internet sockets opened and closed unused: $(grep -cE 'socket\(AF_INET' "$WORK/sockets.trace" || true); connections, binds or datagrams to internet addresses: $REACHED" | tee -a "$REPORT"
[ "$REACHED" -eq 0 ] || fail "the app reached for the network: $(grep -E 'AF_INET' "$WORK/sockets.trace" | grep -vE 'socket\(' | head -3)"

echo "== screen reader: the installed app through AT-SPI, with its own D-Bus session"
# The packaged runtime must carry what the bridge needs, and the app must switch it on by itself.
bash "$ROOT/src/test/atspi/run-atspi-check.sh" "$INSTALLED/bin/Backstep" 2>&1 | grep -v '^dbus-daemon' | tee "$WORK/atspi.log" \
  || fail "the AT-SPI check of the installed app failed"
echo "AT-SPI: $(grep -E '^(window|diagram nodes|[0-9]+ checks failed)' "$WORK/atspi.log" | tr '\n' ' ')" | tee -a "$REPORT"

echo "== start-up: the installed app against an empty FlatLaf window on the same runtime"
mkdir -p "$WORK/empty"
javac --release 17 -d "$WORK/empty" -cp "$INSTALLED/lib/app/backstep.jar" \
  "$ROOT/src/jmh/java/org/backstep/bench/gui/FirstPaintEmpty.java" \
  "$ROOT/src/jmh/java/org/backstep/bench/gui/GuiProbes.java"
first_paint() { grep -o 'firstPaintMs=[0-9]*' | cut -d= -f2; }
app_times=()
bare_times=()
empty_times=()
for i in $(seq "$STARTS"); do
  app_times+=("$(JAVA_TOOL_OPTIONS="$PREFS -Dbackstep.startupReport=true" "$INSTALLED/bin/Backstep" 2>/dev/null | first_paint)")
  empty_times+=("$("$INSTALLED/lib/runtime/bin/java" $PREFS -cp "$INSTALLED/lib/app/backstep.jar:$WORK/empty" \
    org.backstep.bench.gui.FirstPaintEmpty 2>/dev/null | first_paint)")
  mv "$INSTALLED/lib/app/backstep.jsa" "$WORK/backstep.jsa"
  bare_times+=("$(JAVA_TOOL_OPTIONS="$PREFS -Dbackstep.startupReport=true" "$INSTALLED/bin/Backstep" 2>/dev/null | first_paint)")
  mv "$WORK/backstep.jsa" "$INSTALLED/lib/app/backstep.jsa"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
APP_MS=$(median "${app_times[@]}")
BARE_MS=$(median "${bare_times[@]}")
EMPTY_MS=$(median "${empty_times[@]}")
{
  echo "JVM start to first paint, medians of $STARTS, ms:"
  echo "  installed app with its archive:    $APP_MS   (${app_times[*]})"
  echo "  installed app, archive removed:    $BARE_MS   (${bare_times[*]})"
  echo "  empty FlatLaf window, same runtime: $EMPTY_MS   (${empty_times[*]})"
  awk -v a="$APP_MS" -v b="$BARE_MS" -v e="$EMPTY_MS" \
    'BEGIN { printf "  ratio to the empty window: %.2f with the archive, %.2f without\n", a / e, b / e }'
} | tee -a "$REPORT"

echo "== dpkg -r"
dpkg -r backstep
[ ! -e "$INSTALLED" ] || fail "$INSTALLED is still there after dpkg -r: $(find "$INSTALLED" | head -5)"
if ls /usr/share/applications/*backstep*.desktop >/dev/null 2>&1; then
  fail "the menu entry is still there after dpkg -r"
fi
echo "removed cleanly" | tee -a "$REPORT"
echo "test-deb-install: passed"
