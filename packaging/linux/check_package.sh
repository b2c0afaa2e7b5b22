#!/usr/bin/env bash
# Checks a StockTower .deb with Debian's and freedesktop's own validators and fails on any error:
# lintian on the package, desktop-file-validate on its desktop entry, appstreamcli on its
# metainfo (offline). Warnings are printed; the ones that stay are explained in
# packaging/linux/lintian-overrides or beside the setting that causes them.
#   packaging/linux/check_package.sh stocktower_0.1.0-1_amd64.deb
set -euo pipefail
deb="$1"
status=0
for tool in lintian desktop-file-validate appstreamcli dpkg-deb; do
  if ! command -v "$tool" >/dev/null; then
    echo "error: $tool is missing (scripts/packages.sh lists the Debian package that has it)" >&2
    exit 2
  fi
done
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"

echo "-- lintian"
# --fail-on error: warnings and notes are shown but do not fail.
if ! lintian --fail-on error --display-info "$deb"; then
  echo "lintian found errors" >&2
  status=1
fi

echo "-- desktop-file-validate"
desktop="$root/usr/share/applications/org.stocktower.StockTower.desktop"
if ! output="$(desktop-file-validate "$desktop" 2>&1)"; then status=1; fi
[ -n "$output" ] && echo "$output"
if grep -q "error:" <<<"$output"; then status=1; fi

echo "-- appstreamcli validate"
metainfo="$root/usr/share/metainfo/org.stocktower.StockTower.metainfo.xml"
if ! appstreamcli validate --no-net --no-color "$metainfo"; then status=1; fi

exit "$status"
