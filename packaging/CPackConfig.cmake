# Two Debian packages from the install components (cpack -G DEB in the build tree):
#   dialnexa-console_VERSION_ARCH.deb  console, dialnexa-ctl, desktop entry, icon, AppStream
#                                      metainfo, manual pages, bash completion (component
#                                      "console", also the default for install rules)
#   dialnexa-sandbox_VERSION_ARCH.deb  the simulated API (component "sandbox")
# VERSION is PROJECT_VERSION-REVISION, the newest entry of packaging/debian/changelog.
set(DIALNEXA_DEB_MAINTAINER "DialNexa Console Maintainers <console-maintainers@dialnexa.com>"
    CACHE STRING "Maintainer field of the Debian packages (Name <address>)")

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "dialnexa-console")
set(CPACK_PACKAGE_VENDOR "DialNexa Operator Console developers")
set(CPACK_PACKAGE_CONTACT "${DIALNEXA_DEB_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_RELEASE "${DIALNEXA_DEB_REVISION}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${DIALNEXA_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://dialnexa.com")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # NAME_VERSION-REVISION_ARCH.deb
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
# Debug symbols stay in the build tree; the packages carry binaries stripped as dh_strip
# would (StripStaged.cmake runs on the staged files before they are packed).
set(CPACK_DIALNEXA_STRIP "${CMAKE_STRIP}")
set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/StripStaged.cmake")

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL console sandbox)
set(CPACK_COMPONENTS_GROUPING IGNORE)
# Library dependencies from dpkg-shlibdeps, plus what Qt loads at run time and
# shlibdeps cannot see.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME "dialnexa-console")
set(CPACK_DEBIAN_CONSOLE_FILE_NAME DEB-DEFAULT)
set(_console_plugins
    libqt6sql6-sqlite # the audit and incident file (QSQLITE)
    libqt6sql6-psql   # the team store on PostgreSQL (QPSQL)
    qt6-qpa-plugins)  # xcb, wayland, offscreen platform plugins
# The SVG icon engine and image plugin come with libqt6svg6; shlibdeps already names it
# when the UI links Qt6::Svg, and a relation listed twice is a packaging error.
get_target_property(_ui_libraries dialnexa_ui LINK_LIBRARIES)
if(NOT "Qt6::Svg" IN_LIST _ui_libraries)
  list(APPEND _console_plugins libqt6svg6)
endif()
list(JOIN _console_plugins ", " CPACK_DEBIAN_CONSOLE_PACKAGE_DEPENDS)
# The API key lives in a Secret Service; without one the console keeps it for the
# session only.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SUGGESTS "dialnexa-sandbox")
set(CPACK_DEBIAN_CONSOLE_DESCRIPTION
    "operator console for pausing and resuming DialNexa workflows
A desktop console and a command-line tool (dialnexa-ctl) for call-centre
supervisors who watch DialNexa calling workflows and must pause them fast
during an incident (a carrier outage, a complaint, quiet hours) and resume
them afterwards.
.
It shows only statuses the server has confirmed, refreshes live, explains
every refusal in plain words, pauses every active workflow as one incident
that later resumes exactly what it paused, and keeps an audit log of every
action. The API key is kept in the system keychain (Secret Service).")

set(CPACK_DEBIAN_SANDBOX_PACKAGE_NAME "dialnexa-sandbox")
set(CPACK_DEBIAN_SANDBOX_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_SANDBOX_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_SANDBOX_DESCRIPTION
    "simulated DialNexa workflows API for trying the operator console
A stand-in for the DialNexa workflows API on the loopback interface, for
trying, testing and demonstrating dialnexa-console and dialnexa-ctl without
an account. It simulates workflows, leads and calls on a clock, including
the API's documented inconsistencies, and offers a control API to inject
failures, delays and status changes by another supervisor.")

include(CPack)
