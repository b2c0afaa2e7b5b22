# Packages: .deb and .tar.gz on Linux, DragNDrop on macOS, ZIP/NSIS on Windows (cpack -G ...).
set(CPACK_PACKAGE_NAME "stocktower")
set(CPACK_PACKAGE_VENDOR "StockTower")
set(CPACK_PACKAGE_CONTACT "StockTower <support@stocktower.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Inventory planning and control tower for planners")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_README "${CMAKE_SOURCE_DIR}/README.md")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_GENERATOR "TGZ")
if(UNIX AND NOT APPLE)
  list(APPEND CPACK_GENERATOR "DEB")
  include(GNUInstallDirs)
  install(FILES ${CMAKE_SOURCE_DIR}/packaging/org.stocktower.StockTower.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${CMAKE_SOURCE_DIR}/packaging/org.stocktower.StockTower.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${CMAKE_SOURCE_DIR}/packaging/stocktower-mime.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME org.stocktower.StockTower.xml)
  if(EXISTS ${CMAKE_SOURCE_DIR}/resources/icons/stocktower.svg)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/stocktower.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME org.stocktower.StockTower.svg)
  endif()
elseif(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
elseif(WIN32)
  set(CPACK_GENERATOR "ZIP;NSIS")
endif()
include(CPack)
