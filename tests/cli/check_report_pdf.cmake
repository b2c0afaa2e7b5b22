# The weekly KPI report as a PDF from the headless CLI (offscreen, no display): one landscape page
# on A4 and on Letter, with the site, the ISO week, KPI names, footnotes and an exception row in its
# text; written atomically (no temporary file left, nothing written into a missing folder).
#
#   cmake -DCLI=<stocktower-cli> -DWORK=<folder> -DPDFINFO=<pdfinfo> -DPDFTOTEXT=<pdftotext> -P check_report_pdf.cmake
#
# Oracle: the demo workspace of tests/cli/cases/report_weekly.cmake, whose text report (golden file)
# names the same KPIs and, as the highest value at risk at DC-NORTH on 2026-11-24, the late purchase
# order PO-101650/2 of SKU-000065 (150,815).
cmake_minimum_required(VERSION 3.25)

foreach(required CLI WORK)
  if(NOT DEFINED ${required} OR "${${required}}" STREQUAL "")
    message(FATAL_ERROR "check_report_pdf.cmake: -D${required}=... is required")
  endif()
endforeach()
if(NOT PDFINFO OR NOT PDFTOTEXT)
  message(STATUS "STOCKTOWER-SKIP: pdfinfo and pdftotext (poppler-utils) are needed")
  return()
endif()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(failures "")

function(run out_var)
  execute_process(COMMAND ${ARGN} WORKING_DIRECTORY "${WORK}"
                  OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr RESULT_VARIABLE result)
  set(${out_var} "${stdout}" PARENT_SCOPE)
  set(${out_var}_ERR "${stderr}" PARENT_SCOPE)
  set(${out_var}_RESULT "${result}" PARENT_SCOPE)
endfunction()

macro(fail message)
  list(APPEND failures "${message}")
endmacro()

run(demo "${CLI}" demo --out demo.stdb --items 600 --sites 2 --years 1 --seed 11 --last-day 2026-11-22 -q)
if(NOT demo_RESULT EQUAL 0)
  message(FATAL_ERROR "demo failed (${demo_RESULT}): ${demo_ERR}")
endif()

# The display must not matter: no DISPLAY, no platform chosen; the CLI picks offscreen itself.
set(report_args report weekly -w demo.stdb --site DC-NORTH --week 2026-W47 --today 2026-11-24 -q)
foreach(paper a4 letter)
  run(write "${CMAKE_COMMAND}" -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
      "${CLI}" ${report_args} --pdf ${paper}.pdf --paper ${paper})
  if(NOT write_RESULT EQUAL 0)
    list(APPEND failures "report weekly --pdf --paper ${paper} exited ${write_RESULT}: ${write_ERR}")
    continue()
  endif()
  run(info "${PDFINFO}" ${paper}.pdf)
  string(REGEX MATCH "Pages: +([0-9]+)" _ "${info}")
  if(NOT CMAKE_MATCH_1 EQUAL 1)
    fail("${paper}: expected 1 page, pdfinfo says '${CMAKE_MATCH_1}'")
  endif()
  string(REGEX MATCH "Page size: +([0-9.]+) x ([0-9.]+) pts" _ "${info}")
  set(width "${CMAKE_MATCH_1}")
  set(height "${CMAKE_MATCH_2}")
  if(NOT width GREATER height)
    fail("${paper}: not landscape (${width} x ${height} pts)")
  endif()
  # A4 is 841.89 x 595.28 pt, Letter 792 x 612 pt.
  if(paper STREQUAL "a4")
    set(low_w 841)
    set(low_h 594)
  else()
    set(low_w 791)
    set(low_h 611)
  endif()
  math(EXPR high_w "${low_w} + 2")
  math(EXPR high_h "${low_h} + 2")
  if(NOT (width GREATER low_w AND width LESS high_w AND height GREATER low_h AND height LESS high_h))
    fail("${paper}: page is ${width} x ${height} pts")
  endif()
  # Reading order (not -layout, which interleaves the footnote columns), one space between words,
  # so a phrase wrapped at a line end is still found.
  run(text "${PDFTOTEXT}" ${paper}.pdf -)
  string(REGEX REPLACE "[ \t\r\n]+" " " text "${text}")
  foreach(needle "Weekly KPI report" "DC-NORTH" "Hamburg distribution centre" "2026-W47" "2026-11-16"
          "order cut-off 15:00" "OTIF" "Unit fill rate" "Dock-to-stock" "Lines picked per labour hour"
          "Capacity used" "Inventory turns" "Stock aged over 90 days" "Service" "Quality" "Productivity"
          "Inventory" "Top exceptions" "Late purchase order" "SKU-000065" "150,815" "PO-101650/2"
          "min 20 orders" "first Thursday" "WERC DC Measures")
    string(FIND "${text}" "${needle}" at)
    if(at EQUAL -1)
      fail("${paper}: '${needle}' not in the PDF's text")
    endif()
  endforeach()
  # Every footnote fitted: no "more note(s)" marker.
  string(FIND "${text}" "more note" at)
  if(NOT at EQUAL -1)
    fail("${paper}: some footnotes did not fit the page")
  endif()
endforeach()

# Paper from the locale: Letter in the United States, A4 in Germany.
foreach(pair "en_US.UTF-8=Letter" "de_DE.UTF-8=A4")
  string(REPLACE "=" ";" pair "${pair}")
  list(GET pair 0 locale)
  list(GET pair 1 expected)
  run(auto "${CMAKE_COMMAND}" -E env LC_ALL=${locale} LANG=${locale} --unset=QT_QPA_PLATFORM
      "${CLI}" ${report_args} --pdf auto.pdf --json)
  string(FIND "${auto}" "\"paper\": \"${expected}\"" at)
  if(at EQUAL -1)
    fail("--paper auto with ${locale}: expected ${expected}, got ${auto} ${auto_ERR}")
  endif()
endforeach()

# Atomic: no temporary file is left beside the PDFs; a missing folder is a clear error, no file.
file(GLOB leftovers "${WORK}/*.tmp-*")
if(leftovers)
  fail("temporary files left: ${leftovers}")
endif()
run(missing "${CLI}" ${report_args} --pdf no-such-folder/out.pdf)
if(NOT missing_RESULT EQUAL 1)
  fail("--pdf into a missing folder exited ${missing_RESULT}")
endif()
string(FIND "${missing_ERR}" "no-such-folder" at)
if(at EQUAL -1)
  fail("the error does not name the path: ${missing_ERR}")
endif()
if(EXISTS "${WORK}/no-such-folder")
  fail("a folder was created")
endif()

if(failures)
  string(REPLACE ";" "\n  " failures "${failures}")
  message(FATAL_ERROR "The weekly report PDF check failed:\n  ${failures}\n(work folder: ${WORK})")
endif()
file(REMOVE_RECURSE "${WORK}")
message(STATUS "report weekly --pdf: one landscape page on A4 and Letter with the expected text")
