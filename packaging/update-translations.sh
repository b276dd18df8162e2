#!/usr/bin/env bash
# Refreshes the catalogues in resources/translations/ from the sources (lupdate), or with
# --check proves they are current: lupdate runs on copies and the result must equal the
# committed files (a new, changed or vanished message fails). Server text and protocol
# strings never go through tr(), so they never reach a catalogue.
#   packaging/update-translations.sh [--check] [--lupdate PATH]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
check=0
lupdate="$(command -v lupdate 2>/dev/null || echo /usr/lib/qt6/bin/lupdate)"
while [ $# -gt 0 ]; do
  case "$1" in
    --check) check=1 ;;
    --lupdate) lupdate="$2"; shift ;;
    *) echo "update-translations: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
[ -x "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || { echo "update-translations: lupdate not found (qt6-l10n-tools)" >&2; exit 1; }

# The translated parts of the product; the sandbox is a stand-in server and speaks English.
sources=(app/core app/cli app/console ui)
ts_dir="resources/translations"
out_dir="$root/$ts_dir"
if [ "$check" -eq 1 ]; then
  out_dir="$(mktemp -d)"
  trap 'rm -rf "$out_dir"' EXIT
  cp "$root/$ts_dir"/*.ts "$out_dir/"
fi

cd "$root"
opts=(-locations none -no-obsolete -no-ui-lines -source-language en -silent -extensions cpp,h)
# English carries only the plural forms of the source strings.
"$lupdate" "${opts[@]}" -pluralonly -target-language en "${sources[@]}" -ts "$out_dir/dialnexa_en.ts"
"$lupdate" "${opts[@]}" -target-language hi "${sources[@]}" -ts "$out_dir/dialnexa_hi.ts"

if [ "$check" -eq 1 ]; then
  status=0
  for f in "$ts_dir"/*.ts; do
    if ! diff -u "$f" "$out_dir/$(basename "$f")" >&2; then
      status=1
    fi
  done
  if [ "$status" -ne 0 ]; then
    echo "update-translations: the catalogues are not current with the sources;" \
         "run packaging/update-translations.sh and translate the new messages" >&2
    exit 1
  fi
  echo "update-translations: catalogues are current"
fi
