# macOS: StockTower.app with its icon and Info.plist (the .stdb document type), Qt frameworks and
# plugins deployed into the bundle at install time (macdeployqt), stocktower-cli inside the
# bundle, and a drag-to-Applications disk image (`cpack -G DragNDrop`). Included by
# packaging/CPackConfig.cmake. Written for Homebrew's Qt as in the README; not built on macOS by
# the project's CI.
set(_mac ${CMAKE_SOURCE_DIR}/packaging/macos)
if(TARGET stocktower)
  set_source_files_properties(${_mac}/stocktower.icns PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
  target_sources(stocktower PRIVATE ${_mac}/stocktower.icns)
  set_target_properties(stocktower PROPERTIES
    OUTPUT_NAME StockTower
    MACOSX_BUNDLE_INFO_PLIST ${_mac}/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME StockTower
    MACOSX_BUNDLE_GUI_IDENTIFIER org.stocktower.StockTower
    MACOSX_BUNDLE_ICON_FILE stocktower.icns
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "Copyright © 2026 the StockTower team. All rights reserved.")
  # Qt frameworks, plugins (cocoa, imageformats/qsvg, iconengines) and the non-Qt dylibs into
  # the bundle through macdeployqt, run by Qt's own deployment script at install time.
  # stocktower-cli sits in Contents/MacOS (app/CMakeLists.txt) and is deployed with it.
  if(COMMAND qt_generate_deploy_script)
    qt_generate_deploy_script(TARGET stocktower OUTPUT_SCRIPT _stocktower_deploy CONTENT "
      qt_deploy_runtime_dependencies(
        EXECUTABLE \"StockTower.app\"
        ADDITIONAL_EXECUTABLES \"StockTower.app/Contents/MacOS/stocktower-cli\"
        GENERATE_QT_CONF)")
    install(SCRIPT ${_stocktower_deploy})
  endif()
endif()
# Drag the app onto the Applications link in the disk image's window.
install(CODE [[
  execute_process(COMMAND ${CMAKE_COMMAND} -E create_symlink /Applications "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/Applications")
]])
set(CPACK_DMG_VOLUME_NAME "StockTower ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON ${_mac}/stocktower.icns)
