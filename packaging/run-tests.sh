#!/usr/bin/env bash
# Quick start, command 2: set up, build, and run the whole test suite (ctest) inside a
# throwaway D-Bus session with an unlocked gnome-keyring, so the one real keychain test
# runs against a real Secret Service. Everything else is offscreen and loopback-only.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/build.sh
bash packaging/check-format.sh
# Every fuzz harness replays its corpus (crashes found once stay fixed).
bash packaging/run-fuzz.sh --corpus-only
build_dir=${DIALNEXA_BUILD_DIR:-build/default}
tests/with-keyring.sh ctest --test-dir "$build_dir" --output-on-failure \
  --timeout 300 -j"${DIALNEXA_TEST_JOBS:-2}" "$@"
# The same suites once more under ASan + UBSan (preset asan): a report fails the run.
bash packaging/run-sanitizers.sh
