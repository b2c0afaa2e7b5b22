# Windows: the executables' icon, version information and UTF-8 manifest; Qt and the other DLLs
# deployed beside them at install time; an NSIS installer with a Start menu entry and the .stdb
# file association (`cpack -G NSIS`, needs NSIS 3 on PATH), and a .zip (`cpack -G ZIP`).
# Included by packaging/CPackConfig.cmake. Written for MSVC + vcpkg as in the README; not built
# on Windows by the project's CI.
set(_win ${CMAKE_SOURCE_DIR}/packaging/windows)
set(STOCKTOWER_ICO ${_win}/stocktower.ico)
configure_file(${_win}/stocktower.rc.in ${CMAKE_BINARY_DIR}/packaging/stocktower.rc @ONLY)
foreach(target stocktower stocktower-cli)
  if(TARGET ${target})
    # A .manifest source is embedded by the MSVC linker (CMake merges it with its own).
    target_sources(${target} PRIVATE ${CMAKE_BINARY_DIR}/packaging/stocktower.rc ${_win}/stocktower.manifest)
  endif()
endforeach()

# Qt's DLLs, plugins (platforms/qwindows, imageformats/qsvg, iconengines, printsupport) and
# translations through windeployqt, run by Qt's own deployment script at install time.
# stocktower-cli draws the PDF report with Qt Gui, so it is deployed with the GUI.
if(TARGET stocktower AND COMMAND qt_generate_deploy_script)
  qt_generate_deploy_script(TARGET stocktower OUTPUT_SCRIPT _stocktower_deploy CONTENT "
    qt_deploy_runtime_dependencies(
      EXECUTABLE \"bin/$<TARGET_FILE_NAME:stocktower>\"
      ADDITIONAL_EXECUTABLES \"bin/$<TARGET_FILE_NAME:stocktower-cli>\"
      GENERATE_QT_CONF)")
  install(SCRIPT ${_stocktower_deploy})
endif()
# The other DLLs (SQLite, fmt, date-tz, OpenSSL's libcrypto from vcpkg) that vcpkg copied next to
# the executables in the build tree; Qt's are left to windeployqt, the system's stay where they are.
install(CODE [[
  file(GET_RUNTIME_DEPENDENCIES
       EXECUTABLES "$<TARGET_FILE:stocktower-cli>" "$<$<TARGET_EXISTS:stocktower>:$<TARGET_FILE:stocktower>>"
       DIRECTORIES "$<TARGET_FILE_DIR:stocktower-cli>"
       RESOLVED_DEPENDENCIES_VAR _deps UNRESOLVED_DEPENDENCIES_VAR _missing
       PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6"
       POST_EXCLUDE_REGEXES "[Ss]ystem32" "[Ww]in[Ss]x[Ss]")
  if(_missing)
    message(WARNING "DLLs not found for the installer: ${_missing}")
  endif()
  file(INSTALL ${_deps} DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
]])

# --- NSIS installer ------------------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "StockTower")
set(CPACK_NSIS_DISPLAY_NAME "StockTower ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${STOCKTOWER_ICO})
set(CPACK_NSIS_MUI_UNIICON ${STOCKTOWER_ICO})
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\stocktower.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "support@stocktower.example.org")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Offers to put bin\ on PATH, for stocktower-cli in scripts and scheduled tasks.
set(CPACK_NSIS_MODIFY_PATH ON)
# Start menu: CPACK_PACKAGE_EXECUTABLES (stocktower → "StockTower") makes the shortcut.
set(CPACK_NSIS_MENU_LINKS "https://stocktower.example.org/" "StockTower web site")
# Double-clicking a .stdb opens it: a ProgID with the icon and an open command taking the file,
# and Explorer told that associations changed (SHCNE_ASSOCCHANGED).
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKCR ".stdb" "" "StockTower.Workspace"
  WriteRegStr HKCR ".stdb" "Content Type" "application/x-stocktower-workspace"
  WriteRegStr HKCR "StockTower.Workspace" "" "StockTower workspace"
  WriteRegStr HKCR "StockTower.Workspace\DefaultIcon" "" "$INSTDIR\bin\stocktower.exe,0"
  WriteRegStr HKCR "StockTower.Workspace\shell\open\command" "" '"$INSTDIR\bin\stocktower.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  ReadRegStr $0 HKCR ".stdb" ""
  StrCmp $0 "StockTower.Workspace" 0 +2
  DeleteRegKey HKCR ".stdb"
  DeleteRegKey HKCR "StockTower.Workspace"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
