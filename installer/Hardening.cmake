# Debian's hardening flags for the programs the packages ship: what dpkg-buildflags gives with
# every hardening feature on (fortified functions, strong stack protector, format checks,
# RELRO with immediate binding; Debian's compiler makes position-independent executables by
# default), without its optimisation and debug flags, which stay the build type's.
# TOPO_HARDENING is on by default when dpkg-buildflags exists and the designer (and so the
# packages) is built; the sanitizer and fuzz builds, which build no package, leave it off.
find_program(TOPO_DPKG_BUILDFLAGS dpkg-buildflags)
if(TOPO_DPKG_BUILDFLAGS AND TOPO_BUILD_DESIGNER AND NOT TOPO_BUILD_FUZZERS)
    set(hardening_default ON)
else()
    set(hardening_default OFF)
endif()
option(TOPO_HARDENING "Build with Debian's hardening flags (dpkg-buildflags)" ${hardening_default})

if(TOPO_HARDENING)
    if(NOT TOPO_DPKG_BUILDFLAGS)
        message(FATAL_ERROR "TOPO_HARDENING needs dpkg-buildflags (package dpkg-dev)")
    endif()
    # Flags dpkg-buildflags gives in ${kind}, less -g, -O<n> and -ffile-prefix-map.
    function(topo_hardening_flags out_var kind)
        execute_process(
            COMMAND ${CMAKE_COMMAND} -E env DEB_BUILD_MAINT_OPTIONS=hardening=+all
                    ${TOPO_DPKG_BUILDFLAGS} --get ${kind}
            OUTPUT_VARIABLE flags OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
        separate_arguments(flags UNIX_COMMAND "${flags}")
        list(FILTER flags EXCLUDE REGEX "^(-g.*|-O.*|-ffile-prefix-map=.*)$")
        set(${out_var} ${flags} PARENT_SCOPE)
    endfunction()
    topo_hardening_flags(preprocessor CPPFLAGS)
    topo_hardening_flags(compiler CXXFLAGS)
    topo_hardening_flags(linker LDFLAGS)
    add_compile_options(${preprocessor} ${compiler})
    add_link_options(${linker})
    list(JOIN preprocessor " " preprocessor)
    list(JOIN compiler " " compiler)
    list(JOIN linker " " linker)
    message(STATUS "Hardening: ${preprocessor} ${compiler}; linker: ${linker}")
endif()
