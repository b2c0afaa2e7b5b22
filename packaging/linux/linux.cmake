# The Linux desktop integration and the Debian package: desktop entry, icons, AppStream
# metainfo, the .stdb MIME type, man pages, copyright and changelog. Included by
# packaging/CPackConfig.cmake.
include(GNUInstallDirs)
set(_pkg_src ${CMAKE_SOURCE_DIR}/packaging)
set(_pkg_bin ${CMAKE_BINARY_DIR}/packaging)
set(_app_id org.stocktower.StockTower)
set(_doc_dir ${CMAKE_INSTALL_DATADIR}/doc/stocktower)
file(MAKE_DIRECTORY ${_pkg_bin})

# --- Debian package ------------------------------------------------------------------------------
# A Debian revision makes the package non-native, as a package built outside Debian is: the
# version reads 0.1.0-1 and the changelog is changelog.Debian.gz.
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
# Description: CPACK_PACKAGE_DESCRIPTION_SUMMARY is the synopsis, CPACK_PACKAGE_DESCRIPTION the rest.
# The shared libraries the binaries link (Qt, SQLite, OpenSSL, fmt, libstdc++, …) with their
# minimum versions, as dpkg-shlibdeps reads them from the binaries (needs dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# lintian notes (I:) that stay, on purpose: binary-has-unneeded-section .comment (CPack's strip
# keeps the compiler's version string, some bytes). The sanitizer test tree's package also shows
# hardening-no-bindnow and hardening-no-fortify-functions: Release builds have both (top-level
# CMakeLists.txt), Debug builds cannot fortify.
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
# What the binaries load at run time without linking it, which dpkg-shlibdeps cannot see:
# - libqt6svg6: the SVG image and icon-engine plugins; the window icon and every toolbar and
#   navigation icon are SVG resources, drawn blank without them.
# - fonts-dejavu-core: the weekly PDF report (GUI and `stocktower-cli report weekly --pdf`) lays
#   out and embeds the system's sans-serif font and draws ● ■ ◆ and − from it; fontconfig alone
#   would accept a font without those glyphs (fonts-urw-base35, …).
# - qt6-translations-l10n: Qt's own texts (standard buttons, file and print dialogs) in the
#   language chosen in Preferences; StockTower's own translations are compiled in.
# - fonts-dejavu-extra is only recommended: the report's notes are set in italics, which
#   fontconfig slants from the upright face when the oblique faces are missing.
# The X11 and offscreen platform plugins are in libqt6gui6 on Debian 12 (which dpkg-shlibdeps
# finds), so qt6-qpa-plugins (VNC, EGLFS, linuxfb only) is not needed: libqt6gui6 already
# recommends it. A native Wayland window needs qt6-wayland (else XWayland is used) and GNOME's
# file dialogs qt6-gtk-platformtheme: both recommended, as the app works without them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4), fonts-dejavu-core, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-gtk-platformtheme, fonts-dejavu-extra")

# --- Desktop entry, MIME type, metainfo ---------------------------------------------------------
install(FILES ${_pkg_src}/${_app_id}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_pkg_src}/${_app_id}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_pkg_src}/stocktower-mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${_app_id}.xml)

# --- Icons: the SVG, and PNGs rendered from it for desktops and menus that want fixed sizes -----
set(_icon_svg ${CMAKE_SOURCE_DIR}/resources/icons/stocktower.svg)
install(FILES ${_icon_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${_app_id}.svg)
find_program(STOCKTOWER_RSVG_CONVERT rsvg-convert)
if(STOCKTOWER_RSVG_CONVERT)
  set(_icon_pngs "")
  foreach(size 16 24 32 48 64 128 256 512)
    set(_png ${_pkg_bin}/icons/${size}x${size}/${_app_id}.png)
    add_custom_command(OUTPUT ${_png}
                       COMMAND ${CMAKE_COMMAND} -E make_directory ${_pkg_bin}/icons/${size}x${size}
                       COMMAND ${STOCKTOWER_RSVG_CONVERT} --width ${size} --height ${size} --keep-aspect-ratio
                               --output ${_png} ${_icon_svg}
                       DEPENDS ${_icon_svg}
                       COMMENT "Rendering the ${size}×${size} application icon" VERBATIM)
    list(APPEND _icon_pngs ${_png})
    install(FILES ${_png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
  add_custom_target(stocktower_icons ALL DEPENDS ${_icon_pngs})
else()
  message(WARNING "rsvg-convert (Debian: librsvg2-bin) not found: the package gets the scalable icon only")
endif()

# --- Man pages ------------------------------------------------------------------------------------
# stocktower-cli's is generated from its own --help (and each command's), so it cannot fall behind;
# packaging/linux/stocktower-cli.h2m adds exit status, files and examples. The GUI's is short and
# written by hand. Both are installed gzip -9n (no name or time stamp), as Debian wants them.
find_program(STOCKTOWER_HELP2MAN help2man)
find_program(STOCKTOWER_GZIP gzip)
set(_man_dir ${CMAKE_INSTALL_MANDIR}/man1)
if(STOCKTOWER_GZIP)
  add_custom_command(OUTPUT ${_pkg_bin}/stocktower.1.gz
                     COMMAND ${STOCKTOWER_GZIP} -9n -c ${_pkg_src}/linux/stocktower.1 > ${_pkg_bin}/stocktower.1.gz
                     DEPENDS ${_pkg_src}/linux/stocktower.1 VERBATIM)
  set(_man_outputs ${_pkg_bin}/stocktower.1.gz)
  install(FILES ${_pkg_bin}/stocktower.1.gz DESTINATION ${_man_dir})
  if(STOCKTOWER_HELP2MAN)
    add_custom_command(OUTPUT ${_pkg_bin}/stocktower-cli.1.gz
                       COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:stocktower-cli> -DHELP2MAN=${STOCKTOWER_HELP2MAN}
                               -DGZIP=${STOCKTOWER_GZIP} -DINCLUDE=${_pkg_src}/linux/stocktower-cli.h2m
                               -DOUT_DIR=${_pkg_bin} -P ${_pkg_src}/linux/make_cli_man_page.cmake
                       DEPENDS stocktower-cli ${_pkg_src}/linux/stocktower-cli.h2m
                               ${_pkg_src}/linux/make_cli_man_page.cmake
                       COMMENT "Writing the stocktower-cli man page from its --help" VERBATIM)
    list(APPEND _man_outputs ${_pkg_bin}/stocktower-cli.1.gz)
    install(FILES ${_pkg_bin}/stocktower-cli.1.gz DESTINATION ${_man_dir})
  else()
    message(WARNING "help2man not found: the package gets no stocktower-cli man page")
  endif()

  # --- Debian copyright and changelog -------------------------------------------------------------
  add_custom_command(OUTPUT ${_pkg_bin}/changelog.Debian.gz
                     COMMAND ${STOCKTOWER_GZIP} -9n -c ${_pkg_src}/linux/changelog.Debian > ${_pkg_bin}/changelog.Debian.gz
                     DEPENDS ${_pkg_src}/linux/changelog.Debian VERBATIM)
  list(APPEND _man_outputs ${_pkg_bin}/changelog.Debian.gz)
  install(FILES ${_pkg_bin}/changelog.Debian.gz DESTINATION ${_doc_dir})
  add_custom_target(stocktower_package_docs ALL DEPENDS ${_man_outputs})
endif()
install(FILES ${_pkg_src}/linux/copyright DESTINATION ${_doc_dir})
# lintian reads the package's own overrides from here; each one is explained in the file.
install(FILES ${_pkg_src}/linux/lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME stocktower)
