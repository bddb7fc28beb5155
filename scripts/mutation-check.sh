#!/usr/bin/env bash
# The mutation check, run before a release: puts each deliberate bug of scripts/mutations.txt into
# a scratch copy of the tree, one at a time, builds it incrementally, runs the tests that must
# catch it, and lists the bugs no test caught (the survivors). Each mutation ends one of three
# ways: caught (it builds, and a test it names fails: the table names the test program and the
# first failing test function), SURVIVED (it builds and every test it names passes), or DOES NOT
# BUILD (the mutated code does not compile: no test had a chance to catch it, so it proves nothing
# and its text must be rewritten until it builds). Exit status: 0 when every mutation was caught,
# 1 when one survived or did not build, 2 when the check itself cannot run (the list is wrong, the
# unchanged tree does not build, or its tests fail before any bug is put in).
#
#   scripts/mutation-check.sh [--list] [ID...]
#
# With IDs, only those mutations run; --list prints the mutations and checks that each one's text
# is found exactly once, without building. The working tree's files are never changed: the tree
# (committed and uncommitted files alike, as `git ls-files` sees them) is copied to a scratch
# folder, $PORTOLAN_MUTATION_DIR (default: build-mutation/ in the repository, which git ignores as
# it ignores build/), which keeps its source copy and its one build folder (src/build, configured
# as scripts/build.sh -DPORTOLAN_WERROR=ON does) between runs: only what a mutation changes is
# rebuilt, and only the test programs the mutation names are built and run. Beside the tree, the
# scratch build sits at the same depth as build/, so ccache serves it what build/ compiled when
# its base_dir holds the repository. It is not part of CI: it takes a build and a test run per
# mutation.
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
scratch=${PORTOLAN_MUTATION_DIR:-$root/build-mutation}
jobs=${PORTOLAN_MUTATION_JOBS:-2}

[[ -f $list ]] || { echo "mutation-check: $list does not exist" >&2; exit 2; }
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
# The contents are compared by their checksums, a few processes for the whole tree.
sums() {
    (cd "$1" && find . -path ./build -prune -o -type f -print0 | xargs -0r md5sum | sort)
}
stagingSums=$(sums "$staging")
copySums=$(sums "$scratch/src")
# tar -m: the copies get the time of the copy, newer than anything built from the old content.
comm -23 <(echo "$stagingSums") <(echo "$copySums") | cut -c35- | sed '/^$/d' |
    tar -C "$staging" --no-recursion -T - -cf - | tar -C "$scratch/src" -xmf - || exit 2
comm -13 <(echo "$stagingSums" | cut -c35- | sort) <(echo "$copySums" | cut -c35- | sort) |
    while IFS= read -r path; do
        [[ -n $path ]] && rm -f "$scratch/src/$path"
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
    (cd "$scratch/src/build" && QT_QPA_PLATFORM=offscreen ctest -R "$1" --timeout 300 --output-on-failure \
        --parallel "$jobs" >"$scratch/test.log" 2>&1)
}
# The test programs that failed, and the first test function that failed, from a ctest log.
caughtBy() {
    local programs function
    programs=$(sed -n 's/^[[:space:]]*[0-9]* - \([^ ]*\) .*/\1/p' "$1" | paste -sd' ')
    function=$(sed -n 's/^FAIL!  : \([^(]*([^)]*)\).*/\1/p' "$1" | head -n 1)
    [[ -z $function ]] && grep -q '\*\*\*Timeout' "$1" && function="a time-out"
    printf '%s%s' "${programs:-the tests}" "${function:+ ($function)}"
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
survivors=() unbuilt=()
printf '%-28s %-9s %5s  %s\n' "mutation" "result" "time" "caught by / what a user would see"
for i in "${selected[@]}"; do
    id=${ids[$i]}
    target="$scratch/src/${files[$i]}"
    original=$(readWhole "$target"; printf x)
    original=${original%x}
    printf '%s' "${original/"${finds[$i]}"/"${replaces[$i]}"}" >"$target"
    begin=$(date +%s)
    if ! buildFor "${tests[$i]}"; then
        result="NOT BUILT" detail="${abouts[$i]} (the mutated code does not compile)"
        unbuilt+=("$id: ${files[$i]}")
        cp "$scratch/build.log" "$scratch/build-$id.log"
    elif runTests "${tests[$i]}"; then
        result="SURVIVED" detail="${abouts[$i]}"
        survivors+=("$id: ${abouts[$i]} (${files[$i]}; tests ${tests[$i]})")
    else
        result="caught" detail="$(caughtBy "$scratch/test.log"): ${abouts[$i]}"
    fi
    printf '%s' "$original" >"$target" # restored, with a new time stamp: rebuilt at the next build
    printf '%-28s %-9s %4ss  %s\n' "$id" "$result" "$(($(date +%s) - begin))" "$detail"
done
buildFor "$allTests" || true # leave the scratch build at the unchanged tree

echo
caught=$((${#selected[@]} - ${#survivors[@]} - ${#unbuilt[@]}))
echo "${#selected[@]} mutations: $caught caught, ${#survivors[@]} survived, ${#unbuilt[@]} did not build," \
    "in $(($(date +%s) - started)) s"
if ((${#survivors[@]} > 0)); then
    echo "Survivors (no test caught them):"
    printf '  %s\n' "${survivors[@]}"
fi
if ((${#unbuilt[@]} > 0)); then
    echo "Mutations that do not build (rewrite them so that they do; the compiler's words are in" \
        "$scratch/build-ID.log):"
    printf '  %s\n' "${unbuilt[@]}"
fi
((${#survivors[@]} + ${#unbuilt[@]} == 0))
