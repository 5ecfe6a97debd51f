#!/bin/sh
# Proves the install works without Swift: installs with scripts/install.sh into a temporary
# prefix, checks that ldd lists no library of the toolchain, then runs the installed binary with
# the toolchain's directory hidden (a private mount namespace with an empty tmpfs over it) for
# `--version`, `themes` (every shipped theme, built in) and `snapshot --demo --json`. Then builds
# the .deb with scripts/package-deb.sh, installs it with `dpkg -i`, runs `margintop --version`
# from PATH (toolchain hidden again) and removes the package. Needs root (mount, dpkg).
#
#   scripts/test-install.sh                     # the toolchain is found from `swift` on PATH
#   TOOLCHAIN_DIR=/opt/swift scripts/test-install.sh
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
fail() { echo "test-install: FAIL: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "needs root (a private mount namespace to hide the toolchain, and dpkg -i)"

# /opt/swift/usr/bin/swift -> /opt/swift
toolchain=${TOOLCHAIN_DIR:-$(dirname "$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")")}
[ -d "$toolchain/usr/lib/swift" ] || fail "no Swift toolchain at $toolchain (set TOOLCHAIN_DIR)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"

started=$(date +%s)
"$root/scripts/install.sh" --prefix "$prefix"
echo "test-install: install.sh took $(( $(date +%s) - started )) s"
binary="$prefix/bin/margintop"
for file in bin/margintop share/man/man1/margintop.1 share/bash-completion/completions/margintop \
  share/zsh/site-functions/_margintop share/fish/vendor_completions.d/margintop.fish; do
  [ -s "$prefix/$file" ] || fail "install.sh did not install $file"
done
grep -q '^\.Dt MARGINTOP 1' "$prefix/share/man/man1/margintop.1" || fail "the man page has no .Dt MARGINTOP 1 header"
grep -q 'snapshot' "$prefix/share/man/man1/margintop.1" || fail "the man page does not describe the snapshot subcommand"
grep -q 'snapshot' "$prefix/share/bash-completion/completions/margintop" || fail "the bash completion does not know the subcommands"

ldd "$binary" > "$work/ldd"
cat "$work/ldd"
if grep -Ei 'swift|foundation|dispatch|BlocksRuntime|icu|not found' "$work/ldd"; then
  fail "ldd lists a library of the Swift toolchain, or one that is missing"
fi

# Runs "$@" in a private mount namespace where the toolchain's directory is an empty tmpfs,
# with a bare environment and a HOME without theme files of its own.
mkdir -p "$work/home"
hidden() {
  env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 TERM=dumb \
    unshare -m sh -c 'mount -t tmpfs none "$0" && [ -z "$(ls -A "$0")" ] && exec "$@"' "$toolchain" "$@"
}

hidden "$binary" --version > "$work/version" || fail "--version failed with the toolchain hidden"
cat "$work/version"
grep -Eq '^margintop [0-9A-Za-z.+-]+ \((commit [0-9a-f]{7,}(-dirty)?|unknown commit)\)$' "$work/version" ||
  fail "unexpected --version output"

hidden "$binary" themes --no-color > "$work/themes" 2> "$work/themes.err" || fail "themes failed with the toolchain hidden"
cat "$work/themes"
[ ! -s "$work/themes.err" ] || { cat "$work/themes.err" >&2; fail "themes printed warnings"; }
for theme in "$root"/themes/*.toml; do
  name=$(basename "$theme" .toml)
  grep -Eq "^$name +built-in( |\$)" "$work/themes" || fail "themes does not list the built-in theme $name"
done

hidden "$binary" snapshot --demo --json > "$work/snapshot.json" || fail "snapshot --demo --json failed with the toolchain hidden"
python3 - "$work/snapshot.json" <<'PY' || fail "snapshot --demo --json is not a JSON snapshot of the demo accounts"
import json, sys
document = json.load(open(sys.argv[1]))
accounts = document["accounts"]
assert len(accounts) >= 2, accounts
venues = {account["exchange"] for account in accounts}
assert {"okx", "bybit"} <= venues, venues
print(f"snapshot: {len(accounts)} accounts, venues {sorted(venues)}")
PY

# The same binary as a Debian package: it installs with dpkg -i and runs from PATH.
"$root/scripts/package-deb.sh" --output "$work"
deb=$(ls "$work"/margintop_*.deb)
dpkg-deb --field "$deb" Depends
dpkg -i "$deb"
installed=$(command -v margintop) || fail "margintop is not on PATH after dpkg -i"
[ "$installed" = /usr/bin/margintop ] || fail "margintop on PATH is $installed, not the package's /usr/bin/margintop"
hidden margintop --version || fail "margintop --version from PATH failed with the toolchain hidden"
dpkg -r margintop > /dev/null
echo "test-install: ok"
