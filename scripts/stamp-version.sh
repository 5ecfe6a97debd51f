#!/bin/sh
# Writes Sources/MargintopCLI/Version/BuildStamp+Generated.swift (ignored by git) with the version
# and commit of the checkout, for a build run with MARGINTOP_BUILD_STAMP=1 (scripts/install.sh
# does both). Version: the latest tag reachable from HEAD (without a leading "v"), else the
# VERSION file. Commit: HEAD's short id, "-dirty" when tracked files have uncommitted changes;
# without git (a source tarball) the commit stays unknown.
#
#   scripts/stamp-version.sh          # writes the file and prints the --version line it stamps
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
target="$root/Sources/MargintopCLI/Version/BuildStamp+Generated.swift"

# Only characters that need no escaping in a Swift string literal.
clean() { tr -cd 'A-Za-z0-9._+-'; }

version=""
commit=""
if command -v git >/dev/null 2>&1 && git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  version=$(git -C "$root" describe --tags --abbrev=0 2>/dev/null | sed 's/^v//' | clean || true)
  commit=$(git -C "$root" rev-parse --short=12 HEAD 2>/dev/null | clean || true)
  if [ -n "$commit" ] && [ -n "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
    commit="$commit-dirty"
  fi
fi
[ -n "$version" ] || version=$(head -n 1 "$root/VERSION" | clean)
if [ -n "$commit" ]; then commit_literal="\"$commit\""; else commit_literal="nil"; fi

cat > "$target.tmp" <<SWIFT
// Written by scripts/stamp-version.sh; not in git. Compiled only when MARGINTOP_BUILD_STAMP=1.
#if MARGINTOP_BUILD_STAMP
  /// The version and commit of this build, as \`margintop --version\` prints them (stamped by
  /// scripts/stamp-version.sh).
  enum BuildStamp {
    /// The release version.
    static let version = "$version"
    /// The commit built from, if the build knew it.
    static let commit: String? = $commit_literal
  }
#endif
SWIFT
# An unchanged stamp keeps its file time, so a second install of the same commit rebuilds nothing.
if cmp -s "$target.tmp" "$target"; then rm "$target.tmp"; else mv "$target.tmp" "$target"; fi
if [ -n "$commit" ]; then echo "margintop $version (commit $commit)"; else echo "margintop $version (unknown commit)"; fi
