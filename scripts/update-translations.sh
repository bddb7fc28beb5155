#!/usr/bin/env bash
# Refreshes every translations/portolan_*.ts from the code (tr() texts) and the catalog
# (resources/catalog/*.json, extracted by scripts/extract-catalog-texts.py). Existing translations
# are kept; messages that left the code or the catalog are dropped. Run it after changing texts.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-}
if [[ -z $lupdate ]]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        if [[ -n $candidate && -x $candidate ]]; then
            lupdate=$candidate
            break
        fi
    done
fi
[[ -n $lupdate ]] || { echo "update-translations.sh: lupdate (Qt 6 Linguist tools) not found; set LUPDATE" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/extract-catalog-texts.py resources/catalog "$work/catalogtexts.cpp"

shopt -s nullglob
ts_files=(translations/portolan_*.ts)
(( ${#ts_files[@]} )) || { echo "update-translations.sh: no translations/portolan_*.ts" >&2; exit 1; }
# The same inputs as the build's update_translations target: the .cpp and .h files of lib/ and
# app/ but not portolan-cli's, whose output stays English whatever the locale.
find lib app \( -name '*.cpp' -o -name '*.h' \) -not -path 'app/cli/*' | LC_ALL=C sort >"$work/sources.lst"
echo "$work/catalogtexts.cpp" >>"$work/sources.lst"
"$lupdate" -silent -no-obsolete -locations none "@$work/sources.lst" -ts "${ts_files[@]}"
echo "Updated ${ts_files[*]}"
