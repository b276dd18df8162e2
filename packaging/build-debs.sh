#!/usr/bin/env bash
# Builds what the Debian packages carry and runs cpack -G DEB in the build tree, which
# leaves dialnexa-console_VERSION_ARCH.deb and dialnexa-sandbox_VERSION_ARCH.deb there.
# (cpack packs what the build made: after a full build, `cpack -G DEB` alone does the same.)
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${DIALNEXA_BUILD_DIR:-build/default}
bash packaging/build.sh dialnexa-console dialnexa-ctl dialnexa-sandbox dialnexa_package_docs
cd "$build_dir"
cpack -G DEB
