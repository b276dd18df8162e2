# Debian package of the console, the sandbox and dialnexa-ctl: cpack -G DEB in the build tree.
set(CPACK_PACKAGE_NAME "dialnexa-console")
set(CPACK_PACKAGE_VENDOR "DialNexa Operator Console developers")
set(CPACK_PACKAGE_CONTACT "maintainers@localhost")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_GENERATOR "DEB")
include(CPack)
