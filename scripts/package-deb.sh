#!/bin/sh
# Builds a Debian package of margintop with dpkg-deb: the self-contained binary of
# scripts/install.sh installed under /usr, with its man page and completions. Depends lists the
# packages of the shared libraries the binary loads, found from the binary itself (dpkg-shlibdeps,
# or ldd and dpkg -S when dpkg-dev is missing), so it is right for the machine that built it.
#
#   scripts/package-deb.sh                  # writes margintop_VERSION_ARCH.deb into the current directory
#   scripts/package-deb.sh --output DIR     # into DIR
#
# Install it with `dpkg -i margintop_*.deb` (as root). See docs/install.md.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
output=$(pwd)
while [ $# -gt 0 ]; do
  case "$1" in
    --output) [ $# -ge 2 ] || { echo "package-deb.sh: --output needs a directory" >&2; exit 2; }; output=$2; shift 2 ;;
    --output=*) output=${1#--output=}; shift ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "package-deb.sh: unknown argument $1 (use --output DIR)" >&2; exit 2 ;;
  esac
done
command -v dpkg-deb >/dev/null 2>&1 || { echo "package-deb.sh: needs dpkg-deb (Debian's dpkg)" >&2; exit 1; }
mkdir -p "$output"
output=$(cd "$output" && pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stage="$work/stage"
"$root/scripts/install.sh" --prefix /usr --destdir "$stage"
binary="$stage/usr/bin/margintop"

# "margintop 0.1.0 (commit …)": Debian's version is the second word.
version=$("$binary" --version | awk '{print $2}')
arch=$(dpkg --print-architecture)

depends=""
if command -v dpkg-shlibdeps >/dev/null 2>&1; then
  # dpkg-shlibdeps reads the symbols files of the libraries, so each dependency gets the lowest
  # version that has every symbol the binary uses; it wants a debian/control to exist.
  # Its warnings (binary not yet in an installed tree) are kept out of the way unless it fails.
  mkdir -p "$work/shlibs/debian"
  printf 'Source: margintop\n\nPackage: margintop\nArchitecture: any\n' > "$work/shlibs/debian/control"
  if ! depends=$(cd "$work/shlibs" && dpkg-shlibdeps -O "$binary" 2> "$work/shlibdeps.log" | sed -n 's/^shlibs:Depends=//p'); then
    cat "$work/shlibdeps.log" >&2
    depends=""
  fi
fi
if [ -z "$depends" ]; then
  depends=$(ldd "$binary" | awk '$3 ~ /^\// {print $3}' | while read -r library; do
    dpkg -S "$(readlink -f "$library")" 2>/dev/null || dpkg -S "$library"
  done | cut -d: -f1 | sort -u | paste -sd, - | sed 's/,/, /g')
fi
[ -n "$depends" ] || { echo "package-deb.sh: found no library packages for $binary" >&2; exit 1; }

# Debian compresses man pages and keeps the package's documentation under /usr/share/doc.
gzip -9n "$stage/usr/share/man/man1/margintop.1"
install -d "$stage/usr/share/doc/margintop"
install -m 0644 "$root/README.md" "$stage/usr/share/doc/margintop/README.md"
install -m 0644 "$root/docs/install.md" "$stage/usr/share/doc/margintop/install.md"

size=$(du -sk "$stage/usr" | cut -f1)
install -d "$stage/DEBIAN"
cat > "$stage/DEBIAN/control" <<CONTROL
Package: margintop
Version: $version
Architecture: $arch
Maintainer: margintop developers <margintop@localhost>
Installed-Size: $size
Depends: $depends
Section: utils
Priority: optional
Description: terminal dashboard of OKX and Bybit balances and margin risk
 Live per-currency equity, liabilities, margin ratios and the exchanges'
 auto-conversion and forced-repayment risk levels, refreshed from read-only
 API keys, in an ncurses dashboard; also a JSON snapshot command. Try
 "margintop --demo" for the built-in simulated accounts.
CONTROL

package="$output/margintop_${version}_${arch}.deb"
dpkg-deb --root-owner-group --build "$stage" "$package" >/dev/null
echo "Built $package"
echo "Depends: $depends"
