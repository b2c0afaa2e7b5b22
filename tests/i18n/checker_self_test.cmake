# The translation check must pass a correct file and report every defect planted in a broken
# one (the fixture's defects are the oracle: each is named below).
#   -DTS_CHECK=checker -DLUPDATE=lupdate -DDATA=tests/i18n/data -DWORK=dir
cmake_minimum_required(VERSION 3.25)
set(check "${CMAKE_CURRENT_LIST_DIR}/check_translations.cmake")

function(run_check ts result_var output_var)
  execute_process(COMMAND "${CMAKE_COMMAND}" -DTS_CHECK=${TS_CHECK} -DLUPDATE=${LUPDATE}
                          -DWORK=${WORK}/run -DTS_FILES=${ts} -DSOURCES=${DATA}/fixture_source.cpp
                          -P "${check}"
                  RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
  set(${result_var} "${result}" PARENT_SCOPE)
  set(${output_var} "${output}" PARENT_SCOPE)
endfunction()

run_check("${DATA}/good_de.ts" good_result good_output)
if(NOT good_result EQUAL 0)
  message(FATAL_ERROR "the correct fixture was refused:\n${good_output}")
endif()
if(NOT good_output MATCHES "good_de.ts: 6 messages, 0 problem\\(s\\)")
  message(FATAL_ERROR "the correct fixture's summary is missing:\n${good_output}")
endif()

run_check("${DATA}/broken_de.ts" broken_result broken_output)
message("${broken_output}")
if(broken_result EQUAL 0)
  message(FATAL_ERROR "the broken fixture passed")
endif()
set(expected
    "unfinished message \\[Fixture\\] \"Unfinished text\""
    "obsolete message \\[Fixture\\] \"Old text\""
    "vanished message \\[Fixture\\] \"Gone text\""
    "placeholders differ in \\[Fixture\\] \"Line %1 of %2\": source has {%1 %2}, translation has {%1 %3}"
    "placeholders differ in \\[Fixture\\] \"Total %L1\": source has {%L1}, translation has {%1}"
    "placeholders differ in \\[Fixture\\] \"%n row\\(s\\)\" \\(plural form 1\\): source has {%n}, translation has {}"
    "out of date: missing \\[Fixture\\] \"New text the file lacks\""
    "out of date: \\[Fixture\\] \"Text nobody uses any more\" is no longer in the sources"
    "broken_de.ts: 8 messages, 8 problem\\(s\\)")
foreach(line IN LISTS expected)
  if(NOT broken_output MATCHES "${line}")
    message(FATAL_ERROR "the check did not report: ${line}")
  endif()
endforeach()
# Nothing is reported for what the broken file gets right.
if(broken_output MATCHES "Open %1")
  message(FATAL_ERROR "a correct message was reported:\n${broken_output}")
endif()
