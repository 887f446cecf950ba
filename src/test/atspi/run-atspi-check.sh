#!/usr/bin/env bash
# Starts Backstep under Xvfb with its own D-Bus session (the AT-SPI bus starts by itself) and
# checks it through AT-SPI with check_tree.py, as a screen reader would see it.
#   bash src/test/atspi/run-atspi-check.sh [launcher...]      default: java -jar target/backstep.jar
# Needs: xvfb xauth xdotool dbus-daemon at-spi2-core libatk-wrapper-java-jni python3-pyatspi.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
if [ $# -eq 0 ]; then
  set -- java -jar "$ROOT/target/backstep.jar"
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# Nothing lands in the user's home: D-Bus, AT-SPI and the app's settings all use this folder.
export XDG_RUNTIME_DIR="$WORK/run" XDG_CACHE_HOME="$WORK/cache" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export LAUNCH="$*" PREFS="$WORK/prefs" CHECK="$HERE/check_tree.py"
export JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$WORK/prefs -Dbackstep.progressDir=$WORK/progress ${JAVA_TOOL_OPTIONS:-}"
xvfb-run -a -s "-screen 0 1366x768x24" dbus-run-session -- bash -c '
  $LAUNCH seed-2-3-1 >"$PREFS.app.log" 2>&1 &
  app=$!
  set +e
  /usr/bin/python3 "$CHECK"
  rc=$?
  kill $app 2>/dev/null
  wait $app 2>/dev/null
  if [ $rc -ne 0 ]; then echo "--- the app said:"; cat "$PREFS.app.log"; fi
  exit $rc
'
