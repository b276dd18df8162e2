#!/usr/bin/env bash
# The unit, integration, sandbox and UI suites under AddressSanitizer + UndefinedBehaviorSanitizer
# (CMake preset "asan": Debug, -fsanitize=address,undefined, -fno-sanitize-recover=all).
# Any report (including a leak: LeakSanitizer runs with ASan) fails the run. Leaks inside
# system libraries we do not call directly are listed in packaging/lsan.supp, each with
# the reason; our own frames are never suppressed.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
[ -f build/asan/build.ninja ] || cmake --preset asan >/dev/null
cmake --build build/asan -j"$(nproc)"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/packaging/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
exec tests/with-keyring.sh ctest --test-dir build/asan -L 'unit|integration|sandbox|ui' \
  --output-on-failure --timeout 600 -j"${DIALNEXA_TEST_JOBS:-2}" "$@"
