# Runs one golden-file case of stocktower-cli and compares its transcript with the reference.
#
#   cmake -DCLI=<stocktower-cli> -DCASE=<name> -DSOURCE_DIR=<tests/cli> -DWORK_ROOT=<folder>
#         [-DSQLITE3=<sqlite3 shell>] [-DTRUNCATE=<truncate>] -P run_golden.cmake
#
# The case script cases/<name>.cmake runs commands in a fresh folder WORK_ROOT/<name> (with the
# fixtures copied to data/) through the helpers below. Each command's stdout, stderr (lines
# prefixed "! ") and exit code go into one transcript; the temporary folder becomes <TMP> and
# volatile text (timestamps, sha256, durations, file sizes, random file-name suffixes) becomes a
# placeholder. The transcript is compared with golden/<name>.txt.
#
# Re-baselining, on purpose only: with the environment variable STOCKTOWER_REBASELINE=1 the
# transcript is written to golden/<name>.txt instead of being compared, e.g.
#   STOCKTOWER_REBASELINE=1 ctest --test-dir build -L cli
# Review the change with `git diff tests/cli/golden` before committing it.
cmake_minimum_required(VERSION 3.25)

foreach(required CLI CASE SOURCE_DIR WORK_ROOT)
  if(NOT DEFINED ${required} OR "${${required}}" STREQUAL "")
    message(FATAL_ERROR "run_golden.cmake: -D${required}=... is required")
  endif()
endforeach()

set(CASE_FILE "${SOURCE_DIR}/cases/${CASE}.cmake")
set(GOLDEN "${SOURCE_DIR}/golden/${CASE}.txt")
set(WORK "${WORK_ROOT}/${CASE}")
set(ACTUAL "${WORK_ROOT}/${CASE}.actual.txt")
if(NOT EXISTS "${CASE_FILE}")
  message(FATAL_ERROR "No case script ${CASE_FILE}")
endif()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
file(REAL_PATH "${WORK}" WORK_REAL)
file(REMOVE "${ACTUAL}")
file(COPY "${SOURCE_DIR}/data/" DESTINATION "${WORK}/data")

# --- transcript helpers -------------------------------------------------------------------

# Replaces everything that changes from run to run or machine to machine.
function(_golden_normalise out text)
  string(REPLACE "${WORK_REAL}" "<TMP>" text "${text}")
  string(REPLACE "${WORK}" "<TMP>" text "${text}")
  string(REPLACE "${SOURCE_DIR}" "<SRC>" text "${text}")
  string(REPEAT "[0-9a-f]" 64 sha)
  string(REGEX REPLACE "${sha}" "<SHA256>" text "${text}")
  string(REGEX REPLACE "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z"
                       "<TIMESTAMP>" text "${text}")
  string(REGEX REPLACE "\"file_bytes\": [0-9]+" "\"file_bytes\": <BYTES>" text "${text}")
  string(REGEX REPLACE "Size( +)[0-9.]+ MB" "Size\\1<SIZE>" text "${text}")
  string(REGEX REPLACE "\"seconds\": [0-9.e+-]+" "\"seconds\": <SECONDS>" text "${text}")
  string(REGEX REPLACE " in [0-9.]+ s\n" " in <SECONDS> s\n" text "${text}")
  string(REGEX REPLACE "seconds( +)[0-9.]+ \\(read [0-9.]+, fit [0-9.]+, write [0-9.]+\\)"
                       "seconds\\1<SECONDS>" text "${text}")
  string(REGEX REPLACE "\"(read|fit|write|total)\": [0-9.e+-]+" "\"\\1\": <SECONDS>" text "${text}")
  string(REGEX REPLACE "\\.tmp-[0-9a-zA-Z]+" ".tmp-<RANDOM>" text "${text}")
  string(REGEX REPLACE "\\.creating-[0-9]+" ".creating-<RANDOM>" text "${text}")
  # Trailing blanks are invisible in the golden files and editors strip them.
  string(REGEX REPLACE "[ \t]+\n" "\n" text "${text}")
  string(REGEX REPLACE "[ \t]+$" "" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(_golden_append text)
  file(APPEND "${ACTUAL}" "${text}")
endfunction()

# "a b 'c d'": the command as a person would type it.
function(_golden_command_line out)
  set(line "")
  foreach(arg IN LISTS ARGN)
    if(arg STREQUAL "SEMICOLON")
      set(arg ";")
    endif()
    if(arg STREQUAL "" OR arg MATCHES "[ ;|'\"*?<>&$]")
      string(REPLACE "'" "'\\''" arg "${arg}")
      set(arg "'${arg}'")
    endif()
    string(APPEND line " ${arg}")
  endforeach()
  string(STRIP "${line}" line)
  _golden_normalise(line "${line}")
  set(${out} "${line}" PARENT_SCOPE)
endfunction()

# CMake lists cannot hold a lone ';' argument: cases write SEMICOLON for it.
function(_golden_arguments out)
  set(args "")
  foreach(arg IN LISTS ARGN)
    if(arg STREQUAL "SEMICOLON")
      list(APPEND args "\\;")
    else()
      list(APPEND args "${arg}")
    endif()
  endforeach()
  set(${out} "${args}" PARENT_SCOPE)
endfunction()

function(_golden_run display_name stdout_var quiet)
  _golden_arguments(args ${ARGN})
  list(POP_FRONT ARGN program) # shown by display_name
  _golden_command_line(line ${ARGN})
  execute_process(COMMAND ${args}
                  WORKING_DIRECTORY "${WORK}"
                  OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr RESULT_VARIABLE result)
  _golden_normalise(stdout "${stdout}")
  _golden_normalise(stderr "${stderr}")
  set(text "$ ${display_name} ${line}\n")
  if(quiet AND result EQUAL 0)
    set(stdout "")
    set(stderr "")
  endif()
  if(NOT stdout STREQUAL "")
    string(REGEX REPLACE "\n$" "" body "${stdout}")
    string(APPEND text "${body}\n")
  endif()
  if(NOT stderr STREQUAL "")
    string(REGEX REPLACE "\n$" "" body "${stderr}")
    string(REPLACE "\n" "\n! " body "${body}")
    string(APPEND text "! ${body}\n")
  endif()
  string(APPEND text "[exit ${result}]\n\n")
  _golden_append("${text}")
  if(stdout_var)
    set(${stdout_var} "${stdout}" PARENT_SCOPE)
  endif()
endfunction()

# --- helpers for case scripts -------------------------------------------------------------

# A heading in the transcript.
function(section title)
  _golden_append("## ${title}\n\n")
endfunction()

# Runs stocktower-cli with the given arguments (in the work folder).
function(cli)
  _golden_run("stocktower-cli" "" FALSE "${CLI}" ${ARGN})
endfunction()

# Like cli(), but records only the exit code when it is 0: for steps whose output another case
# pins already (the output is shown when the step fails).
function(cli_status)
  _golden_run("stocktower-cli" "" TRUE "${CLI}" ${ARGN})
endfunction()

# Like cli(), and keeps the normalised stdout in <var> for expect_same().
function(cli_keep var)
  _golden_run("stocktower-cli" out FALSE "${CLI}" ${ARGN})
  set(${var} "${out}" PARENT_SCOPE)
endfunction()

# Runs another program (sqlite3, truncate) to prepare a file; shown under its own name.
function(tool program)
  get_filename_component(name "${program}" NAME_WE)
  _golden_run("${name}" "" FALSE "${program}" ${ARGN})
endfunction()

# Records whether two kept outputs are identical (e.g. `info --json` before and after).
function(expect_same what first second)
  if("${${first}}" STREQUAL "${${second}}")
    _golden_append("= ${what}: same\n\n")
  else()
    _golden_append("= ${what}: DIFFERENT\n\n")
  endif()
endfunction()

# Records whether two files (relative to the work folder) are equal byte for byte.
function(expect_files_equal first second)
  execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${first}" "${second}"
                  WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE different OUTPUT_QUIET ERROR_QUIET)
  if(different)
    _golden_append("= ${first} and ${second}: DIFFERENT\n")
  else()
    _golden_append("= ${first} and ${second}: equal\n")
  endif()
endfunction()

# Copies the contents of a file (relative to the work folder) into the transcript, as is.
function(show_file path)
  if(NOT EXISTS "${WORK}/${path}")
    _golden_append("--- ${path}: does not exist\n\n")
    return()
  endif()
  file(READ "${WORK}/${path}" content)
  string(REPLACE "${WORK}" "<TMP>" content "${content}")
  _golden_append("--- ${path}\n${content}--- end of ${path}\n\n")
endfunction()

# The first bytes of a file in hex (a byte order mark, say).
function(show_first_bytes path count)
  file(READ "${WORK}/${path}" bytes LIMIT ${count} HEX)
  _golden_append("= ${path} starts with bytes ${bytes}\n\n")
endfunction()

# Whether a file exists (relative to the work folder).
function(show_exists path)
  if(EXISTS "${WORK}/${path}")
    _golden_append("= ${path}: exists\n\n")
  else()
    _golden_append("= ${path}: does not exist\n\n")
  endif()
endfunction()

# Cuts a file to half its size (a workspace damaged by a failed copy).
function(truncate_to_half path)
  file(SIZE "${WORK}/${path}" bytes)
  math(EXPR half "${bytes} / 2")
  execute_process(COMMAND "${TRUNCATE}" -s "${half}" "${WORK}/${path}" RESULT_VARIABLE result)
  if(result)
    message(FATAL_ERROR "truncate failed: ${result}")
  endif()
  _golden_append("= ${path} cut to half its size\n\n")
endfunction()

# Creates a folder inside the work folder (exports do not create folders).
function(make_folder path)
  file(MAKE_DIRECTORY "${WORK}/${path}")
endfunction()

# Skips the case (CTest reports it as skipped) when something it needs is missing.
macro(skip_case reason)
  message(STATUS "STOCKTOWER-SKIP: ${reason}")
  set(GOLDEN_SKIPPED TRUE)
  return()
endmacro()

# Copies a file inside the work folder without showing it.
function(copy_file from to)
  file(COPY_FILE "${WORK}/${from}" "${WORK}/${to}")
endfunction()

# --- run the case ---------------------------------------------------------------------------

file(WRITE "${ACTUAL}" "# Golden transcript of tests/cli/cases/${CASE}.cmake (see tests/cli/README.md)\n\n")
set(GOLDEN_SKIPPED FALSE)
include("${CASE_FILE}")
if(GOLDEN_SKIPPED)
  return()
endif()
file(READ "${ACTUAL}" transcript)

if("$ENV{STOCKTOWER_REBASELINE}" STREQUAL "1")
  file(WRITE "${GOLDEN}" "${transcript}")
  message(STATUS "Re-baselined ${GOLDEN}")
  file(REMOVE_RECURSE "${WORK}")
  return()
endif()

if(NOT EXISTS "${GOLDEN}")
  message(FATAL_ERROR "No golden file ${GOLDEN}; the transcript is in ${ACTUAL}. "
                      "Run with STOCKTOWER_REBASELINE=1 to create it.")
endif()
file(READ "${GOLDEN}" expected)
# Golden files checked out with CRLF line ends (Windows) compare equal.
string(REPLACE "\r\n" "\n" expected "${expected}")
if(NOT transcript STREQUAL expected)
  find_program(DIFF_PROGRAM diff)
  if(DIFF_PROGRAM)
    execute_process(COMMAND "${DIFF_PROGRAM}" -u "${GOLDEN}" "${ACTUAL}")
  endif()
  message(FATAL_ERROR "The transcript of '${CASE}' differs from ${GOLDEN}\n"
                      "(actual: ${ACTUAL}, work folder: ${WORK}).\n"
                      "If the change is intended, re-baseline with STOCKTOWER_REBASELINE=1.")
endif()
file(REMOVE_RECURSE "${WORK}")
message(STATUS "${CASE}: transcript matches ${GOLDEN}")
