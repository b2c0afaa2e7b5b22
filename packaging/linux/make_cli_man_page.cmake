# Writes stocktower-cli.1.gz with help2man from the CLI's own --help, plus a COMMANDS section
# that lists every command and sub-command (`forecast show`, `kpi targets set`, …) with its
# one-line description, read from `stocktower-cli COMMAND --help` — so the page always matches
# the binary it documents.
#
#   cmake -DCLI=<stocktower-cli> -DHELP2MAN=<help2man> -DGZIP=<gzip> -DINCLUDE=<static .h2m>
#         -DOUT_DIR=<folder> -P make_cli_man_page.cmake
cmake_minimum_required(VERSION 3.25)
foreach(required CLI HELP2MAN GZIP INCLUDE OUT_DIR)
  if(NOT DEFINED ${required} OR "${${required}}" STREQUAL "")
    message(FATAL_ERROR "make_cli_man_page.cmake: -D${required}=... is required")
  endif()
endforeach()

# The "Subcommands:" block of one --help text as a list of "name|description".
function(subcommands_of out_var)
  execute_process(COMMAND "${CLI}" ${ARGN} --help OUTPUT_VARIABLE help RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "`stocktower-cli ${ARGN} --help` exited ${result}")
  endif()
  # CMake lists are ';'-separated: a description's own ';' travels as a placeholder.
  string(REPLACE ";" "@SEMICOLON@" help "${help}")
  string(REPLACE "\n" ";" lines "${help}")
  set(inside FALSE)
  set(found "")
  foreach(line IN LISTS lines)
    if(line MATCHES "^Subcommands:")
      set(inside TRUE)
    elseif(inside AND line MATCHES "^  ([^ ]+)( +(.*))?$")
      list(APPEND found "${CMAKE_MATCH_1}|${CMAKE_MATCH_3}")
    elseif(inside AND line MATCHES "^ +[^ ]" AND found)
      # A description CLI11 wrapped onto the next line belongs to the last command.
      list(POP_BACK found last)
      string(STRIP "${line}" more)
      list(APPEND found "${last} ${more}")
    elseif(inside)
      set(inside FALSE)
    endif()
  endforeach()
  set(${out_var} "${found}" PARENT_SCOPE)
endfunction()

function(roff_escape out_var text)
  string(REPLACE "@SEMICOLON@" ";" text "${text}")
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  if(text MATCHES "^[.']")
    set(text "\\&${text}")
  endif()
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

set(section "[COMMANDS]\n")
set(count 0)
# Depth-first: each command, then its own sub-commands (up to three words deep).
function(describe prefix)
  subcommands_of(entries ${prefix})
  foreach(entry IN LISTS entries)
    string(FIND "${entry}" "|" bar)
    string(SUBSTRING "${entry}" 0 ${bar} name)
    math(EXPR start "${bar} + 1")
    string(SUBSTRING "${entry}" ${start} -1 description)
    set(words ${prefix} ${name})
    list(JOIN words " " full)
    roff_escape(full_roff "${full}")
    roff_escape(description_roff "${description}")
    string(APPEND section ".TP\n\\fB${full_roff}\\fR\n${description_roff}\n")
    math(EXPR count "${count} + 1")
    set(section "${section}" PARENT_SCOPE)
    set(count ${count} PARENT_SCOPE)
    list(LENGTH words depth)
    if(depth LESS 3)
      describe("${words}")
      set(section "${section}" PARENT_SCOPE)
      set(count ${count} PARENT_SCOPE)
    endif()
  endforeach()
endfunction()
describe("")
if(count LESS 10)
  message(FATAL_ERROR "found only ${count} commands in `stocktower-cli --help`; has its format changed?")
endif()

file(WRITE "${OUT_DIR}/stocktower-cli-commands.h2m" "${section}")
execute_process(COMMAND "${HELP2MAN}" --no-info --section=1
                        "--name=StockTower's command line: workspaces, imports, exports and planning runs"
                        "--include=${OUT_DIR}/stocktower-cli-commands.h2m" "--include=${INCLUDE}"
                        "--output=${OUT_DIR}/stocktower-cli.1" "${CLI}"
                RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "help2man failed (${result}): ${errors}")
endif()
# help2man also copies --help's top-level "Subcommands:" list (and its exit-code footer) into
# OPTIONS; COMMANDS and EXIT STATUS say both in full, so that copy goes.
file(READ "${OUT_DIR}/stocktower-cli.1" page)
string(FIND "${page}" "\n.SS \"Subcommands:\"" from)
string(FIND "${page}" "\n.SH COMMANDS" to)
if(from EQUAL -1 OR to EQUAL -1 OR to LESS from)
  message(FATAL_ERROR "help2man's output has changed: no Subcommands subsection before COMMANDS")
endif()
string(SUBSTRING "${page}" 0 ${from} head)
string(SUBSTRING "${page}" ${to} -1 tail)
file(WRITE "${OUT_DIR}/stocktower-cli.1" "${head}${tail}")
execute_process(COMMAND "${GZIP}" -9n -f "${OUT_DIR}/stocktower-cli.1" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "gzip failed (${result})")
endif()
