#!/usr/bin/env bash
# Usage: packaging/run-fuzz.sh [--corpus-only] [SECONDS]
# Builds the libFuzzer harnesses (CMake preset "fuzz": clang, ASan + UBSan) and runs each
# for its share of SECONDS (default 60) on a copy of its seed corpus, then prints
#   BENCH fuzz_execs <total executions>   and   BENCH fuzz_crashes <inputs that crashed>
# A crashing input is kept in build/fuzz/findings/<harness>/ to become a regression input
# in tests/fuzz/corpus/<harness>/ and a unit test.
set -euo pipefail
cd "$(dirname "$0")/.."

# --corpus-only: build, then run each harness once over its seed corpus (CI's regression run).
corpus_only=0
if [ "${1:-}" = "--corpus-only" ]; then
  corpus_only=1
  shift
fi
seconds=${1:-60}
bash packaging/install-deps.sh
command -v clang++ >/dev/null || { echo "run-fuzz: clang++ is missing" >&2; exit 1; }
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
[ -f build/fuzz/build.ninja ] || cmake --preset fuzz >/dev/null
harnesses=(decoders page_scanner retry_after sandbox_request)
cmake --build build/fuzz -j"$(nproc)" $(printf -- '--target fuzz_%s ' "${harnesses[@]}")

if [ "$corpus_only" = 1 ]; then
  exec ctest --test-dir build/fuzz -L fuzz --output-on-failure
fi

share=$(( seconds / ${#harnesses[@]} ))
[ "$share" -ge 1 ] || share=1
total=0
crashes=0
for h in "${harnesses[@]}"; do
  work=build/fuzz/work/$h
  findings=build/fuzz/findings/$h
  mkdir -p "$work" "$findings"
  cp -n tests/fuzz/corpus/$h/* "$work"/ 2>/dev/null || true
  log=build/fuzz/$h.log
  set +e
  "build/fuzz/tests/fuzz/fuzz_$h" "$work" -max_total_time="$share" -print_final_stats=1 \
    -artifact_prefix="$findings/" -rss_limit_mb=2048 >"$log" 2>&1
  set -e
  runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -n 1)
  found=$(find "$findings" -type f | wc -l)
  echo "run-fuzz: $h: ${runs:-0} executions, $found crashing input(s) ($log)"
  total=$(( total + ${runs:-0} ))
  crashes=$(( crashes + found ))
done
echo "BENCH fuzz_execs $total runs"
echo "BENCH fuzz_crashes $crashes inputs"
