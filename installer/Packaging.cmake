# CPack settings: a Debian package and a .tar.gz on Linux (scripts/package.sh).

set(CPACK_PACKAGE_NAME ${TOPO_PACKAGE_NAME})
set(CPACK_PACKAGE_VENDOR "Topology Designer maintainers")
set(CPACK_PACKAGE_CONTACT "${TOPO_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The long description as Debian wants it: lines of at most 80 columns, "" between paragraphs.
set(description_lines
    "Topology Designer draws OutSystems 11 self-managed infrastructures"
    "(environments, servers and their roles, load balancers, databases and"
    "RabbitMQ) and checks them against design, capacity and availability rules,"
    "with quick fixes, capacity and availability figures and failure simulation."
    ""
    "topology-cli runs the same checks, failure simulations and exports (PNG,"
    "SVG, PDF, draw.io, HTML report) without a window, for scripts and CI.")
list(JOIN description_lines "\n" CPACK_PACKAGE_DESCRIPTION)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Topology Designer")
set(CPACK_PACKAGE_EXECUTABLES topology-designer "Topology Designer")
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

if(WIN32)
    # The Windows installer and zip are made by scripts/windows.sh (installer/windows/): the
    # programs' DLLs come from the cross-built Qt, and the installer is an NSIS script of its
    # own (per-user or per-machine, file type, PATH). CPack's archive stays for `cpack -G ZIP`.
    set(CPACK_GENERATOR ZIP)
else()
    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    # Version ${PROJECT_VERSION}-${TOPO_DEBIAN_REVISION} (installer/CMakeLists.txt).
    set(CPACK_DEBIAN_PACKAGE_RELEASE ${TOPO_DEBIAN_REVISION})
    set(CPACK_DEBIAN_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    # dpkg-shlibdeps fills in the libraries (Qt, libstdc++) the programs link to.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # No program links Qt SVG (SVG files are written by the project's own paint engine), but
    # the designer's icons are SVG, drawn by Qt SVG's icon engine plugin.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
    # libqt6gui6 brings the X11 and offscreen platforms; this one runs natively on Wayland.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS qt6-wayland)
    set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
endif()

include(CPack)
