#!/usr/bin/env bash
# Builds and runs every benchmark in full (not the short smoke runs ctest does) and prints
# their BENCH lines.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/build.sh
build_dir=${DIALNEXA_BUILD_DIR:-build/default}
export QT_QPA_PLATFORM=offscreen
# bench_team needs a PostgreSQL: the same throwaway server the test fixture starts.
export DIALNEXA_TEST_PG_STATE="$PWD/$build_dir/bench-pg"
export DIALNEXA_TEST_PG_SCRIPT="$PWD/tests/support/team-postgres.sh"
trap 'bash "$DIALNEXA_TEST_PG_SCRIPT" cleanup "$DIALNEXA_TEST_PG_STATE"' EXIT
bash "$DIALNEXA_TEST_PG_SCRIPT" setup "$DIALNEXA_TEST_PG_STATE"
status=0
for bench in "$build_dir"/tests/bench/bench_*; do
  [ -f "$bench" ] && [ -x "$bench" ] || continue
  echo "== $(basename "$bench")"
  "$bench" || status=1
done
exit $status
