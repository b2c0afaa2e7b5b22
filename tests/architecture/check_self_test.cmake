# The SQL check must report each planted finding in the fixture tree (data/tree) and accept
# what is allowed there: SQL in core/store, comments naming SQL, sentences that start with a
# keyword in ordinary case. The planted findings are the oracle, listed below.
#   cmake -DDATA=tests/architecture/data -P check_self_test.cmake
cmake_minimum_required(VERSION 3.25)
execute_process(COMMAND "${CMAKE_COMMAND}" -DROOT=${DATA}/tree -P "${CMAKE_CURRENT_LIST_DIR}/check_sql_in_store.cmake"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${output}")
if(result EQUAL 0)
  message(FATAL_ERROR "the fixture tree with SQL outside store passed")
endif()
set(expected
    "core/kpi/engine.cpp:3: includes the SQLite header"
    "core/kpi/engine.cpp:5: SQL text: reader.exec\\(\"PRAGMA busy_timeout = 5000\"\\);"
    "core/kpi/engine.cpp:6: SQL text: auto s = reader.prepare\\(\"SELECT code, site_id \""
    "core/kpi/engine.cpp:7: SQL text: \" FROM site\"\\);"
    "core/kpi/engine.cpp:8: calls the SQLite C API"
    "ui/page.cpp:3: SQL text: void begin\\(Connection& db\\) { db.exec\\(\"BEGIN\"\\); }"
    "6 finding\\(s\\) in 2 files")
foreach(line IN LISTS expected)
  if(NOT output MATCHES "${line}")
    message(FATAL_ERROR "expected finding missing: ${line}")
  endif()
endforeach()
foreach(allowed IN ITEMS "core/store/queries.cpp" "engine.cpp:1:" "engine.cpp:9:" "page.cpp:2:")
  if(output MATCHES "${allowed}")
    message(FATAL_ERROR "reported what is allowed: ${allowed}")
  endif()
endforeach()
message(STATUS "the SQL check reports every planted finding and nothing else")
