#!/bin/sh
# Builds margintop as one self-contained release binary (the Swift runtime and Foundation linked
# in statically, every shipped theme compiled in) and installs it with its man page and bash, zsh
# and fish completions. The binary then needs only libncursesw6 and the C and C++ runtime
# libraries: no Swift on the machine that runs it.
#
#   scripts/install.sh                         # into /usr/local (bin, share/man, completions)
#   scripts/install.sh --prefix ~/.local       # anywhere else
#   scripts/install.sh --prefix /usr --destdir /tmp/stage   # staged, as scripts/package-deb.sh does
#
# SCRATCH=DIR uses another build directory (default .build). See docs/install.md.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
prefix=/usr/local
destdir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a directory" >&2; exit 2; }; prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --destdir) [ $# -ge 2 ] || { echo "install.sh: --destdir needs a directory" >&2; exit 2; }; destdir=$2; shift 2 ;;
    --destdir=*) destdir=${1#--destdir=}; shift ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown argument $1 (use --prefix DIR)" >&2; exit 2 ;;
  esac
done
case "$prefix" in
  /*) ;;
  *) prefix=$(mkdir -p "$prefix" && cd "$prefix" && pwd) ;;
esac
scratch=${SCRATCH:-$root/.build}

command -v swift >/dev/null 2>&1 || { echo "install.sh: needs Swift 6 to build (https://swift.org/install)" >&2; exit 1; }
[ -e /usr/include/ncursesw/curses.h ] || [ -e /usr/include/curses.h ] ||
  { echo "install.sh: needs the ncursesw headers (Debian: apt-get install libncurses-dev)" >&2; exit 1; }

echo "Stamping: $("$root/scripts/stamp-version.sh")"
# MARGINTOP_BUILD_STAMP makes Package.swift compile the stamp just written (see Package.swift);
# no $ORIGIN run path: the binary loads no library from its own folder.
build() {
  MARGINTOP_BUILD_STAMP=1 swift build -c release --static-swift-stdlib --disable-local-rpath \
    --package-path "$root" --scratch-path "$scratch" "$@"
}
build --product margintop
binary="$(build --show-bin-path)/margintop"

# The promise of this script: no library of the Swift toolchain is needed at run time.
if ldd "$binary" | grep -Ei 'swift|foundation|dispatch|BlocksRuntime|icu|not found' >&2; then
  echo "install.sh: $binary still needs the libraries above" >&2
  exit 1
fi

# The man page is generated from the command definitions by swift-argument-parser's
# generate-manual tool (what its `swift package plugin generate-manual` runs), built once.
build --product generate-manual
manual_tool="$(build --show-bin-path)/generate-manual"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
manual_date=$(git -C "$root" log -1 --format=%cs 2>/dev/null || date -u +%F)
"$manual_tool" "$binary" --date "$manual_date" --section 1 --output-directory "$work"
[ -s "$work/margintop.1" ] || { echo "install.sh: generate-manual wrote no margintop.1" >&2; exit 1; }

# Completion folders the shells read by default: /usr is Debian's vendor place for zsh,
# anything else the site place.
case "$prefix" in
  /usr) zsh_dir=share/zsh/vendor-completions ;;
  *) zsh_dir=share/zsh/site-functions ;;
esac
target="$destdir$prefix"
install -d "$target/bin" "$target/share/man/man1" "$target/share/bash-completion/completions" \
  "$target/$zsh_dir" "$target/share/fish/vendor_completions.d"
install -m 0755 "$binary" "$target/bin/margintop"
# Debug information is two fifths of the file and never loaded; the symbol table stays, for
# backtraces and profilers.
if command -v strip >/dev/null 2>&1; then strip --strip-debug "$target/bin/margintop"; fi
install -m 0644 "$work/margintop.1" "$target/share/man/man1/margintop.1"
"$binary" --generate-completion-script bash > "$work/margintop.bash"
"$binary" --generate-completion-script zsh > "$work/_margintop"
"$binary" --generate-completion-script fish > "$work/margintop.fish"
install -m 0644 "$work/margintop.bash" "$target/share/bash-completion/completions/margintop"
install -m 0644 "$work/_margintop" "$target/$zsh_dir/_margintop"
install -m 0644 "$work/margintop.fish" "$target/share/fish/vendor_completions.d/margintop.fish"

echo "Installed $("$target/bin/margintop" --version) into $target:"
echo "  bin/margintop, share/man/man1/margintop.1, completions for bash, zsh and fish"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) [ -n "$destdir" ] || echo "Add $prefix/bin to PATH to run margintop." ;;
esac
