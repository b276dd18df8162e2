#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, run and test the DialNexa console.
# Idempotent: packages already present are skipped, and apt is not touched at all when
# nothing is missing. Must run as root (or with sudo available).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ccache clang-format clang libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins
  postgresql libpq-dev
  xvfb xauth dbus gnome-keyring libsecret-tools fonts-dejavu-core
  # The Debian packages: man pages, cpack's shlibdeps, and the checks of tests/packaging.
  scdoc dpkg-dev file lintian desktop-file-utils appstream man-db bash-completion
  # TLS fixtures of the network tests (a throwaway CA made at run time).
  openssl
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  sudo="sudo"
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
