# The Windows programs' resources: the application and design-file icons (.ico, rendered
# from the SVG drawings at configure time), the version Explorer shows in a file's Properties,
# and the manifest (resources/windows/program.manifest).
find_program(TOPO_RSVG_CONVERT rsvg-convert REQUIRED)
find_program(TOPO_IMAGEMAGICK convert REQUIRED)

# Renders `svg` into a multi-size icon `ico` (16 to 256 pixels, each size drawn from the SVG,
# not scaled from another size).
function(topo_render_windows_icon svg ico)
    set(work ${CMAKE_BINARY_DIR}/windows-icons)
    get_filename_component(stem ${ico} NAME_WE)
    set(pngs "")
    foreach(size 16 20 24 32 40 48 64 128 256)
        set(png ${work}/${stem}-${size}.png)
        execute_process(COMMAND ${TOPO_RSVG_CONVERT} --width ${size} --height ${size}
                                --output ${png} ${svg}
                        COMMAND_ERROR_IS_FATAL ANY)
        list(APPEND pngs ${png})
    endforeach()
    execute_process(COMMAND ${TOPO_IMAGEMAGICK} ${pngs} ${ico} COMMAND_ERROR_IS_FATAL ANY)
    set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${svg})
endfunction()

set(TOPO_WINDOWS_APP_ICON ${CMAKE_BINARY_DIR}/windows-icons/topology-designer.ico)
set(TOPO_WINDOWS_DOCUMENT_ICON ${CMAKE_BINARY_DIR}/windows-icons/topology-design.ico)
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/windows-icons)
topo_render_windows_icon(${PROJECT_SOURCE_DIR}/resources/icons/app.svg ${TOPO_WINDOWS_APP_ICON})
topo_render_windows_icon(${PROJECT_SOURCE_DIR}/resources/windows/design-file.svg
                         ${TOPO_WINDOWS_DOCUMENT_ICON})

# Gives `target` (an executable named like itself) its icons, version and manifest.
# Icon 1 is the program's; icon 2 is the design file's, which the installer registers.
function(topo_add_windows_resources target description)
    set(TOPO_RC_FILE_NAME ${target})
    set(TOPO_RC_DESCRIPTION ${description})
    set(TOPO_RC_ICON ${TOPO_WINDOWS_APP_ICON})
    set(TOPO_RC_DOCUMENT_ICON ${TOPO_WINDOWS_DOCUMENT_ICON})
    set(TOPO_RC_MANIFEST ${PROJECT_SOURCE_DIR}/resources/windows/program.manifest)
    set(rc ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc)
    configure_file(${PROJECT_SOURCE_DIR}/resources/windows/program.rc.in ${rc} @ONLY)
    set_source_files_properties(${rc} PROPERTIES
        OBJECT_DEPENDS "${TOPO_RC_ICON};${TOPO_RC_DOCUMENT_ICON};${TOPO_RC_MANIFEST}")
    target_sources(${target} PRIVATE ${rc})
endfunction()
