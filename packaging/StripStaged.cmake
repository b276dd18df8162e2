# CPACK_PRE_BUILD_SCRIPTS: strips every ELF file cpack has staged, as Debian's dh_strip
# does for executables (debug and symbol tables, .comment and .note). The debug symbols
# stay in the build tree.
file(GLOB_RECURSE _staged LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*")
foreach(_file IN LISTS _staged)
  if(IS_SYMLINK "${_file}")
    continue()
  endif()
  file(READ "${_file}" _magic LIMIT 4 HEX)
  if(_magic STREQUAL "7f454c46")
    execute_process(COMMAND "${CPACK_DIALNEXA_STRIP}" --remove-section=.comment
                            --remove-section=.note "${_file}" COMMAND_ERROR_IS_FATAL ANY)
  endif()
endforeach()
