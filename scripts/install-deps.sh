#!/usr/bin/env bash
# Installs what Portolan needs to build, test and run on Debian 12, only what is missing (Qt 6.4 or
# newer: Ubuntu 22.04's Qt 6.2 cannot build Portolan).
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libsqlite3-dev qt6-svg-dev libgl-dev qt6-qpa-plugins qt6-translations-l10n locales
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

sudo=""
if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
fi
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

# A German locale, so the tests can show that portolan-cli's output is the same in every locale.
if ! locale -a 2>/dev/null | grep -qix 'de_DE.utf-\?8'; then
    echo "Generating the de_DE.UTF-8 locale"
    $sudo localedef -i de_DE -f UTF-8 de_DE.UTF-8
fi
