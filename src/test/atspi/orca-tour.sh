#!/usr/bin/env bash
# What a blind student hears: runs the screen reader Orca on Backstep under Xvfb with its own
# D-Bus session, plays a fixed keyboard tour through the seed lesson, and writes every utterance
# (Orca's debug log, without times) to a transcript. CI compares it with orca-tour.expected.txt,
# so a change in what a student hears shows up in review.
#   bash src/test/atspi/orca-tour.sh [transcript]       default: target/orca-tour.txt
# Needs: xvfb xauth xdotool dbus-daemon at-spi2-core libatk-wrapper-java-jni orca.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
OUT="${1:-$ROOT/target/orca-tour.txt}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/run" "$WORK/home" && chmod 700 "$WORK/run"
# Orca, D-Bus and the app keep their settings here, never in the user's home.
export XDG_RUNTIME_DIR="$WORK/run" XDG_CACHE_HOME="$WORK/cache" XDG_CONFIG_HOME="$WORK/config" \
  XDG_DATA_HOME="$WORK/data" HOME="$WORK/home" WORK JAR="$ROOT/target/backstep.jar"
export JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$WORK/prefs -Dbackstep.progressDir=$WORK/progress"
# The tour: a step on the diagram, held by the first question (the guide says why and puts the
# focus in the answer field); the right answer typed; Shift+Tab back through the stop's text,
# Restart and Next stop to the diagram; two steps, then the next phase, held before the loss the
# next question asks for; Tab from its answer field past Check and Show me, both tables and on to
# Step back (which must not be called "grayed"); Space steps back from there, and Tab leaves it
# (its old tooltip must not be read again).
export TOUR="${TOUR:-Right 0 period 4 6 Return shift+Tab shift+Tab shift+Tab shift+Tab Right Right Next Tab Tab Tab Tab Tab Tab Tab space Tab}"
xvfb-run -a -s "-screen 0 1366x768x24" dbus-run-session -- bash -c '
  java -jar "$JAR" seed-2-3-1 >"$WORK/app.log" 2>&1 &
  app=$!
  for i in $(seq 60); do xdotool search --name "^Backstep" >/dev/null 2>&1 && break; sleep 0.5; done
  sleep 3
  orca --debug-file="$WORK/orca.log" >"$WORK/orca.out" 2>&1 &
  orca=$!
  sleep 6
  for key in $TOUR; do xdotool key "$key"; sleep 2; done
  kill $orca $app 2>/dev/null
  # Orca may keep spinning on a bus that is going away; it gets a few seconds, then is stopped.
  for i in $(seq 10); do kill -0 $orca 2>/dev/null || break; sleep 0.5; done
  kill -9 $orca $app 2>/dev/null || true
  wait 2>/dev/null || true
'
mkdir -p "$(dirname "$OUT")"
# "12:34:56.789 - SPEECH OUTPUT: 'Step forward push button.'{...}" becomes "Step forward push button."
grep "SPEECH OUTPUT:" "$WORK/orca.log" | sed -E "s/^[0-9:.]+ - SPEECH OUTPUT: '(.*)' ?[[{].*$/\1/" >"$OUT"
echo "orca-tour: $(wc -l <"$OUT") utterances in $OUT"
