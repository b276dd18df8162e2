#!/usr/bin/env bash
# Installs what is missing, then configures (CMake preset "default": RelWithDebInfo, Ninja,
# warnings as errors) and builds the project, or the given targets, in build/default. Shared
# by the two quick-start commands so they reuse one build.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
build_dir=${DIALNEXA_BUILD_DIR:-build/default}
# ccache keys on paths relative to the checkout, so a second clone reuses the cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
if [ ! -f "$build_dir/build.ninja" ]; then
  cmake --preset default -B "$build_dir"
fi
if [ $# -gt 0 ]; then
  targets=()
  for t in "$@"; do targets+=(--target "$t"); done
  cmake --build "$build_dir" "${targets[@]}" -j"$(nproc)"
else
  cmake --build "$build_dir" -j"$(nproc)"
fi
