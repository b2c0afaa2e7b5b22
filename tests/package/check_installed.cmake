# Unpacks the package test's .deb into a temporary root and checks what a user would get:
# - the files (programs, desktop entry, metainfo, MIME type, icons at their sizes, man pages,
#   copyright, changelog) and the control fields (computed and added dependencies);
# - stocktower-cli from the root: a 50-item demo workspace, then `info` counts 50 items;
# - stocktower from the root, offscreen, opening that workspace and quitting by itself; its
#   settings then name the workspace as the last one opened;
# - the MIME type as a desktop reads it (update-mime-database + gio): a workspace is recognised
#   by its content even without the .stdb suffix, a plain SQLite file is not; and the desktop
#   entry is the application registered for it (what a double-click starts).
#
#   cmake -DWORK=<folder with the .deb> -DDPKG_DEB=<dpkg-deb> -DSOURCE_DIR=<source> -P check_installed.cmake
cmake_minimum_required(VERSION 3.25)
if(NOT DPKG_DEB)
  message(STATUS "STOCKTOWER-SKIP: dpkg-deb is not installed (not a Debian system)")
  return()
endif()
file(GLOB deb "${WORK}/stocktower_*.deb")
if(NOT deb)
  message(FATAL_ERROR "no .deb in ${WORK}: package.build did not make one")
endif()
set(root "${WORK}/root")
set(tmp "${WORK}/run")
file(REMOVE_RECURSE "${root}" "${tmp}")
file(MAKE_DIRECTORY "${root}" "${tmp}")
set(failures "")
macro(fail message)
  list(APPEND failures "${message}")
endmacro()

execute_process(COMMAND "${DPKG_DEB}" -x "${deb}" "${root}" RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "dpkg-deb -x failed: ${errors}")
endif()

# --- Files ------------------------------------------------------------------------------------------
set(id org.stocktower.StockTower)
set(expected
    usr/bin/stocktower usr/bin/stocktower-cli
    usr/share/applications/${id}.desktop
    usr/share/metainfo/${id}.metainfo.xml
    usr/share/mime/packages/${id}.xml
    usr/share/icons/hicolor/scalable/apps/${id}.svg
    usr/share/man/man1/stocktower.1.gz usr/share/man/man1/stocktower-cli.1.gz
    usr/share/doc/stocktower/copyright usr/share/doc/stocktower/changelog.Debian.gz)
foreach(size 16 24 32 48 64 128 256 512)
  list(APPEND expected usr/share/icons/hicolor/${size}x${size}/apps/${id}.png)
endforeach()
foreach(file IN LISTS expected)
  if(NOT EXISTS "${root}/${file}")
    fail("missing from the package: /${file}")
  endif()
endforeach()
foreach(program stocktower stocktower-cli)
  if(EXISTS "${root}/usr/bin/${program}" AND NOT IS_DIRECTORY "${root}/usr/bin/${program}")
    file(READ "${root}/usr/bin/${program}" magic LIMIT 4 HEX)
    if(NOT magic STREQUAL "7f454c46")
      fail("/usr/bin/${program} is not an ELF program")
    endif()
  endif()
endforeach()

# Each PNG is a PNG of its size: width and height from the IHDR chunk (bytes 16–23).
foreach(size 16 24 32 48 64 128 256 512)
  set(png "${root}/usr/share/icons/hicolor/${size}x${size}/apps/${id}.png")
  if(EXISTS "${png}")
    file(READ "${png}" signature LIMIT 8 HEX)
    file(READ "${png}" dimensions OFFSET 16 LIMIT 8 HEX)
    string(SUBSTRING "${dimensions}" 0 8 width_hex)
    string(SUBSTRING "${dimensions}" 8 8 height_hex)
    math(EXPR width "0x${width_hex}")
    math(EXPR height "0x${height_hex}")
    if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT width EQUAL size OR NOT height EQUAL size)
      fail("${size}x${size} icon: signature ${signature}, ${width}×${height}")
    endif()
  endif()
endforeach()

# Man pages: stocktower-cli's names every command the README documents, and has the sections
# a man page reader looks for.
find_program(GZIP gzip)
set(cli_page "${root}/usr/share/man/man1/stocktower-cli.1.gz")
if(GZIP AND EXISTS "${cli_page}")
  execute_process(COMMAND "${GZIP}" -dc "${cli_page}" OUTPUT_VARIABLE page RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    fail("stocktower-cli.1.gz is not gzip")
  endif()
  foreach(command init demo import export info check upgrade backup templates settings forecast
                  "forecast show" "forecast override" "forecast export" kpi "kpi scorecard" "kpi targets"
                  report "report weekly" calc "calc safety-stock" segment policy scenario "scenario compare"
                  simulate)
    string(REPLACE "-" "\\-" roff "${command}")
    string(FIND "${page}" "\\fB${roff}\\fR" at)
    if(at EQUAL -1)
      fail("the stocktower-cli man page lists no command '${command}'")
    endif()
  endforeach()
  foreach(section "EXIT STATUS" FILES EXAMPLES "SEE ALSO" OPTIONS)
    if(NOT page MATCHES "\n\\.SH \"?${section}\"?\n")
      fail("the stocktower-cli man page has no ${section} section")
    endif()
  endforeach()
endif()
set(changelog "${root}/usr/share/doc/stocktower/changelog.Debian.gz")
if(GZIP AND EXISTS "${changelog}")
  execute_process(COMMAND "${GZIP}" -dc "${changelog}" OUTPUT_VARIABLE text)
  if(NOT text MATCHES "^stocktower \\(0\\.1\\.0-1\\)")
    fail("changelog.Debian.gz does not start with 'stocktower (0.1.0-1)'")
  endif()
endif()

# --- Control fields: computed dependencies (dpkg-shlibdeps) plus the run-time ones it cannot see.
execute_process(COMMAND "${DPKG_DEB}" -f "${deb}" Package Version Depends Recommends OUTPUT_VARIABLE control)
message(STATUS "control fields:\n${control}")
if(NOT control MATCHES "Package: stocktower\n" OR NOT control MATCHES "Version: 0\\.1\\.0-1\n")
  fail("package name or version wrong: ${control}")
endif()
foreach(dependency libqt6widgets6 libqt6charts6 libsqlite3-0 libfmt9 libssl3 libstdc\\+\\+6 libqt6svg6 fonts-dejavu-core qt6-translations-l10n)
  if(NOT control MATCHES "Depends:[^\n]*${dependency}")
    fail("Depends lacks ${dependency}")
  endif()
endforeach()
if(NOT control MATCHES "libqt6core6 \\(>= 6")
  fail("Depends has no computed minimum version for libqt6core6")
endif()

# --- The CLI from the package ----------------------------------------------------------------------
set(cli "${root}/usr/bin/stocktower-cli")
set(workspace "${tmp}/Lager Köln/demo.stdb")
file(MAKE_DIRECTORY "${tmp}/Lager Köln")
execute_process(COMMAND "${cli}" demo --out "${workspace}" --items 50 --sites 1 --years 1 -q
                RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "stocktower-cli demo from the package failed (${result}): ${errors}")
endif()
execute_process(COMMAND "${cli}" info -w "${workspace}" --json
                RESULT_VARIABLE result OUTPUT_VARIABLE info ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  fail("stocktower-cli info failed (${result}): ${errors}")
else()
  string(JSON items ERROR_VARIABLE json_error GET "${info}" tables items rows)
  if(json_error OR NOT items EQUAL 50)
    fail("info reports ${items} items, expected the 50 the demo was asked for (${json_error}):\n${info}")
  endif()
endif()

# --- The GUI from the package, offscreen, with settings of its own ----------------------------------
set(gui_env QT_QPA_PLATFORM=offscreen "XDG_CONFIG_HOME=${tmp}/config" "XDG_DATA_HOME=${tmp}/data"
            "XDG_CACHE_HOME=${tmp}/cache")
execute_process(COMMAND "${CMAKE_COMMAND}" -E env ${gui_env}
                        "${root}/usr/bin/stocktower" --quit-after-ms 500 "${workspace}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors TIMEOUT 300)
if(NOT result EQUAL 0)
  fail("stocktower from the package exited '${result}' instead of quitting after opening the workspace:\n${output}${errors}")
else()
  file(GLOB_RECURSE settings_files "${tmp}/config/*.conf")
  set(remembered FALSE)
  foreach(settings_file IN LISTS settings_files)
    file(READ "${settings_file}" settings)
    string(FIND "${settings}" "demo.stdb" at)
    if(NOT at EQUAL -1)
      set(remembered TRUE)
    endif()
  endforeach()
  if(NOT remembered)
    fail("after the GUI ran, its settings (${settings_files}) do not name the workspace it was to open")
  endif()
endif()

# --- MIME type and desktop entry as a desktop reads them ---------------------------------------------
find_program(UPDATE_MIME_DATABASE update-mime-database)
find_program(UPDATE_DESKTOP_DATABASE update-desktop-database)
find_program(GIO gio)
find_program(SQLITE3 sqlite3)
if(UPDATE_MIME_DATABASE AND UPDATE_DESKTOP_DATABASE AND GIO AND SQLITE3)
  set(share "${root}/usr/share")
  execute_process(COMMAND "${UPDATE_MIME_DATABASE}" "${share}/mime" RESULT_VARIABLE result ERROR_VARIABLE errors)
  if(NOT result EQUAL 0)
    fail("update-mime-database rejected the MIME type: ${errors}")
  endif()
  execute_process(COMMAND "${UPDATE_DESKTOP_DATABASE}" "${share}/applications" RESULT_VARIABLE result ERROR_VARIABLE errors)
  if(NOT result EQUAL 0)
    fail("update-desktop-database rejected the desktop entry: ${errors}")
  endif()
  file(COPY_FILE "${workspace}" "${tmp}/renamed.db")
  execute_process(COMMAND "${SQLITE3}" "${tmp}/plain.db" "CREATE TABLE t(x)")
  # PATH: the entry's TryExec=stocktower must find the program, as it would in /usr/bin.
  set(desktop_env "XDG_DATA_DIRS=${share}:/usr/share" "XDG_DATA_HOME=${tmp}/data" "XDG_CONFIG_HOME=${tmp}/config"
                  "PATH=${root}/usr/bin:$ENV{PATH}")
  foreach(case "demo.stdb|${workspace}|application/x-stocktower-workspace"
               "renamed.db|${tmp}/renamed.db|application/x-stocktower-workspace"
               "plain.db|${tmp}/plain.db|application/vnd.sqlite3")
    string(REPLACE "|" ";" case "${case}")
    list(GET case 0 name)
    list(GET case 1 file)
    list(GET case 2 type)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E env ${desktop_env} "${GIO}" info -a standard::content-type "${file}"
                    OUTPUT_VARIABLE described)
    if(NOT described MATCHES "standard::content-type: ${type}\n")
      fail("${name} is not recognised as ${type}:\n${described}")
    endif()
  endforeach()
  execute_process(COMMAND "${CMAKE_COMMAND}" -E env ${desktop_env} "${GIO}" mime application/x-stocktower-workspace
                  OUTPUT_VARIABLE handlers)
  if(NOT handlers MATCHES "${id}\\.desktop")
    fail("no application is registered for application/x-stocktower-workspace:\n${handlers}")
  endif()
else()
  message(STATUS "MIME and desktop checks skipped: update-mime-database (shared-mime-info), "
                 "update-desktop-database (desktop-file-utils), gio (libglib2.0-bin) and sqlite3 are needed")
endif()

if(failures)
  list(JOIN failures "\n  " text)
  message(FATAL_ERROR "package check failed:\n  ${text}")
endif()
# The unpacked sanitizer binaries take some hundred megabytes; a failure keeps them to look at.
file(REMOVE_RECURSE "${root}" "${tmp}")
message(STATUS "package ok: ${deb}")
