# Workspace, export, import and backup paths with non-ASCII characters round-trip through the CLI
# and the core (util/file_system on every platform; on Windows the manifest's UTF-8 code page
# brings the arguments in as UTF-8): German, Greek and CJK folder and file names.
#
#   cmake -DCLI=<stocktower-cli> -DWORK=<folder> [-DSQLITE3=<sqlite3>] -P check_unicode_paths.cmake
#
# Oracle: the demo is asked for 20 items; every copy made through these paths holds 20 items,
# and each file exists under exactly the name it was given.
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${WORK}")
set(cologne "${WORK}/Lager Köln")
set(greek "${WORK}/Αποθήκη Αθήνα")
set(cjk "${WORK}/倉庫 東京")
file(MAKE_DIRECTORY "${cologne}" "${greek}" "${cjk}")
set(failures "")

function(cli out_var)
  execute_process(COMMAND "${CLI}" ${ARGN} -q OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "stocktower-cli ${ARGN} exited ${result}:\n${stderr}")
  endif()
  set(${out_var} "${stdout}" PARENT_SCOPE)
endfunction()

function(expect_items path)
  cli(info info -w "${path}" --json)
  string(JSON items ERROR_VARIABLE error GET "${info}" tables items rows)
  if(error OR NOT items EQUAL 20)
    message(FATAL_ERROR "${path}: ${items} items instead of 20 (${error})\n${info}")
  endif()
endfunction()

function(expect_names folder)
  file(GLOB present RELATIVE "${folder}" "${folder}/*")
  list(SORT present)
  set(wanted ${ARGN})
  list(SORT wanted)
  if(NOT present STREQUAL wanted)
    message(FATAL_ERROR "${folder} holds [${present}], expected [${wanted}]")
  endif()
endfunction()

set(workspace "${cologne}/ü €.stdb")
cli(ignored demo --out "${workspace}" --items 20 --sites 1 --years 1 --seed 7)
expect_items("${workspace}")

cli(ignored export sites "${cjk}/Standorte ü.csv" -w "${workspace}")
cli(ignored export items "${cjk}/品目 Κατάλογος.csv" -w "${workspace}")
expect_names("${cjk}" "Standorte ü.csv" "品目 Κατάλογος.csv")

set(copy "${greek}/Αθήνα.stdb")
cli(ignored init -w "${copy}")
cli(ignored import sites "${cjk}/Standorte ü.csv" -w "${copy}")
cli(ignored import items "${cjk}/品目 Κατάλογος.csv" -w "${copy}")
expect_items("${copy}")

cli(ignored backup "${cjk}/バックアップ.stdb" -w "${workspace}")
expect_items("${cjk}/バックアップ.stdb")
expect_names("${cjk}" "Standorte ü.csv" "品目 Κατάλογος.csv" "バックアップ.stdb")
# The import log keeps each file's own name.
if(SQLITE3)
  execute_process(COMMAND "${SQLITE3}" "${copy}" "SELECT file_name FROM import_log ORDER BY import_id"
                  OUTPUT_VARIABLE names RESULT_VARIABLE result)
  if(NOT result EQUAL 0 OR NOT names STREQUAL "Standorte ü.csv\n品目 Κατάλογος.csv\n")
    message(FATAL_ERROR "the import log of ${copy} names [${names}] (sqlite3 exit ${result})")
  endif()
endif()
message(STATUS "non-ASCII paths ok")
