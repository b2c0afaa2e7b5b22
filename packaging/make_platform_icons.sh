#!/usr/bin/env bash
# Regenerates the committed Windows (.ico) and macOS (.icns) icons from resources/icons/stocktower.svg.
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and png2icns (icnsutils). Linux builds
# render their PNG sizes themselves at build time (packaging/linux/linux.cmake).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
svg="$root/resources/icons/stocktower.svg"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio --output "$work/$size.png" "$svg"
done
convert "$work"/{16,24,32,48,64,128,256}.png "$root/packaging/windows/stocktower.ico"
png2icns "$root/packaging/macos/stocktower.icns" "$work"/{16,32,48,128,256,512,1024}.png >/dev/null
echo "wrote packaging/windows/stocktower.ico and packaging/macos/stocktower.icns"
