#!/usr/bin/env bash
# Fails when a C++ file under app/, ui/ or tests/ differs from the repository's
# .clang-format (Qt/KDE style). Fix with: clang-format -i FILE...
set -euo pipefail
cd "$(dirname "$0")/.."

command -v clang-format >/dev/null || { echo "check-format: clang-format is not installed" >&2; exit 1; }
mapfile -t files < <(git ls-files -- 'app/*.cpp' 'app/*.h' 'ui/*.cpp' 'ui/*.h' 'tests/*.cpp' 'tests/*.h')
if ! clang-format --dry-run --Werror "${files[@]}"; then
  echo "check-format: the files above are not formatted; run clang-format -i on them" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files follow .clang-format"
