#!/usr/bin/env bash
# Measures Backstep's window against its three targets (see "The window" in
# src/site/markdown/performance.md) on a virtual display, and prints a table of ratios:
#   1. one → key press: move and full repaint, on the Swing thread (JMH)       target < 16.7 ms
#   2. the longest wait of a tiny Swing-thread task while training runs        target <= 50 ms
#   3. JVM start to first painted window, against an empty FlatLaf window      target <= 1.5x
#
#   bash src/jmh/run-gui-benchmarks.sh          (from anywhere; about 3½ minutes on 2 cores)
#
# Needs Maven, a JDK 17, xvfb-run (package xvfb) and python3.
# Environment:
#   GUI_JMH_ARGS    JMH options (default: 1 fork, 8 warm-up and 5 measured iterations of 2 s; the
#                   paint code needs about 15 s of stepping before the JIT has settled)
#   GUI_EDT_EPOCHS  epochs of each responsiveness run (default 60000 of the 2-16-16-1 lesson)
#   GUI_EDT_RUNS    responsiveness runs (default 3)
#   GUI_STARTS      start-up pairs (default 5)
#   GUI_WAIT_MAX    seconds to wait for another JMH run on the machine to end (default 1800)
#   BENCH_IN_PLACE, BENCH_REV   as in run-benchmarks.sh: build in target/ itself, or benchmark a
#                   commit with the work tree's src/jmh on top; by default the work tree is copied
#                   to a scratch folder first.
# Results: target/gui-jmh.json, target/gui-jmh.log, target/gui-edt.txt, target/gui-startup.txt,
#          target/gui-machine.txt, target/gui-summary.txt (and the probes' stderr in gui-probes.err)
set -euo pipefail

SCREEN="-screen 0 1920x1080x24"

# ---- the measuring half, run on the virtual display ---------------------------------------------
if [ "${1:-}" = "--measure" ]; then
  WORK="$2"; OUT="$3"
  cd "$WORK"
  CP="$WORK/target/test-classes:$WORK/target/classes:$(cat "$WORK/target/gui-classpath.txt")"
  PREFS="$WORK/target/gui-prefs"   # the measurements never read or write the user's own settings
  mkdir -p "$PREFS"
  JAVA=(java -Djava.util.prefs.userRoot="$PREFS" -cp "$CP")
  load() { echo "load average $1: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/gui-machine.txt"; }

  load "before JMH"
  echo "== 1. StepRepaintBench (JMH): one step and a full repaint on the Swing thread"
  "${JAVA[@]}" org.openjdk.jmh.Main StepRepaintBench $GUI_JMH_ARGS \
      -rf json -rff "$OUT/gui-jmh.json" 2>&1 | tee "$OUT/gui-jmh.log"

  load "before the responsiveness runs"
  echo "== 2. EdtProbe: Swing-thread waits while training runs"
  : > "$OUT/gui-edt.txt"
  : > "$OUT/gui-probes.err"
  for i in $(seq "$GUI_EDT_RUNS"); do
    "${JAVA[@]}" org.backstep.bench.gui.EdtProbe "$GUI_EDT_EPOCHS" src/jmh/lessons/bench-2-16-16-1.json \
      2>>"$OUT/gui-probes.err" | grep '^backstep-edt' | sed "s/^/run=$i /" | tee -a "$OUT/gui-edt.txt"
  done
  # The issue's own example, once: the seed lesson trains 200,000 epochs in about a second,
  # so it mostly shows what happens when the run ends.
  "${JAVA[@]}" -Dbackstep.edt.drainSeconds=60 org.backstep.bench.gui.EdtProbe 200000 seed-2-3-1 \
    2>>"$OUT/gui-probes.err" | grep '^backstep-edt' | sed "s/^/run=seed /" | tee -a "$OUT/gui-edt.txt"

  load "before the start-up runs"
  echo "== 3. FirstPaintWindow / FirstPaintEmpty: JVM start to first paint, fresh JVMs, alternating"
  : > "$OUT/gui-startup.txt"
  # One untimed pair first, so that both read their jars from a warm file cache.
  "${JAVA[@]}" org.backstep.bench.gui.FirstPaintWindow >/dev/null 2>&1
  "${JAVA[@]}" org.backstep.bench.gui.FirstPaintEmpty >/dev/null 2>&1
  for i in $(seq "$GUI_STARTS"); do
    for main in FirstPaintWindow FirstPaintEmpty; do
      "${JAVA[@]}" "org.backstep.bench.gui.$main" 2>>"$OUT/gui-probes.err" | grep '^backstep-startup' \
        | sed "s/^/run=$i /" | tee -a "$OUT/gui-startup.txt"
    done
  done
  exit 0
fi

# ---- build, then measure on a virtual display ---------------------------------------------------
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SCRIPT="$ROOT/src/jmh/run-gui-benchmarks.sh"
cd "$ROOT"
export GUI_JMH_ARGS="${GUI_JMH_ARGS:--f 1 -wi 8 -i 5 -w 2s -r 2s}"
export GUI_EDT_EPOCHS="${GUI_EDT_EPOCHS:-60000}"
export GUI_EDT_RUNS="${GUI_EDT_RUNS:-3}"
export GUI_STARTS="${GUI_STARTS:-5}"
GUI_WAIT_MAX="${GUI_WAIT_MAX:-1800}"

for need in mvn java xvfb-run python3; do
  command -v "$need" >/dev/null || { echo "run-gui-benchmarks: $need is not installed" >&2; exit 2; }
done

# Another benchmark run on these cores would be measured along with the window; wait for it.
waited=0
while pgrep -f org.openjdk.jmh >/dev/null; do
  if [ "$waited" -ge "$GUI_WAIT_MAX" ]; then
    echo "run-gui-benchmarks: a JMH run is still going after ${GUI_WAIT_MAX}s; giving up" >&2
    exit 3
  fi
  [ "$waited" -eq 0 ] && echo "run-gui-benchmarks: waiting for the running JMH benchmarks to finish..."
  sleep 10
  waited=$((waited + 10))
done

mkdir -p target
OUT="$ROOT/target"
{
  echo "machine: $(nproc) cores, $(uname -srm)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "java: $(java -version 2>&1 | head -n 2 | tr '\n' ' ')"
  echo "display: Xvfb $SCREEN"
  echo "jmh args: $GUI_JMH_ARGS"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/gui-machine.txt"
if awk '{ exit !($1 > 0.5) }' /proc/loadavg; then
  echo "run-gui-benchmarks: warning: the machine is busy (load $(cut -d' ' -f1 /proc/loadavg)); expect noisy numbers" >&2
fi

# shellcheck source=work-tree.sh
. "$ROOT/src/jmh/work-tree.sh"
prepare_work_tree backstep-gui-bench "$OUT/gui-machine.txt"

echo "== build"
(cd "$WORK" && mvn -B -q -Pbench -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/gui-classpath.txt)

xvfb-run -a -s "$SCREEN" bash "$SCRIPT" --measure "$WORK" "$OUT"

# ---- the table ----------------------------------------------------------------------------------
python3 - "$OUT" <<'PY' | tee "$OUT/gui-summary.txt"
import json, re, statistics, sys

out = sys.argv[1]

def fields(line):
    return dict(kv.split("=", 1) for kv in line.split() if "=" in kv)

rows = []
def row(what, result, target, ratio, ok):
    rows.append((what, result, target, ratio, "-" if ok is None else "met" if ok else "MISSED"))

# 1. step and repaint
frame_us = 1e6 / 60
# The first warm-up iteration of each benchmark (the first seconds of stepping, JIT still cold)
# is only in the log.
# (A message from the benchmark JVM can split that line, so the score may come a line or two later.)
cold, bench, size, pending = {}, None, None, False
for line in open(f"{out}/gui-jmh.log"):
    m = re.match(r"# Benchmark: \S+\.(\w+)$", line.strip())
    if m:
        bench = m.group(1)
    m = re.match(r"# Parameters: \(size = (\S+)\)", line.strip())
    if m:
        size = m.group(1)
    if line.startswith("# Warmup Iteration   1:"):
        pending = True
    m = re.search(r"([\d.]+) us/op", line)
    if pending and m:
        cold[(bench, size)] = float(m.group(1))
        pending = False
labels = {"stepAndRepaint": "step + forced full repaint", "stepThenSwingRepaint": "  step + Swing's own repaint"}
for r in sorted(json.load(open(f"{out}/gui-jmh.json")),
                key=lambda r: (r["benchmark"].endswith("stepThenSwingRepaint"), r["params"]["size"] != "1920x1080")):
    m = r["primaryMetric"]
    if m["scoreUnit"] != "us/op":
        raise SystemExit(f"StepRepaintBench: expected us/op, JMH gave {m['scoreUnit']}")
    name = r["benchmark"].rsplit(".", 1)[-1]
    size = r["params"]["size"]
    err = m["scoreError"] if isinstance(m["scoreError"], (int, float)) else float("nan")
    score = float(m["score"])
    worst = max(x for fork in m["rawData"] for x in fork)
    first = cold.get((name, size))
    first_text = f", first warm-up iteration {first / 1000:.1f}" if first else ""
    row(f"{labels.get(name, name)}, {size}",
        f"{score / 1000:.2f} ± {err / 1000:.2f} ms (slowest iteration {worst / 1000:.2f}{first_text})",
        "< 16.7 ms", f"{score / frame_us:.2f} of a frame", score < frame_us)

# 2. Swing-thread waits while training runs
edt = [fields(l) for l in open(f"{out}/gui-edt.txt") if l.split()[1:2] == ["backstep-edt"]]
runs = [e for e in edt if e["run"] != "seed"]
for e in runs:
    mx = float(e["trainingMaxMs"])
    row(f"Swing wait while training, run {e['run']}",
        f"max {mx:.0f} ms, p99 {float(e['trainingP99Ms']):.0f} ms, {e['trainingCount']} probes, "
        f"training {float(e['trainingMs']) / 1000:.1f} s", "<= 50 ms", f"{mx / 50:.1f}x", mx <= 50)
for e in edt:
    mx = float(e["afterMaxMs"])
    label = "seed 200000 epochs" if e["run"] == "seed" else f"run {e['run']}"
    blocked = " (still blocked at the cut-off)" if "stillBlockedAfterS" in e else ""
    # Not the target's period (the run is over), but the same 50 ms is the yardstick.
    row(f"  Swing wait as the run ends, {label}", f"max {mx:.0f} ms{blocked}", "(50 ms)", f"{mx / 50:.1f}x", None)

# 3. start-up
starts = [fields(l) for l in open(f"{out}/gui-startup.txt") if "backstep-startup" in l]
real = [float(s["firstPaintMs"]) for s in starts if s["window"] == "backstep"]
empty = [float(s["firstPaintMs"]) for s in starts if s["window"] == "empty"]
rm, em = statistics.median(real), statistics.median(empty)
row("JVM start to first paint", f"Backstep {rm:.0f} ms, empty FlatLaf {em:.0f} ms (medians of {len(real)})",
    "<= 1.5x", f"{rm / em:.2f}x", rm / em <= 1.5)

head = ("measure", "result", "target", "ratio", "status")
widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(5)]
for r in [head] + rows:
    print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
print()
def marks(window):
    picked = [s for s in starts if s["window"] == window]
    keys = [k for k in picked[0] if k.endswith("Ms")]
    return ", ".join(f"{k[:-2]} {statistics.median(float(s[k]) for s in picked):.0f}" for k in keys)
print(f"start-up, median ms since JVM start: Backstep: {marks('backstep')}")
print(f"                                     empty:    {marks('empty')}")
print(f"each start-up (ms): Backstep {[int(x) for x in real]}, empty {[int(x) for x in empty]}")
for e in runs:
    print(f"responsiveness run {e['run']}: idle max {float(e['idleMaxMs']):.1f} ms; training p99 "
          f"{float(e['trainingP99Ms']):.0f} ms; as it ends max {float(e['afterMaxMs']):.0f} ms")
PY
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/gui-machine.txt"
