# Debian/Ubuntu packages StockTower needs; sourced by scripts/run and scripts/test.
# Installs only what is missing, as root or through sudo.

STOCKTOWER_BUILD_PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libgl-dev qt6-gtk-platformtheme
  qt6-translations-l10n  # Qt's own dialogs and buttons in the chosen language
  libsqlite3-dev sqlite3 libssl-dev
  libboost-dev libboost-graph-dev libboost-math-dev
  libfmt-dev nlohmann-json3-dev libcli11-dev libhowardhinnant-date-dev
)
STOCKTOWER_TEST_PACKAGES=(
  libgtest-dev libgmock-dev libbenchmark-dev node-csv-spectrum
  clang libclang-rt-14-dev
  xvfb xauth poppler-utils
)

install_missing_packages() {
  local missing=()
  local package
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing packages: ${missing[*]}" >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      echo "error: missing packages (${missing[*]}) and not root; install them and retry." >&2
      return 1
    fi
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}
