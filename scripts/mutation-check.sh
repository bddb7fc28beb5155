#!/usr/bin/env bash
# The mutation check, run before a release: puts each deliberate bug of scripts/mutations.txt into
# a scratch copy of the tree, one at a time, builds it incrementally, runs the tests that must
# catch it, and lists the bugs no test caught (the survivors). Exit status: 0 when every mutation
# was caught, 1 when one survived, 2 when the check itself cannot run (the list is wrong, the
# unchanged tree does not build, or its tests fail before any bug is put in).
#
#   scripts/mutation-check.sh [--list] [ID...]
#
# With IDs, only those mutations run; --list prints the mutations and checks that each one's text
# is found exactly once, without building. The working tree is never touched: the tree (committed
# and uncommitted files alike, as `git ls-files` sees them) is copied to a scratch folder,
# $PORTOLAN_MUTATION_DIR (default: $TMPDIR/portolan-mutation-$UID), which keeps its source copy
# and its build folder (src/build, configured as scripts/build.sh -DPORTOLAN_WERROR=ON does, so
# ccache serves what the working tree's build compiled) between runs: only what a mutation
# changes is rebuilt. It is not part of CI: it takes minutes, a build and a test run per mutation.
#
# Adding a mutation: append a block to scripts/mutations.txt (blocks are separated by a blank
# line; lines starting with # are comments):
#
#   id:      a short name, unique in the list
#   file:    the file to change, relative to the repository root
#   find:    the exact text to replace; it must occur exactly once in that file
#   replace: the text that replaces it (the bug)
#   tests:   a `ctest -R` expression naming the tests that must catch it
#   about:   one line: the bug a user would see
#
# In find and replace, \n stands for a line break and \\ for a backslash (as printf %b reads them),
# so a find can span the lines of a pretty-printed JSON file. Run `scripts/mutation-check.sh
# --list` to see that the new text is found once, then `scripts/mutation-check.sh ID` to see that
# it is caught. When the product changes a line a mutation finds, the check stops with status 2
# naming the mutation: update its find and replace with the code.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
list="$root/scripts/mutations.txt"
scratch=${PORTOLAN_MUTATION_DIR:-${TMPDIR:-/tmp}/portolan-mutation-$(id -u)}
jobs=${PORTOLAN_MUTATION_JOBS:-2}

listOnly=false
wanted=()
for argument in "$@"; do
    case "$argument" in
    --list) listOnly=true ;;
    -h | --help)
        sed -n '2,/^set -uo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    -*)
        echo "mutation-check: unknown option $argument" >&2
        exit 2
        ;;
    *) wanted+=("$argument") ;;
    esac
done

# --- read the list ------------------------------------------------------------------------------
ids=() files=() finds=() replaces=() tests=() abouts=()
flush() {
    if [[ -n ${m_id:-} ]]; then
        for key in file find replace tests about; do
            local var="m_$key"
            if [[ -z ${!var+set} ]]; then
                echo "mutation-check: $list: mutation \"$m_id\" has no $key" >&2
                exit 2
            fi
        done
        local id
        for id in "${ids[@]}"; do
            [[ $id == "$m_id" ]] && { echo "mutation-check: $list: \"$m_id\" is listed twice" >&2; exit 2; }
        done
        ids+=("$m_id") files+=("$m_file") tests+=("$m_tests") abouts+=("$m_about")
        local text
        printf -v text '%b' "$m_find"
        finds+=("$text")
        printf -v text '%b' "$m_replace"
        replaces+=("$text")
    elif [[ -n ${m_file+set}${m_find+set} ]]; then
        echo "mutation-check: $list: a mutation has no id" >&2
        exit 2
    fi
    unset m_id m_file m_find m_replace m_tests m_about
}
lineNumber=0
while IFS= read -r line || [[ -n $line ]]; do
    lineNumber=$((lineNumber + 1))
    [[ $line == \#* ]] && continue
    if [[ -z ${line//[[:space:]]/} ]]; then
        flush
        continue
    fi
    key=${line%%:*}
    value=${line#*:}
    value=${value# }
    case "$key" in
    id | file | find | replace | tests | about) printf -v "m_$key" '%s' "$value" ;;
    *)
        echo "mutation-check: $list:$lineNumber: unknown key \"$key\"" >&2
        exit 2
        ;;
    esac
done <"$list"
flush

selected=()
for i in "${!ids[@]}"; do
    if ((${#wanted[@]} == 0)); then
        selected+=("$i")
    else
        for w in "${wanted[@]}"; do [[ ${ids[$i]} == "$w" ]] && selected+=("$i"); done
    fi
done
for w in "${wanted[@]}"; do
    found=false
    for i in "${selected[@]}"; do [[ ${ids[$i]} == "$w" ]] && found=true; done
    $found || { echo "mutation-check: no mutation \"$w\" in $list" >&2; exit 2; }
done

# The content of a file, trailing line breaks included.
readWhole() {
    local content
    content=$(cat "$1" && printf x) || return 1
    printf '%s' "${content%x}"
}

# How often $2 occurs in $1.
occurrences() {
    local rest=${1//"$2"/}
    echo $(((${#1} - ${#rest}) / ${#2}))
}

status=0
for i in "${selected[@]}"; do
    source="$root/${files[$i]}"
    if [[ ! -f $source ]]; then
        echo "mutation-check: ${ids[$i]}: ${files[$i]} does not exist" >&2
        status=2
        continue
    fi
    count=$(occurrences "$(readWhole "$source"; printf x)" "${finds[$i]}")
    if ((count != 1)); then
        echo "mutation-check: ${ids[$i]}: its find text occurs $count times in ${files[$i]}, not once" >&2
        status=2
    elif $listOnly; then
        printf '%-28s %-40s %s\n' "${ids[$i]}" "${files[$i]}" "${abouts[$i]}"
    fi
done
((status == 0)) || exit 2
$listOnly && { echo "${#selected[@]} mutations, each found once"; exit 0; }

# --- the scratch copy ---------------------------------------------------------------------------
mkdir -p "$scratch/src/build" || exit 2
exec 9>"$scratch/lock"
flock -n 9 || { echo "mutation-check: another run uses $scratch" >&2; exit 2; }
started=$(date +%s)
echo "Copying the tree to $scratch/src"
staging=$(mktemp -d "$scratch/staging.XXXXXX") || exit 2
trap 'rm -rf "$staging"' EXIT
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' path; do
    [[ -f $path ]] && printf '%s\0' "$path"
done | tar --null -T - -cf - | tar -xf - -C "$staging" || exit 2
# Copy only what differs, with a new time stamp, so the build sees every change and nothing else
# (a file restored after a mutation has the same content as the tree and a newer time stamp).
(cd "$staging" && find . -type f -print0) | while IFS= read -r -d '' path; do
    if ! cmp -s "$staging/$path" "$scratch/src/$path"; then
        mkdir -p "$(dirname "$scratch/src/$path")"
        cat "$staging/$path" >"$scratch/src/$path"
        chmod --reference="$staging/$path" "$scratch/src/$path"
    fi
done
(cd "$scratch/src" && find . -path ./build -prune -o -type f -print0) | while IFS= read -r -d '' path; do
    [[ -e $staging/$path ]] || rm -f "$scratch/src/$path"
done

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [[ ! -f $scratch/src/build/build.ninja ]]; then
    cmake -S "$scratch/src" -B "$scratch/src/build" -G Ninja "${launcher[@]}" -DPORTOLAN_WERROR=ON >/dev/null || exit 2
fi

# The test programs a ctest expression names, to build only those (they depend on what they run).
targetsOf() {
    (cd "$scratch/src/build" && ctest -N -R "$1") | sed -n 's/^ *Test *#[0-9]*: \(.*\)$/\1/p'
}
buildFor() {
    local targets
    mapfile -t targets < <(targetsOf "$1")
    ((${#targets[@]} > 0)) || { echo "no test matches \"$1\"" >&2; return 2; }
    cmake --build "$scratch/src/build" --parallel "$jobs" --target "${targets[@]}" >"$scratch/build.log" 2>&1
}
runTests() {
    (cd "$scratch/src/build" && QT_QPA_PLATFORM=offscreen ctest -R "$1" --timeout 300 >"$scratch/test.log" 2>&1)
}

# The unchanged tree must build and pass every test the list names, or no result means anything.
allTests=$(printf '%s\n' "${selected[@]}" | while read -r i; do echo "${tests[$i]}"; done | paste -sd'|')
echo "Building and testing the unchanged tree"
cmake -S "$scratch/src" -B "$scratch/src/build" >/dev/null || exit 2
if ! buildFor "$allTests"; then
    echo "mutation-check: the unchanged tree does not build; see $scratch/build.log" >&2
    exit 2
fi
if ! runTests "$allTests"; then
    echo "mutation-check: the unchanged tree fails its tests; see $scratch/test.log" >&2
    exit 2
fi

# --- one mutation at a time ---------------------------------------------------------------------
survivors=()
for i in "${selected[@]}"; do
    id=${ids[$i]}
    target="$scratch/src/${files[$i]}"
    original=$(readWhole "$target"; printf x)
    original=${original%x}
    printf '%s' "${original/"${finds[$i]}"/"${replaces[$i]}"}" >"$target"
    begin=$(date +%s)
    if ! buildFor "${tests[$i]}"; then
        result="caught (does not build)"
    elif runTests "${tests[$i]}"; then
        result="SURVIVED"
        survivors+=("$id: ${abouts[$i]} (${files[$i]}; tests ${tests[$i]})")
    else
        failed=$(sed -n 's/^[[:space:]]*[0-9]* - \([^ ]*\) .*/\1/p' "$scratch/test.log" | paste -sd' ')
        result="caught by ${failed:-the tests}"
    fi
    printf '%s' "$original" >"$target" # restored, with a new time stamp: rebuilt at the next build
    printf '%-28s %-34s %4ss  %s\n' "$id" "$result" "$(($(date +%s) - begin))" "${abouts[$i]}"
done
buildFor "$allTests" || true # leave the scratch build at the unchanged tree

echo
echo "${#selected[@]} mutations, ${#survivors[@]} survived, in $(($(date +%s) - started)) s"
if ((${#survivors[@]} > 0)); then
    echo "Survivors (no test caught them):"
    printf '  %s\n' "${survivors[@]}"
    exit 1
fi
exit 0
