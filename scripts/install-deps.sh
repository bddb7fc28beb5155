#!/usr/bin/env bash
# Installs what Portolan needs to build, test and run on Debian 12 or Ubuntu 22.04+, only what is missing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite qt6-svg-dev libgl-dev qt6-qpa-plugins
    libbenchmark-dev
    fonts-noto-cjk fonts-dejavu-core
    poppler-utils nftables iptables iproute2 sqlite3
    desktop-file-utils appstream shared-mime-info dpkg-dev
    clang-format-14
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=""
if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
