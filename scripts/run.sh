#!/usr/bin/env bash
# Installs what is missing, builds, and starts Portolan (on first start it opens the sample design).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec build/app/portolan "$@"
