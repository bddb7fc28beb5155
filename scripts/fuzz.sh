#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, -DPORTOLAN_FUZZ=ON, ASan + UBSan) in build-fuzz/ and runs
# them one after the other, one process each.
#   scripts/fuzz.sh [--time SECONDS | --runs N] [TARGET...]
#     --time SECONDS   run each target this long (default 600)
#     --runs N         run each target for N executions instead (the README's figures: 1000000)
#     TARGET           fuzz_designjson, fuzz_expression, fuzz_inventory, fuzz_projectfile,
#                      fuzz_review (default all)
# Each target starts from its committed seeds in fuzz/corpus/TARGET and from what earlier runs kept
# in build-fuzz/corpus/TARGET (new inputs go there); it uses fuzz/dict/TARGET.dict where there is
# one, else fuzz/dict/portolan.dict. A finding (crash, sanitizer report, timeout, memory limit) is
# written to build-fuzz/findings/TARGET-KIND-HASH and ends that target's run; the script then goes
# on and exits 1 at the end. Reproduce one with: build-fuzz/fuzz/TARGET FILE
# fuzz_review runs with -max_len=4096: its readers work line by line, and longer inputs only repeat
# lines while each run grows slower and the process larger.
# Needs clang and libFuzzer: apt-get install -y clang libfuzzer-14-dev.
set -euo pipefail
cd "$(dirname "$0")/.."
all=(fuzz_designjson fuzz_expression fuzz_inventory fuzz_projectfile fuzz_review)
limit=(-max_total_time=600)
targets=()
while [[ $# -gt 0 ]]; do
    case "$1" in
    --time) limit=(-max_total_time="$2"); shift 2 ;;
    --runs) limit=(-runs="$2"); shift 2 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    fuzz_*) targets+=("$1"); shift ;;
    *) echo "fuzz.sh: unknown argument $1 (see scripts/fuzz.sh --help)" >&2; exit 2 ;;
    esac
done
[[ ${#targets[@]} -gt 0 ]] || targets=("${all[@]}")
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-fuzz -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DPORTOLAN_FUZZ=ON -DPORTOLAN_BUILD_TESTS=OFF \
    -DPORTOLAN_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-fuzz --parallel "$(nproc)" --target "${targets[@]}"
mkdir -p build-fuzz/findings
status=0
for target in "${targets[@]}"; do
    mkdir -p "build-fuzz/corpus/$target"
    dict="fuzz/dict/$target.dict"
    [[ -f "$dict" ]] || dict=fuzz/dict/portolan.dict
    length=()
    [[ $target == fuzz_review ]] && length=(-max_len=4096)
    echo "== $target (${limit[*]}), findings in build-fuzz/findings/"
    if ! QT_QPA_PLATFORM=offscreen "build-fuzz/fuzz/$target" "build-fuzz/corpus/$target" \
        "fuzz/corpus/$target" -dict="$dict" "${length[@]}" "${limit[@]}" -timeout=10 -rss_limit_mb=4096 \
        -artifact_prefix="build-fuzz/findings/$target-" -print_final_stats=1; then
        echo "== $target: a finding, see build-fuzz/findings/" >&2
        status=1
    fi
done
exit $status
