#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build-fuzz/ and runs them.
#   scripts/fuzz.sh                  every target for 600 seconds
#   scripts/fuzz.sh TARGET SECONDS   one target (fuzz_designjson, fuzz_expression, fuzz_projectfile)
# Each target starts from its committed seeds in fuzz/corpus/TARGET and keeps what it finds in
# build-fuzz/corpus/TARGET; a finding is written to build-fuzz/findings/ and ends the run (exit 1).
# Needs clang and libFuzzer: apt-get install -y clang libfuzzer-14-dev.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(fuzz_designjson fuzz_expression fuzz_projectfile)
seconds=600
if [[ $# -ge 1 ]]; then
    targets=("$1")
    seconds="${2:-600}"
fi
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-fuzz -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DPORTOLAN_FUZZ=ON -DPORTOLAN_BUILD_TESTS=OFF \
    -DPORTOLAN_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-fuzz --parallel "$(nproc)" --target "${targets[@]}"
mkdir -p build-fuzz/findings
for target in "${targets[@]}"; do
    mkdir -p "build-fuzz/corpus/$target"
    echo "== $target for $seconds s"
    QT_QPA_PLATFORM=offscreen "build-fuzz/fuzz/$target" "build-fuzz/corpus/$target" "fuzz/corpus/$target" \
        -dict=fuzz/dict/portolan.dict -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
        -artifact_prefix="build-fuzz/findings/$target-" -print_final_stats=1
done
