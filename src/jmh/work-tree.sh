# Sourced by the benchmark scripts: choose the tree to build and benchmark, and set WORK to it.
#   prepare_work_tree NAME MACHINE_FILE
# BENCH_REV=<commit>: that commit's code with the work tree's src/jmh on top; BENCH_IN_PLACE=1: the
# work tree itself; otherwise a scratch copy of the work tree, so that another build running in
# target/ at the same time cannot replace the classes under the benchmark JVMs.
prepare_work_tree() {
  local name="$1" machine="$2"
  if [ -n "${BENCH_REV:-}" ]; then
    WORK="$(mktemp -d "${TMPDIR:-/tmp}/$name.XXXXXX")"
    trap 'rm -rf "$WORK"' EXIT
    git archive "$BENCH_REV" | tar -xf - -C "$WORK"
    tar -cf - src/jmh | tar -xf - -C "$WORK"
    echo "source: commit $(git rev-parse --short "$BENCH_REV") with the work tree's src/jmh" | tee -a "$machine"
  elif [ "${BENCH_IN_PLACE:-0}" = 1 ]; then
    WORK="$ROOT"
    echo "source: the work tree, built in place" | tee -a "$machine"
  else
    WORK="$(mktemp -d "${TMPDIR:-/tmp}/$name.XXXXXX")"
    trap 'rm -rf "$WORK"' EXIT
    tar --exclude=./target --exclude=./.git -cf - . | tar -xf - -C "$WORK"
    echo "source: the work tree (HEAD $(git rev-parse --short HEAD 2>/dev/null || echo '?') plus uncommitted changes)," \
      "copied to $WORK" | tee -a "$machine"
  fi
}
