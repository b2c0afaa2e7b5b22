# "All SQL lives in store": fails when SQL text, the SQLite header or a sqlite3_ call appears in
# core/, app/ or ui/ outside core/store/. Reports file:line and what was found.
#   cmake -DROOT=<source tree> -P check_sql_in_store.cmake
# SQL text is a string literal that starts with an SQL statement keyword in capitals, as every
# statement in the project is written ("SELECT ...", "PRAGMA ...", "BEGIN"), or that continues
# one on a later line (" FROM ", " WHERE ").
cmake_minimum_required(VERSION 3.25)
if(NOT ROOT)
  message(FATAL_ERROR "usage: cmake -DROOT=<source tree> -P check_sql_in_store.cmake")
endif()

set(keywords "SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|REPLACE INTO|WITH [a-z_]+ AS|VACUUM|ATTACH|DETACH")
set(clauses "FROM|WHERE|JOIN|LEFT JOIN|ORDER BY|GROUP BY|VALUES|SET|ON CONFLICT")
set(sql_start "\"(${keywords})( |\"|$)")
set(sql_clause "\" *(${clauses}) [a-z_(?]")

file(GLOB_RECURSE sources RELATIVE "${ROOT}"
     "${ROOT}/core/*.h" "${ROOT}/core/*.cpp" "${ROOT}/app/*.h" "${ROOT}/app/*.cpp"
     "${ROOT}/ui/*.h" "${ROOT}/ui/*.cpp")
set(report "")
set(count 0)
set(scanned 0)
foreach(source IN LISTS sources)
  if(source MATCHES "^core/store/")
    continue()
  endif()
  math(EXPR scanned "${scanned} + 1")
  file(STRINGS "${ROOT}/${source}" lines)
  set(number 0)
  foreach(line IN LISTS lines)
    math(EXPR number "${number} + 1")
    string(STRIP "${line}" stripped)
    if(stripped MATCHES "^//")
      continue() # comments may name SQL
    endif()
    set(finding "")
    if(line MATCHES "#include *[<\"]sqlite3.h[>\"]")
      set(finding "includes the SQLite header")
    elseif(line MATCHES "sqlite3_[a-z_]+ *\\(")
      set(finding "calls the SQLite C API")
    elseif(line MATCHES "${sql_start}" OR line MATCHES "${sql_clause}")
      set(finding "SQL text: ${stripped}")
    endif()
    if(finding)
      # A string, not a list: a line of code may hold semicolons.
      string(APPEND report "${source}:${number}: ${finding}\n")
      math(EXPR count "${count} + 1")
    endif()
  endforeach()
endforeach()

if(count GREATER 0)
  # NOTICE prints the lines as they are (FATAL_ERROR would re-wrap them).
  message(NOTICE "SQL outside core/store (move it into a store function):\n${report}")
  message(FATAL_ERROR "${count} finding(s) in ${scanned} files")
endif()
message(STATUS "no SQL outside core/store: ${scanned} files scanned")
