# Installers: a .deb (and .tar.gz) on Linux, a DragNDrop .dmg on macOS, an NSIS installer (and a
# .zip) on Windows: `cpack -G DEB|TGZ|DragNDrop|NSIS|ZIP` in a Release build folder after building
# it (`scripts/package` does both for the .deb). Each system's own parts are in linux/, macos/
# and windows/ beside this file.
# Values reach the generators exactly as written here (quotes, backslashes, newlines).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME "stocktower")
set(CPACK_PACKAGE_VENDOR "StockTower")
set(CPACK_PACKAGE_CONTACT "StockTower team <support@stocktower.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Inventory planning and control tower for planners")
# The long description, wrapped for the Debian control file (lines under 80 columns).
string(CONCAT CPACK_PACKAGE_DESCRIPTION
       "StockTower helps inventory planners forecast demand per item and site,\n"
       "classify items (ABC/XYZ), set safety stock, reorder points and order\n"
       "quantities, compare what-if scenarios, check policies by simulation and act\n"
       "on a control tower of exceptions. Everything is kept in one local workspace\n"
       "file (.stdb) that exchanges CSV files with the ERP and the warehouse system;\n"
       "stocktower-cli runs the same work without a display.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "https://stocktower.example.org/")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "StockTower")
set(CPACK_PACKAGE_EXECUTABLES "stocktower;StockTower")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
set(CPACK_RESOURCE_FILE_README "${CMAKE_SOURCE_DIR}/README.md")
# Installed binaries lose their symbols (the build tree keeps them for debugging).
set(CPACK_STRIP_FILES ON)
# Folders the package creates are 0755 whatever the builder's umask.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(UNIX AND NOT APPLE)
  set(CPACK_GENERATOR "DEB;TGZ")
  include(${CMAKE_CURRENT_LIST_DIR}/linux/linux.cmake)
elseif(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
  include(${CMAKE_CURRENT_LIST_DIR}/macos/macos.cmake)
elseif(WIN32)
  set(CPACK_GENERATOR "NSIS;ZIP")
  include(${CMAKE_CURRENT_LIST_DIR}/windows/windows.cmake)
endif()
include(CPack)
