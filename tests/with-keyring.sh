#!/bin/sh
# Runs a command inside a throwaway D-Bus session with an unlocked gnome-keyring, so
# QtKeychain (Secret Service) works headless. Usage:
#   tests/with-keyring.sh ctest --test-dir build -L keychain
#   tests/with-keyring.sh build/tests/integration/keychain/tst_keychain_secret_store
# Uses a fresh HOME and XDG_RUNTIME_DIR (mode 700) that are removed afterwards; never
# touches the user's real keyring. Do not run keychain code under Xvfb without a
# session bus: it hangs on a hidden "new keyring" prompt.
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool is not installed (apt install dbus gnome-keyring)" >&2
        exit 1
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/dialnexa-keyring.XXXXXX")
cleanup() { rm -rf "$scratch"; }
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

mkdir -m 700 "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch"
HOME="$scratch/home"
XDG_RUNTIME_DIR="$scratch/runtime"
XDG_DATA_HOME="$scratch/home/.local/share"
XDG_CONFIG_HOME="$scratch/home/.config"
XDG_CACHE_HOME="$scratch/home/.cache"
export HOME XDG_RUNTIME_DIR XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME
# Never talk to an outer session bus or display.
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

status=0
dbus-run-session -- sh -c 'printf %s PASS | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@" || status=$?
exit "$status"
