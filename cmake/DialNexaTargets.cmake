# Helpers every CMakeLists.txt of the project uses.

# dialnexa_target_warnings(TARGET): the project's warning flags, per target, so that a
# third-party target added later is not built with our -Werror.
function(dialnexa_target_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(DIALNEXA_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# dialnexa_check_headers(TARGET [HEADERS h ...] [LIBRARIES lib ...]): compiles every header
# of TARGET (or the HEADERS given) as the first and only include of an otherwise empty file,
# so no header depends on what its callers happened to include before it. The check links
# TARGET, or LIBRARIES where TARGET is an executable. Part of the normal build: a header
# that does not stand alone fails it.
function(dialnexa_check_headers target)
  if(NOT DIALNEXA_CHECK_HEADERS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "HEADERS;LIBRARIES" ${ARGN})
  get_target_property(sources ${target} SOURCES)
  get_target_property(source_dir ${target} SOURCE_DIR)
  if(ARG_HEADERS)
    set(sources ${ARG_HEADERS})
  endif()
  if(NOT ARG_LIBRARIES)
    set(ARG_LIBRARIES ${target})
  endif()
  set(checks)
  foreach(source IN LISTS sources)
    if(NOT source MATCHES "\\.h$")
      continue()
    endif()
    string(MAKE_C_IDENTIFIER "${source}" stem)
    if(IS_ABSOLUTE "${source}")
      file(RELATIVE_PATH source "${source_dir}" "${source}")
      string(MAKE_C_IDENTIFIER "${source}" stem)
    endif()
    set(check "${CMAKE_CURRENT_BINARY_DIR}/header_check/${stem}.cpp")
    set(content "#include \"${source_dir}/${source}\" // must compile alone\n")
    if(EXISTS "${check}")
      file(READ "${check}" existing)
    endif()
    if(NOT existing STREQUAL content)
      file(WRITE "${check}" "${content}")
    endif()
    list(APPEND checks "${check}")
  endforeach()
  if(checks)
    add_library(${target}_header_check OBJECT ${checks})
    set_target_properties(${target}_header_check PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    target_link_libraries(${target}_header_check PRIVATE ${ARG_LIBRARIES})
    # Parsing is what is checked: no optimiser, no debug info, to keep the check cheap.
    target_compile_options(${target}_header_check PRIVATE -O0 -g0)
    dialnexa_target_warnings(${target}_header_check)
  endif()
endfunction()
