#!/usr/bin/env bash
# Retakes the AppStream screenshots in this folder: StockTower on the demo workspace (2 sites,
# 2,000 items, 3 years, with a forecast run) under Xvfb at 1366×768, saved as small PNGs.
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
"$build/app/stocktower-cli" demo --out "$workspace" -q
"$build/app/stocktower-cli" forecast -w "$workspace" -q >/dev/null

Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp &
xvfb=$!
export DISPLAY="$display"
sleep 2
"$build/app/stocktower" "$workspace" &
app=$!

window=""
for _ in $(seq 60); do
  window="$(xdotool search --name 'StockTower' 2>/dev/null | head -1 || true)"
  [ -n "$window" ] && break
  sleep 1
done
[ -n "$window" ] || { echo "StockTower did not show a window" >&2; exit 1; }
xdotool windowmove "$window" 0 0 windowsize "$window" 1366 768
sleep "${STOCKTOWER_SHOT_WAIT:-20}"   # opening, the control tower's first recompute

shoot() { # name
  import -window root "$work/$1.png"
  convert "$work/$1.png" -strip -colors 256 -define png:compression-level=9 "$out/$1.png"
  echo "wrote packaging/screenshots/$1.png"
}
# The navigation list's rows (left edge, from the top): Control tower, Items, Forecast,
# Segmentation, Policy, … — STOCKTOWER_NAV_Y gives the first row's centre, STOCKTOWER_NAV_STEP the pitch.
nav_x="${STOCKTOWER_NAV_X:-60}"; nav_y="${STOCKTOWER_NAV_Y:-70}"; step="${STOCKTOWER_NAV_STEP:-34}"
page() { # row
  xdotool mousemove "$nav_x" $((nav_y + $1 * step)) click 1
  sleep "${STOCKTOWER_SHOT_PAGE_WAIT:-12}"
}
shoot control-tower
page 2
shoot forecast
page 4
shoot policy
