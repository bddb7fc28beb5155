#!/usr/bin/env bash
# Checks that every C++ file is formatted with the repository's .clang-format; lists the files
# that differ and fails. `scripts/check-format.sh --fix` formats them in place instead.
# The format is that of clang-format 14 (other major versions break some lines differently).
set -euo pipefail
cd "$(dirname "$0")/.."

formatter=""
for candidate in "${CLANG_FORMAT:-}" clang-format-14 clang-format; do
    if [[ -n "$candidate" ]] && command -v "$candidate" >/dev/null \
        && "$candidate" --version | grep -q "version 14\."; then
        formatter="$candidate"
        break
    fi
done
if [[ -z "$formatter" ]]; then
    echo "check-format: clang-format 14 is needed (scripts/install-deps.sh installs it)" >&2
    exit 2
fi

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    # Tracked and new files, not those git ignores (such as build/).
    mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h' \
        | while read -r file; do [[ -f "$file" ]] && echo "$file"; done | sort -u)
else
    mapfile -t files < <(find app lib tests benchmarks tools -name '*.cpp' -o -name '*.h' 2>/dev/null | sort)
fi

if [[ "${1:-}" == "--fix" ]]; then
    "$formatter" -i "${files[@]}"
    exit 0
fi

differ=()
for file in "${files[@]}"; do
    if ! "$formatter" "$file" | cmp -s - "$file"; then
        differ+=("$file")
    fi
done
if [[ ${#differ[@]} -gt 0 ]]; then
    echo "check-format: ${#differ[@]} file(s) differ from the .clang-format style:" >&2
    printf '  %s\n' "${differ[@]}" >&2
    echo "Run scripts/check-format.sh --fix (or clang-format -i FILE) and commit the result." >&2
    exit 1
fi
echo "check-format: ${#files[@]} files formatted"
