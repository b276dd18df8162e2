#!/usr/bin/env bash
# Builds the two Debian packages from the build tree (cpack -G DEB into a scratch
# directory), checks them the way Debian would (lintian, desktop-file-validate,
# appstreamcli), unpacks them with dpkg-deb -x and runs the programs from there.
# Usage: check-debs.sh BUILD_DIR VERSION   (registered in CTest, label packaging)
set -euo pipefail

build_dir=$1
version=$2 # the Debian version, e.g. 0.1.0-1
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
pass() { echo "ok: $*"; }

for tool in cpack dpkg-deb lintian desktop-file-validate appstreamcli file man; do
  command -v "$tool" >/dev/null || {
    echo "check-debs: $tool is not installed (packaging/install-deps.sh installs it)" >&2
    exit 1
  }
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/dialnexa-debs.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

arch=$(dpkg --print-architecture)
if ! cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
  cat "$scratch/cpack.log" >&2
  echo "check-debs: cpack failed" >&2
  exit 1
fi
console_deb=$scratch/out/dialnexa-console_${version}_${arch}.deb
sandbox_deb=$scratch/out/dialnexa-sandbox_${version}_${arch}.deb
for deb in "$console_deb" "$sandbox_deb"; do
  [ -f "$deb" ] || {
    echo "check-debs: cpack made no $(basename "$deb"); it made:" >&2
    ls "$scratch/out" >&2
    exit 1
  }
done
pass "cpack made $(basename "$console_deb") and $(basename "$sandbox_deb")"

# --- Control fields -------------------------------------------------------------------
field() { dpkg-deb --field "$1" "$2"; }
depends=$(field "$console_deb" Depends)
echo "Depends: $depends"
# shlibdeps (what the binaries link) plus the plugins Qt loads at run time.
for pkg in libc6 libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6keychain1 \
  libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6svg6; do
  if grep -Eq "(^|, )$pkg( \(|,|$)" <<<"$depends"; then pass "Depends names $pkg"; else fail "Depends lacks $pkg"; fi
done
dupes=$(tr ',' '\n' <<<"$depends" | sed -E 's/^ *//; s/ .*//' | sort | uniq -d)
[ -z "$dupes" ] && pass "Depends names every package once" || fail "Depends names twice: $dupes"
recommends=$(field "$console_deb" Recommends)
[ "$recommends" = "gnome-keyring | keepassxc" ] && pass "Recommends: $recommends" ||
  fail "Recommends is '$recommends', expected 'gnome-keyring | keepassxc'"
for deb in "$console_deb" "$sandbox_deb"; do
  name=$(field "$deb" Package)
  section=$(field "$deb" Section)
  [[ $section == net || $section == utils ]] && pass "$name: Section $section" || fail "$name: Section '$section'"
  maintainer=$(field "$deb" Maintainer)
  if [[ $maintainer =~ ^[^\<]+\ \<[^@\>]+@[^@\>]+\.[a-z]+\>$ && $maintainer != *localhost* ]]; then
    pass "$name: Maintainer $maintainer"
  else
    fail "$name: Maintainer '$maintainer' is not 'Name <address>'"
  fi
  [ "$(field "$deb" Version)" = "$version" ] || fail "$name: Version $(field "$deb" Version)"
done
sandbox_depends=$(field "$sandbox_deb" Depends)
grep -q 'libqt6httpserver6' <<<"$sandbox_depends" && pass "dialnexa-sandbox depends on libqt6httpserver6" ||
  fail "dialnexa-sandbox Depends lacks libqt6httpserver6: $sandbox_depends"

# --- Contents ---------------------------------------------------------------------------
root=$scratch/root
sroot=$scratch/sandbox-root
dpkg-deb -x "$console_deb" "$root"
dpkg-deb -x "$sandbox_deb" "$sroot"
expect_file() { # ROOT PATH
  if [ -f "$1/$2" ]; then pass "has /$2"; else fail "missing /$2"; fi
}
for f in usr/bin/dialnexa-console usr/bin/dialnexa-ctl \
  usr/share/applications/com.dialnexa.console.desktop \
  usr/share/metainfo/com.dialnexa.console.metainfo.xml \
  usr/share/icons/hicolor/scalable/apps/dialnexa-console.svg \
  usr/share/man/man1/dialnexa-console.1.gz usr/share/man/man1/dialnexa-ctl.1.gz \
  usr/share/bash-completion/completions/dialnexa-ctl \
  usr/share/doc/dialnexa-console/copyright usr/share/doc/dialnexa-console/changelog.Debian.gz; do
  expect_file "$root" "$f"
done
for f in usr/bin/dialnexa-sandbox usr/share/man/man1/dialnexa-sandbox.1.gz \
  usr/share/doc/dialnexa-sandbox/copyright usr/share/doc/dialnexa-sandbox/changelog.Debian.gz; do
  expect_file "$sroot" "$f"
done
[ ! -e "$root/usr/bin/dialnexa-sandbox" ] && pass "the simulator is not in dialnexa-console" ||
  fail "dialnexa-console ships dialnexa-sandbox"

for bin in "$root/usr/bin/dialnexa-console" "$root/usr/bin/dialnexa-ctl" "$sroot/usr/bin/dialnexa-sandbox"; do
  desc=$(file -b "$bin")
  if [[ $desc == *", stripped"* ]] && ! readelf -S "$bin" | grep -q '\.debug_'; then
    pass "$(basename "$bin") is stripped"
  else
    fail "$(basename "$bin") is not stripped: $desc"
  fi
done

# --- Debian's checkers ------------------------------------------------------------------
if desktop-file-validate "$root/usr/share/applications/com.dialnexa.console.desktop"; then
  pass "desktop-file-validate"
else
  fail "desktop-file-validate"
fi
if appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/com.dialnexa.console.metainfo.xml"; then
  pass "appstreamcli validate --no-net"
else
  fail "appstreamcli validate --no-net"
fi
# Errors fail; warnings fail too, except the ones packaging/lintian-accepted.txt explains.
accepted=$(awk '!/^#/ && NF { print $1 }' "$(dirname "$0")/../../packaging/lintian-accepted.txt" | paste -sd, -)
lintian_args=(--fail-on error,warning --display-info --tag-display-limit 0)
[ -n "$accepted" ] && lintian_args+=(--suppress-tags "$accepted")
if lintian "${lintian_args[@]}" "$console_deb" "$sandbox_deb" >"$scratch/lintian.log" 2>&1; then
  pass "lintian: no errors or warnings"
else
  fail "lintian"
fi
sed 's/^/lintian: /' "$scratch/lintian.log"

# Man pages render without groff warnings and name every option of the program's --help.
for page in "$root"/usr/share/man/man1/*.1.gz "$sroot"/usr/share/man/man1/*.1.gz; do
  warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
  [ -z "$warnings" ] && pass "$(basename "$page") renders cleanly" || fail "$(basename "$page"): $warnings"
done

# --- Installed, it runs -----------------------------------------------------------------
# Plain system libraries only: the binaries need no LD_LIBRARY_PATH.
ctl_version=$(env -u LD_LIBRARY_PATH "$root/usr/bin/dialnexa-ctl" --version)
[ "$ctl_version" = "dialnexa-ctl ${version%-*}" ] && pass "dialnexa-ctl --version: $ctl_version" ||
  fail "dialnexa-ctl --version said '$ctl_version'"
# --help needs no display: neither DISPLAY nor a platform plugin is set.
console_help=$(env -u LD_LIBRARY_PATH -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
  "$root/usr/bin/dialnexa-console" --help)
grep -q -- '--sandbox' <<<"$console_help" && pass "dialnexa-console --help runs from the package" ||
  fail "dialnexa-console --help said: $console_help"
sandbox_help=$(env -u LD_LIBRARY_PATH "$sroot/usr/bin/dialnexa-sandbox" --help)
ctl_help=$(env -u LD_LIBRARY_PATH "$root/usr/bin/dialnexa-ctl" --help)

roff() { zcat "$1" | sed 's/\\-/-/g'; } # the page's source, with \- read as -
names() { grep -qE -- "(^|[^a-z-])$1([^a-z-]|\$)" <<<"$2"; } # OPTION TEXT, whole words
# NAME HELP PAGE: the OPTIONS section of the man page names every --option of the help
# text, and no other.
check_options() {
  local name=$1 help=$2 page=$3 options missing=() extra=()
  options=$(roff "$page" | awk '/^\.SH / { in_options = ($2 == "OPTIONS") } in_options')
  for opt in $(grep -oE -- '--[a-z][a-z-]*[a-z]' <<<"$help" | sort -u); do
    names "$opt" "$options" || missing+=("$opt")
  done
  for opt in $(grep -oE -- '--[a-z][a-z-]*[a-z]' <<<"$options" | sort -u); do
    names "$opt" "$help" || extra+=("$opt")
  done
  [ ${#missing[@]} -eq 0 ] && pass "$name(1) documents every option of --help" ||
    fail "$name(1) lacks ${missing[*]}"
  [ ${#extra[@]} -eq 0 ] && pass "$name(1) names no option --help lacks" ||
    fail "$name(1) OPTIONS names what the program does not have: ${extra[*]}"
}
check_options dialnexa-console "$console_help" "$root/usr/share/man/man1/dialnexa-console.1.gz"
check_options dialnexa-ctl "$ctl_help" "$root/usr/share/man/man1/dialnexa-ctl.1.gz"
check_options dialnexa-sandbox "$sandbox_help" "$sroot/usr/share/man/man1/dialnexa-sandbox.1.gz"
# ...and every ctl command, in bold as a heading.
ctl_page=$(roff "$root/usr/share/man/man1/dialnexa-ctl.1.gz")
for cmd in list get pause resume cancel incidents retry-failed audit windows team-store; do
  grep -qF "\\fB$cmd" <<<"$ctl_page" && pass "dialnexa-ctl(1) documents $cmd" ||
    fail "dialnexa-ctl(1) lacks the command $cmd"
done

if [ "$failures" -ne 0 ]; then
  echo "check-debs: $failures check(s) failed" >&2
  exit 1
fi
echo "check-debs: both packages pass"
