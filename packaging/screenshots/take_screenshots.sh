#!/usr/bin/env bash
# Retakes the AppStream screenshots in this folder: StockTower on a demo workspace (2 sites,
# 300 items, 3 years, with a forecast run) under Xvfb at 1366×768, saved as 256-colour PNGs.
# Needs xvfb, imagemagick (import, convert) and xdotool (to move between pages).
#   packaging/screenshots/take_screenshots.sh [BUILD_DIR]     (default: build-release)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build-release}"
out="$root/packaging/screenshots"
work="$(mktemp -d)"
display=":97"
cleanup() {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
  [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
workspace="$work/demo.stdb"
"$build/app/stocktower-cli" demo --out "$workspace" --items "${STOCKTOWER_SHOT_ITEMS:-300}" -q
"$build/app/stocktower-cli" forecast -w "$workspace" -q >/dev/null

Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp &
xvfb=$!
export DISPLAY="$display"
sleep 2
"$build/app/stocktower" "$workspace" &
app=$!

found=""
for _ in $(seq 60); do
  found="$(xdotool search --name 'StockTower' 2>/dev/null || true)"
  [ -n "$found" ] && break
  sleep 1
done
[ -n "$found" ] || { echo "StockTower did not show a window" >&2; exit 1; }
sleep 5
# Without a window manager the main window keeps its saved or default size: fit it to the screen.
for window in $(xdotool search --name 'StockTower'); do
  xdotool windowmove "$window" 0 0 windowsize "$window" 1366 768 2>/dev/null || true
done
sleep "${STOCKTOWER_SHOT_WAIT:-20}"   # opening, the control tower's first recompute

shoot() { # name
  import -window root "$work/$1.png"
  convert "$work/$1.png" -strip -colors 256 -define png:compression-level=9 "$out/$1.png"
  echo "wrote packaging/screenshots/$1.png"
}
# The navigation list's rows from the top: Control tower, Items, Forecast, Segmentation, Policy, …
nav_x=60; nav_y=82; step=46
page() { # row
  xdotool mousemove "$nav_x" $((nav_y + $1 * step)) click 1
  sleep "${STOCKTOWER_SHOT_PAGE_WAIT:-12}"
}
shoot control-tower
page 2
shoot forecast
page 4
xdotool mousemove 240 491 click 1   # a smooth A item, so the explanation panel shows its formulas
sleep 5
shoot policy
