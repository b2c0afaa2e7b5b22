# Debian/Ubuntu packages StockTower needs; sourced by scripts/run and scripts/test.
# Installs only what is missing, as root or through sudo. Only hard dependencies of these come
# along (--no-install-recommends): scripts/dependency_check.py, run by scripts/test, fails when
# the build, the tests or the running app use a package that these lists do not bring.

STOCKTOWER_BUILD_PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libgl-dev qt6-gtk-platformtheme
  # Qt6Charts' CMake package needs Qt6OpenGL's, which qt6-base-dev only recommends.
  libqt6opengl6-dev
  libsqlite3-dev sqlite3 libssl-dev
  libboost-dev libboost-graph-dev libboost-math-dev
  libfmt-dev nlohmann-json3-dev libcli11-dev libhowardhinnant-date-dev
  librsvg2-bin help2man  # the PNG icons and the stocktower-cli man page are made at build time
)
STOCKTOWER_TEST_PACKAGES=(
  libgtest-dev libgmock-dev libbenchmark-dev node-csv-spectrum
  clang libclang-rt-14-dev
  xvfb xauth poppler-utils
  lintian desktop-file-utils appstream shared-mime-info libglib2.0-bin  # the package tests (label package)
  # The dependency check: its script and the trace of what the running app opens.
  python3 strace
)
# What the app needs when it runs, beyond the libraries it links (which the build packages
# bring; the X11 platform plugin is part of libqt6gui6): Qt's own translations for standard
# dialogs, the SVG icon engine, and fonts for the screen and the PDF report (the report's notes
# are set in italics: DejaVu's oblique faces are in fonts-dejavu-extra).
STOCKTOWER_RUNTIME_PACKAGES=(
  qt6-translations-l10n libqt6svg6 fonts-dejavu-core fonts-dejavu-extra
)
# scripts/package: the validators it runs on the .deb (dpkg-shlibdeps comes with build-essential).
STOCKTOWER_PACKAGE_PACKAGES=(lintian desktop-file-utils appstream)

install_missing_packages() {
  local missing=()
  local package
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  STOCKTOWER_PACKAGES_CHECKED=$#
  STOCKTOWER_PACKAGES_INSTALLED=${#missing[@]}
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

# One line for the step's end: how many packages were checked and installed.
packages_summary() {
  if [ "${STOCKTOWER_PACKAGES_INSTALLED:-0}" -gt 0 ]; then
    echo "installed ${STOCKTOWER_PACKAGES_INSTALLED} of ${STOCKTOWER_PACKAGES_CHECKED} packages"
  else
    echo "all ${STOCKTOWER_PACKAGES_CHECKED:-0} packages present"
  fi
}
