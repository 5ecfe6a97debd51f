#!/usr/bin/env bash
# Checks the documentation's shape; exits 1 and names every problem when one fails.
#
#   scripts/check-docs.sh
#
# - README.md is at most 20,000 bytes (it is the user's guide; the rest belongs in docs/);
# - every docs/*.md is linked from README.md (a Markdown link to docs/NAME.md);
# - no Markdown file in the repository refers to a path outside it: no `../shared` (or other
#   workplace notes), no `/work/` path, and no relative path that climbs above the repository root.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

status=0
fail() {
  echo "check-docs: $*" >&2
  status=1
}

# 1. README size.
limit=20000
size=$(wc -c <README.md)
if [ "$size" -gt "$limit" ]; then
  fail "README.md is $size bytes, over $limit: move reference material to docs/"
fi

# 2. Every docs/ page linked from the README.
for page in docs/*.md; do
  [ -e "$page" ] || continue
  if ! grep -qE "\]\(($page|\./$page)(#[^)]*)?\)" README.md; then
    fail "$page is not linked from README.md"
  fi
done

# 3. No reference to a path outside the repository, in any Markdown file git knows of (tracked,
# or untracked and not ignored); every Markdown file below the root outside git.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.md' | sort -u)
else
  mapfile -t files < <(find . -name '*.md' -not -path './.build*' | sed 's|^\./||' | sort)
fi

for file in "${files[@]}"; do
  [ -f "$file" ] || continue
  # Workplace paths: the shared notes and fixtures of other sessions, and the machine's /work tree.
  while IFS= read -r hit; do
    fail "$file:$hit: refers to a file outside the repository"
  done < <(grep -nE '(\.\./)+shared\b|(^|[^A-Za-z0-9_.-])shared/(notes|fixtures|hooks)/|shared/ARCHITECTURE\.md|(^|[^A-Za-z0-9_.~-])/work/' "$file" | cut -d: -f1 || true)
  # Relative paths that climb out of the repository from the file's own directory.
  dir=$(dirname "$file")
  while IFS=: read -r line path; do
    resolved=$(realpath -m "$root/$dir/$path")
    case "$resolved" in
      "$root" | "$root"/*) ;;
      *) fail "$file:$line: $path points outside the repository" ;;
    esac
  done < <(grep -noE '(\.\./)+[^][[:space:]()`"'"'"'<>|]*' "$file" || true)
done

if [ "$status" -eq 0 ]; then
  echo "check-docs: ok (README.md $size bytes, ${#files[@]} Markdown files)"
fi
exit "$status"
