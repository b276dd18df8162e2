#!/usr/bin/env bash
# Quick start, command 1: set up, build, and launch the console on the embedded sandbox
# (a simulated DialNexa API in the same process, on a free 127.0.0.1 port, demo key).
# Extra arguments go to dialnexa-console, e.g. --sandbox-workflows 200.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/build.sh dialnexa-console
console="${DIALNEXA_BUILD_DIR:-build/default}/app/console/dialnexa-console"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  # No desktop session (e.g. ssh): run on a virtual X display rather than fail.
  echo "run-console: no display found; starting the console on a virtual display (xvfb-run)." >&2
  echo "run-console: use 'dialnexa-console --sandbox --screenshot FILE.png' to see it." >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$console" --sandbox "$@"
fi
exec "$console" --sandbox "$@"
