# CPack settings: a Debian package and a .tar.gz on Linux (scripts/package.sh), NSIS and WiX
# installers with the Qt runtime copied in by windeployqt on a Windows build host.

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
    set(CPACK_GENERATOR NSIS WIX)
    # A window program: no console opens with the designer.
    set_target_properties(topology-designer PROPERTIES WIN32_EXECUTABLE ON)
    # windeployqt copies the Qt libraries and plugins next to the installed programs.
    foreach(program topology-designer topology-cli)
        qt_generate_deploy_app_script(TARGET ${program} FILENAME_VARIABLE deploy_script)
        install(SCRIPT ${deploy_script})
    endforeach()
    set(CPACK_NSIS_DISPLAY_NAME "Topology Designer")
    set(CPACK_NSIS_PACKAGE_NAME "Topology Designer ${PROJECT_VERSION}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin/topology-designer.exe)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # topology-cli is for scripts: on the PATH when the user agrees.
    set(CPACK_NSIS_MODIFY_PATH ON)
    # Fixed for the life of the product: lets a newer .msi replace an older one.
    set(CPACK_WIX_UPGRADE_GUID "6A0F3C52-8E1B-4C7A-9D24-53B0E7A1C9F4")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Topology Designer")
    set(CPACK_WIX_PROPERTY_ARPCOMMENTS "${PROJECT_DESCRIPTION}")
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
