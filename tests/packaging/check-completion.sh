#!/usr/bin/env bash
# The bash completion of dialnexa-ctl, driven the way bash drives it (COMP_WORDS,
# COMP_CWORD, then the function `complete -p` names), against the built dialnexa-ctl and a
# real dialnexa-sandbox for the incident ids.
# Usage: check-completion.sh COMPLETION_FILE CTL SANDBOX   (CTest, label packaging)
set -euo pipefail

completion_file=$1
ctl=$2
sandbox=$3
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

[ -f /usr/share/bash-completion/bash_completion ] || {
  echo "check-completion: bash-completion is not installed (packaging/install-deps.sh)" >&2
  exit 1
}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/dialnexa-completion.XXXXXX")
sandbox_pid=
cleanup() {
  [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT

# dialnexa-ctl is found on PATH, as after an install; its incidents live in a scratch dir.
mkdir "$scratch/bin"
ln -s "$(realpath "$ctl")" "$scratch/bin/dialnexa-ctl"
export PATH="$scratch/bin:$PATH"
export DIALNEXA_DATA_DIR=$scratch/data XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/share
unset DIALNEXA_API_KEY

# shellcheck disable=SC1091
source /usr/share/bash-completion/bash_completion
# shellcheck disable=SC1090
source "$completion_file"
spec=$(complete -p dialnexa-ctl) || {
  fail "the file registers no completion for dialnexa-ctl"
  exit 1
}
function=$(sed -E 's/.* -F ([^ ]+) .*/\1/' <<<"$spec")

# complete_line "TEXT": what bash offers with the cursor at the end of TEXT, sorted, one line.
complete_line() {
  COMP_LINE=$1
  COMP_POINT=${#COMP_LINE}
  # Split as readline does with the default COMP_WORDBREAKS (= is a word of its own).
  local line=${COMP_LINE//=/ = }
  read -r -a COMP_WORDS <<<"$line"
  [[ $COMP_LINE == *" " || $COMP_LINE == *"=" ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  "$function" dialnexa-ctl "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  printf '%s\n' "${COMPREPLY[@]}" | sed 's/ *$//' | sort | paste -sd' ' -
}
expect() { # LINE EXPECTED
  local got
  got=$(complete_line "$1")
  if [ "$got" = "$2" ]; then echo "ok: '$1' -> $got"; else fail "'$1' offered '$got', expected '$2'"; fi
}

expect "dialnexa-ctl " "audit cancel get incidents list pause resume retry-failed team-store windows"
expect "dialnexa-ctl windows " "add cancel end run-due"
expect "dialnexa-ctl windows add --repeat d" "daily"
expect "dialnexa-ctl windows add --" \
  "--base-url --ca-file --end --help --help-all --lang --profile --reason --repeat --search --start --status --team-store --timeout-ms --version"
expect "dialnexa-ctl team-store " "sync"
expect "dialnexa-ctl re" "resume retry-failed"
expect "dialnexa-ctl --profile x li" "list"
expect "dialnexa-ctl list --status " "active cancelled completed draft paused"
expect "dialnexa-ctl list --status pa" "paused"
expect "dialnexa-ctl list --status=" "active cancelled completed draft paused"
expect "dialnexa-ctl list --" "--base-url --ca-file --help --help-all --json --lang --profile --status --team-store --timeout-ms --version"
expect "dialnexa-ctl audit --" "--base-url --ca-file --csv --help --help-all --lang --profile --since --team-store --timeout-ms --version"
expect "dialnexa-ctl pause --" \
  "--all-active --base-url --ca-file --help --help-all --lang --profile --reason --search --team-store --timeout-ms --version --yes"
expect "dialnexa-ctl --" "--base-url --ca-file --help --help-all --lang --profile --team-store --timeout-ms --version"
expect "dialnexa-ctl list --timeout-ms " ""

# Every option of `dialnexa-ctl --help` is offered after some command, and nothing else.
help_options=$(dialnexa-ctl --help | grep -oE -- '--[a-z][a-z-]*[a-z]' | sort -u | paste -sd' ' -)
offered=$(for cmd in list get pause resume cancel incidents retry-failed audit windows team-store; do
  complete_line "dialnexa-ctl $cmd --" | tr ' ' '\n'
done | sort -u | paste -sd' ' -)
[ "$offered" = "$help_options" ] && echo "ok: the completion offers exactly the options of --help" ||
  fail "the completion offers '$offered'; --help names '$help_options'"

# Incident ids come from `dialnexa-ctl incidents`: open one against a real sandbox.
coproc SANDBOX { exec "$sandbox" --port 0 --workflows 6 --tick-ms 0; }
sandbox_pid=$SANDBOX_PID
read -r -t 30 base_url <&"${SANDBOX[0]}" || {
  fail "dialnexa-sandbox printed no base URL"
  exit 1
}
incident=$(DIALNEXA_API_KEY=demo_key_id:demo_secret_0000 dialnexa-ctl --base-url "$base_url" \
  pause --all-active --reason "completion test" --yes | head -n 1)
[ -n "$incident" ] && dialnexa-ctl incidents | grep -q "^$incident open" || {
  fail "could not open an incident (got '$incident')"
  exit 1
}
expect "dialnexa-ctl resume --incident " "$incident"
expect "dialnexa-ctl retry-failed --incident ${incident:0:3}" "$incident"
expect "dialnexa-ctl resume --incident=" "$incident"
# A closed incident is no longer offered.
DIALNEXA_API_KEY=demo_key_id:demo_secret_0000 dialnexa-ctl --base-url "$base_url" \
  resume --incident "$incident" --yes >/dev/null
dialnexa-ctl incidents | grep -q "^$incident closed" || fail "the incident did not close"
expect "dialnexa-ctl resume --incident " ""

if [ "$failures" -ne 0 ]; then
  echo "check-completion: $failures check(s) failed" >&2
  exit 1
fi
echo "check-completion: all offers as expected"
