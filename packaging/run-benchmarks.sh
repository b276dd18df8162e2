#!/usr/bin/env bash
# Builds and runs every benchmark in full (not the short smoke runs ctest does) and prints
# their BENCH lines.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/build.sh
build_dir=${DIALNEXA_BUILD_DIR:-build/default}
export QT_QPA_PLATFORM=offscreen
status=0
for bench in "$build_dir"/tests/bench/bench_*; do
  [ -f "$bench" ] && [ -x "$bench" ] || continue
  echo "== $(basename "$bench")"
  "$bench" || status=1
done
exit $status
