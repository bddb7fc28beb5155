#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs the whole test suite.
#   scripts/test.sh             the normal build in build/, every test
#   scripts/test.sh --sanitize  the CMake preset "sanitize" (ASan + UBSan) in build-sanitize/,
#                               the core, CLI, storage, export, review, diff and probe tests
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [[ "${1:-}" == "--sanitize" ]]; then
    cmake --preset sanitize "${launcher[@]}" >/dev/null
    # Only what the sanitized tests need: the GUI tests run in the normal build.
    mapfile -t targets < <(ctest --preset sanitize -N | sed -n 's/^ *Test *#[0-9]*: //p')
    cmake --build --preset sanitize --parallel "$(nproc)" --target portolan-cli "${targets[@]}"
    exec ctest --preset sanitize --parallel "$(nproc)"
fi
scripts/build.sh -DPORTOLAN_WERROR=ON
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 --parallel "$(nproc)"
