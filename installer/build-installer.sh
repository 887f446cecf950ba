#!/usr/bin/env bash
# Builds Backstep's installers with the JDK's own tools, on the machine's operating system:
#   Linux    target/installer/Backstep/ (app-image) and backstep_<version>_amd64.deb
#   Windows  target/installer/Backstep/ and Backstep-<version>.msi (per user, no administrator)
#   macOS    target/installer/Backstep.app and Backstep-<version>.dmg
#
#   mvn -B -Pinstaller -DskipTests package          (runs this script after the jar is built)
#   bash installer/build-installer.sh target/backstep.jar 0.1.0 target/installer
#
# Steps: jdeps finds the JDK modules the jar needs; jlink makes a runtime of only those, without
# debug data, with the JDK's class-data-sharing (CDS) archive; the app runs once to list the
# classes a start loads (needs a display: DISPLAY, or xvfb-run on Linux, else this step is
# skipped); jpackage makes the app-image and the package. The .deb makes an application CDS
# archive from that list when it is installed (an archive only works at the path it was made
# for); the app-image gets one made here for its own folder.
#
# Written for bash 3.2 as well (macOS): empty arrays are expanded with ${a[@]+"${a[@]}"}.
# Needs JAVA_HOME (or java on PATH) to be a full JDK 17 with jmods; on Linux dpkg-deb and
# fakeroot; on Windows WiX 3; on macOS Xcode's command line tools.
set -euo pipefail

JAR="${1:?usage: build-installer.sh <jar> <version> <output folder>}"
VERSION="${2:?version}"
OUT="${3:?output folder}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"

case "$(uname -s)" in
  Linux*) OS=linux ;;
  Darwin*) OS=macos ;;
  MINGW* | MSYS* | CYGWIN*) OS=windows ;;
  *) echo "build-installer: unknown operating system $(uname -s)" >&2; exit 2 ;;
esac
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
EXE=""
[ "$OS" = windows ] && EXE=".exe"
for tool in jdeps jlink jpackage; do
  [ -x "$JAVA_HOME/bin/$tool$EXE" ] || { echo "build-installer: $JAVA_HOME has no $tool; use a full JDK 17" >&2; exit 2; }
done
[ -d "$JAVA_HOME/jmods" ] || { echo "build-installer: $JAVA_HOME has no jmods folder (Debian: apt-get install openjdk-17-jdk-headless)" >&2; exit 2; }
# jpackage wants plain numbers: 0.1.0-SNAPSHOT becomes 0.1.0.
APP_VERSION="${VERSION%%-*}"

rm -rf "$OUT"
mkdir -p "$OUT/input"
cp "$JAR" "$OUT/input/backstep.jar"
# Java's font set-up looks up the machine's own host name (for a cache file name), which can mean
# a DNS query; with this empty hosts file every lookup fails at once and nothing leaves the machine.
echo "# Backstep resolves no host names: it never uses the network." > "$OUT/input/offline.hosts"

echo "== jdeps: the JDK modules the app uses"
MODULES="$("$JAVA_HOME/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$JAR")"
# Screen readers: jdeps cannot see what the platform's bridge needs. Linux's java-atk-wrapper (found
# at run time from the jar's Class-Path) needs java.management; Windows' Java Access Bridge is jdk.accessibility.
case "$OS" in
  linux) MODULES="$MODULES,java.management" ;;
  windows) MODULES="$MODULES,jdk.accessibility" ;;
esac
echo "$MODULES"

echo "== jlink: a runtime of those modules"
STRIP_NATIVE=()
if [ "$OS" = linux ] && command -v objcopy >/dev/null; then
  STRIP_NATIVE=(--strip-native-debug-symbols "objcopy=$(command -v objcopy)")
fi
"$JAVA_HOME/bin/jlink" --add-modules "$MODULES" --strip-debug ${STRIP_NATIVE[@]+"${STRIP_NATIVE[@]}"} --no-header-files \
  --no-man-pages --generate-cds-archive --output "$OUT/runtime"
# The archive for heaps over 32 GB (no compressed pointers) is never used by a desktop app.
find "$OUT/runtime" -name 'classes_nocoops.jsa' -delete

echo "== the classes a start loads, for the application CDS archive"
LIST="$OUT/input/backstep.classlist"
ON_DISPLAY=()
if [ "$OS" = linux ] && [ -z "${DISPLAY:-}" ]; then
  if command -v xvfb-run >/dev/null; then
    ON_DISPLAY=(xvfb-run -a -s "-screen 0 1366x768x24")
  else
    ON_DISPLAY=(false)
    echo "build-installer: no display and no xvfb-run; the app will start without its own CDS archive" >&2
  fi
fi
${ON_DISPLAY[@]+"${ON_DISPLAY[@]}"} "$OUT/runtime/bin/java$EXE" -XX:DumpLoadedClassList="$LIST" -Dbackstep.exitWhenShown=true \
  -Djava.util.prefs.userRoot="$OUT/prefs" -jar "$OUT/input/backstep.jar" \
  || echo "build-installer: the app did not start here; no class list" >&2
rm -rf "$OUT/prefs"
[ -s "$LIST" ] || rm -f "$LIST"

echo "== jpackage: app-image"
ICON_EXT=png
[ "$OS" = windows ] && ICON_EXT=ico
[ "$OS" = macos ] && ICON_EXT=icns
ICON="$ROOT/assets/icons/backstep.$ICON_EXT"
[ "$OS" = linux ] && ICON="$ROOT/assets/icons/backstep-256.png"
# $APPDIR is filled in by the launcher. A missing archive is no error: the JVM starts without it.
JAVA_OPTIONS=('-XX:SharedArchiveFile=$APPDIR/backstep.jsa' '-Xshare:auto' '-Xlog:cds=off' '-Xlog:cds+dynamic=off'
  '-Djdk.net.hosts.file=$APPDIR/offline.hosts')
java_option_args=()
for option in "${JAVA_OPTIONS[@]}"; do
  java_option_args+=(--java-options "$option")
done
"$JAVA_HOME/bin/jpackage$EXE" --type app-image --dest "$OUT" --name Backstep \
  --input "$OUT/input" --main-jar backstep.jar --main-class org.backstep.app.Main \
  --runtime-image "$OUT/runtime" --app-version "$APP_VERSION" --icon "$ICON" \
  --description "A step debugger for backpropagation, for school labs" \
  --vendor "The Backstep project" --copyright "Copyright the Backstep authors, MIT licence" \
  "${java_option_args[@]}"

echo "== jpackage: the $OS package"
cd "$ROOT"
case "$OS" in
  linux) APP_IMAGE="$OUT/Backstep"; APP_DIR="$APP_IMAGE/lib/app"; TYPE=deb ;;
  windows) APP_IMAGE="$OUT/Backstep"; APP_DIR="$APP_IMAGE/app"; TYPE=msi ;;
  macos) APP_IMAGE="$OUT/Backstep.app"; APP_DIR="$APP_IMAGE/Contents/app"; TYPE=dmg ;;
esac
"$JAVA_HOME/bin/jpackage$EXE" --type "$TYPE" --dest "$OUT" --name Backstep --app-image "$APP_IMAGE" \
  --app-version "$APP_VERSION" --license-file "$ROOT/LICENSE" \
  --description "A step debugger for backpropagation, for school labs" \
  --vendor "The Backstep project" --copyright "Copyright the Backstep authors, MIT licence" \
  --file-associations "$HERE/$OS/lesson-files.properties" @"$HERE/$OS/package.options"

echo "== the app-image's own CDS archive"
if [ -f "$APP_DIR/backstep.classlist" ]; then
  RUNTIME_JAVA="$(find "$APP_IMAGE" -path '*/bin/java' -o -path '*/bin/java.exe' | head -n 1)"
  "$RUNTIME_JAVA" -Xshare:dump -XX:SharedClassListFile="$APP_DIR/backstep.classlist" \
    -XX:SharedArchiveFile="$APP_DIR/backstep.jsa" -cp "$APP_DIR/backstep.jar" >"$OUT/cds-dump.log" 2>&1 \
    || echo "build-installer: no CDS archive for the app-image (see $OUT/cds-dump.log)" >&2
fi
rm -rf "$OUT/input" "$OUT/runtime"
echo "== done"
ls -l "$OUT"
