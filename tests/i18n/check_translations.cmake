# Checks every given .ts file with stocktower_ts_check, against a copy that lupdate has just
# refreshed from the sources (same options as the build's update_translations target).
#   -DTS_CHECK=checker -DLUPDATE=lupdate -DWORK=dir -DTS_FILES="a.ts;b.ts" (or -DTS_GLOB=pattern)
#   and either -DPROJECT_CMAKE=<target>_project.cmake -DPROJECT_GENERATOR=GenerateLUpdateProject.cmake
#   (the build's own lupdate project: the same sources and include paths) or -DSOURCES="x.cpp;y.cpp".
# Fails (FATAL_ERROR) when any file has a problem, printing every problem first.
cmake_minimum_required(VERSION 3.25)

foreach(required TS_CHECK LUPDATE WORK)
  if(NOT ${required})
    message(FATAL_ERROR "check_translations.cmake: ${required} is not set")
  endif()
endforeach()
if(TS_GLOB)
  file(GLOB TS_FILES ${TS_GLOB})
endif()
if(NOT TS_FILES)
  message(FATAL_ERROR "no .ts files to check")
endif()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
if(PROJECT_CMAKE)
  set(project_json "${WORK}/lupdate_project.json")
  execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_CMAKE} -DOUT_FILE=${project_json}
                          -P "${PROJECT_GENERATOR}"
                  RESULT_VARIABLE generated)
  if(NOT generated EQUAL 0)
    message(FATAL_ERROR "could not write the lupdate project file from ${PROJECT_CMAKE}")
  endif()
  set(lupdate_inputs -project "${project_json}")
else()
  set(lupdate_inputs ${SOURCES})
endif()

set(failed "")
foreach(ts IN LISTS TS_FILES)
  get_filename_component(name "${ts}" NAME)
  set(fresh "${WORK}/${name}")
  file(COPY_FILE "${ts}" "${fresh}")
  execute_process(COMMAND "${LUPDATE}" ${lupdate_inputs} -ts "${fresh}" -no-obsolete -locations none -silent
                  RESULT_VARIABLE updated OUTPUT_VARIABLE update_output ERROR_VARIABLE update_output)
  if(NOT updated EQUAL 0)
    message(FATAL_ERROR "lupdate failed on a copy of ${name}:\n${update_output}")
  endif()
  execute_process(COMMAND "${TS_CHECK}" --refreshed "${fresh}" "${ts}"
                  RESULT_VARIABLE checked OUTPUT_VARIABLE check_output ERROR_VARIABLE check_output)
  message("${check_output}")
  if(NOT checked EQUAL 0)
    list(APPEND failed "${name}")
  endif()
endforeach()
if(failed)
  message(FATAL_ERROR "translations not ready to ship: ${failed}")
endif()
