#!/usr/bin/env bash
# Installs what is missing, then configures and builds the project (or the given targets)
# in build/release. Shared by the two quick-start commands so they reuse one build.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
build_dir=${DIALNEXA_BUILD_DIR:-build/release}
if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
if [ $# -gt 0 ]; then
  targets=()
  for t in "$@"; do targets+=(--target "$t"); done
  cmake --build "$build_dir" "${targets[@]}" -j"$(nproc)"
else
  cmake --build "$build_dir" -j"$(nproc)"
fi
