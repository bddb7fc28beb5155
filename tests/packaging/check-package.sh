#!/usr/bin/env bash
# What `cmake --install` and the Debian package put on a system, checked as a packager would:
#
#   check-package.sh install CMAKE BUILD_DIR PREFIX APP_ID     install into PREFIX, check the files
#   check-package.sh desktop PREFIX APP_ID                     desktop-file-validate
#   check-package.sh appstream PREFIX APP_ID                   appstreamcli validate, validate-tree
#   check-package.sh deb CPACK BUILD_DIR APP_ID VERSION        build the .deb, unpack it, check and run it
#
# Exits 77 (skipped) with a message when a tool it needs is not installed.
set -euo pipefail

skip() {
    echo "SKIPPED: $*"
    exit 77
}
fail() {
    echo "FAILED: $*" >&2
    exit 1
}

# The files under ROOT (a prefix) must be exactly these, translations aside.
check_files() {
    local root=$1 app_id=$2
    local expected=(
        bin/portolan
        bin/portolan-cli
        "share/applications/$app_id.desktop"
        "share/metainfo/$app_id.metainfo.xml"
        "share/mime/packages/$app_id.xml"
        "share/icons/hicolor/scalable/apps/$app_id.svg"
    )
    local size
    for size in 16 22 24 32 48 64 128 256; do
        expected+=("share/icons/hicolor/${size}x${size}/apps/$app_id.png")
    done
    local page
    for page in portolan portolan-cli; do
        if [[ -e "$root/share/man/man1/$page.1.gz" ]]; then
            expected+=("share/man/man1/$page.1.gz")
        else
            expected+=("share/man/man1/$page.1")
        fi
    done
    local missing=0 path
    for path in "${expected[@]}"; do
        if [[ ! -s "$root/$path" ]]; then
            echo "missing: $path" >&2
            missing=1
        fi
    done
    [[ -x "$root/bin/portolan" && -x "$root/bin/portolan-cli" ]] || fail "the programs are not executable"
    [[ -n $(find "$root/share/portolan/translations" -name 'portolan_*.qm' -size +0 2>/dev/null) ]] \
        || { echo "missing: share/portolan/translations/portolan_*.qm" >&2; missing=1; }
    local unexpected
    unexpected=$(cd "$root" && find . -type f -printf '%P\n' | sort \
        | grep -vxF -f <(printf '%s\n' "${expected[@]}") | grep -vx 'share/portolan/translations/portolan_[A-Za-z_]*\.qm' || true)
    [[ -z $unexpected ]] || { printf 'not expected: %s\n' $unexpected >&2; missing=1; }
    [[ $missing -eq 0 ]] || fail "the installed files under $root are not as expected"
    if command -v gzip >/dev/null && [[ -e "$root/share/man/man1/portolan-cli.1.gz" ]]; then
        gzip -t "$root"/share/man/man1/*.gz || fail "a man page is not valid gzip"
    fi
    echo "files: ${#expected[@]} as expected, and $(find "$root/share/portolan/translations" -name '*.qm' | wc -l) translation(s)"
}

validate_desktop() {
    local file=$1
    command -v desktop-file-validate >/dev/null || skip "desktop-file-validate is not installed (desktop-file-utils)"
    echo "desktop-file-validate $(basename "$file")"
    # Hints count too: a desktop entry without a main category is lost in the menus.
    local report
    report=$(desktop-file-validate "$file" 2>&1) || { echo "$report"; fail "desktop-file-validate rejects $file"; }
    [[ -z $report ]] || { echo "$report"; fail "desktop-file-validate has remarks on $file"; }
}

validate_appstream() {
    local prefix=$1 app_id=$2
    command -v appstreamcli >/dev/null || skip "appstreamcli is not installed (appstream)"
    # --no-net: the screenshots and the home page are not fetched (the tests run offline).
    echo "appstreamcli validate --no-net $app_id.metainfo.xml"
    appstreamcli validate --no-net --explain "$prefix/share/metainfo/$app_id.metainfo.xml" \
        || fail "appstreamcli validate rejects the metainfo"
    # The tree: the desktop entry the metainfo launches is there too.
    echo "appstreamcli validate-tree --no-net PREFIX"
    appstreamcli validate-tree --no-net "$prefix" || fail "appstreamcli validate-tree rejects $prefix"
}

mode=${1:-}
case $mode in
install)
    cmake=$2 build=$3 prefix=$4 app_id=$5
    rm -rf "$prefix"
    "$cmake" --install "$build" --prefix "$prefix" >"$prefix.log" 2>&1 || { cat "$prefix.log"; fail "cmake --install"; }
    check_files "$prefix" "$app_id"
    ;;
desktop)
    prefix=$2 app_id=$3
    validate_desktop "$prefix/share/applications/$app_id.desktop"
    grep -qx "Exec=portolan %f" "$prefix/share/applications/$app_id.desktop" || fail "the desktop entry does not open a file"
    grep -qx "MimeType=application/x-portolan;" "$prefix/share/applications/$app_id.desktop" \
        || fail "the desktop entry does not open project files"
    ;;
appstream)
    prefix=$2 app_id=$3
    validate_appstream "$prefix" "$app_id"
    ;;
deb)
    cpack=$2 build=$3 app_id=$4 version=$5
    for tool in dpkg-deb dpkg-shlibdeps; do
        command -v $tool >/dev/null || skip "$tool is not installed (dpkg-dev): no Debian package here"
    done
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
        || { cat "$work/cpack.log"; fail "cpack -G DEB"; }
    debs=("$work"/out/portolan_*.deb)
    [[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || fail "cpack made no portolan_*.deb: $(ls "$work/out")"
    deb=${debs[0]}
    echo "$(basename "$deb"): $(stat -c %s "$deb") bytes"
    dpkg-deb -f "$deb" Package Version Architecture Section Maintainer Depends Recommends
    [[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "the package version is not $version"
    depends=$(dpkg-deb -f "$deb" Depends)
    # Qt's plugins, which dpkg-shlibdeps cannot see, and the libraries it found in the programs.
    for package in qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6 libqt6widgets6 libqt6sql6 libc6; do
        [[ ",$depends," =~ [,\ ]$package[\ ,\(] ]] || fail "Depends lacks $package: $depends"
    done
    [[ $(dpkg-deb -f "$deb" Recommends) == *fonts-noto-cjk* ]] || fail "fonts-noto-cjk is not recommended"

    dpkg-deb -x "$deb" "$work/root"
    check_files "$work/root/usr" "$app_id"
    # Stripped: no debugging sections in what is shipped.
    if command -v readelf >/dev/null; then
        ! readelf -S "$work/root/usr/bin/portolan-cli" | grep -q '\.debug_info' || fail "portolan-cli is not stripped"
    fi

    # The packaged portolan-cli gives what the build's gives.
    sample=$(cd "$(dirname "$0")/../.." && pwd)/resources/samples/riverside-plant.json
    built="$build/app/cli/portolan-cli"
    installed="$work/root/usr/bin/portolan-cli"
    [[ $("$installed" --version) == "portolan-cli $version" ]] || fail "the installed portolan-cli --version: $("$installed" --version)"
    status=0
    "$installed" flows "$sample" >"$work/installed.json" 2>"$work/installed.err" || status=$?
    [[ $status -eq 0 ]] || { cat "$work/installed.err"; fail "the installed portolan-cli flows exited $status"; }
    "$built" flows "$sample" >"$work/built.json" 2>/dev/null
    cmp "$work/installed.json" "$work/built.json" || fail "the installed portolan-cli prints other flows than the build's"
    [[ $(grep -c '"rule"' "$work/installed.json") -gt 10 ]] || fail "the installed portolan-cli printed no flows"
    echo "installed portolan-cli flows: $(wc -c <"$work/installed.json") bytes, identical to the build's"

    validate_desktop "$work/root/usr/share/applications/$app_id.desktop"
    validate_appstream "$work/root/usr" "$app_id"
    ;;
*)
    fail "usage: check-package.sh install|desktop|appstream|deb ..."
    ;;
esac
echo "passed"
