# The documentation files every Debian package carries, in /usr/share/doc/<package>/:
#   copyright             the licence in Debian's machine-readable format, from LICENSE;
#   changelog.Debian.gz   from debian/changelog.in, dated TOPO_RELEASE_DATE (not the build
#                         day, so that two builds of one version give the same file).
# Needs TOPO_PACKAGE_NAME, TOPO_PACKAGE_CONTACT, TOPO_DEBIAN_VERSION, TOPO_RELEASE_DATE and
# TOPO_GZIP; appends the generated files to generated_files.
set(debian_sources ${CMAKE_CURRENT_SOURCE_DIR}/debian)
set(debian_build ${CMAKE_CURRENT_BINARY_DIR}/debian)
set(package_docs ${CMAKE_INSTALL_DATADIR}/doc/${TOPO_PACKAGE_NAME})

# copyright: the holder from LICENSE's "Copyright (c) YEAR HOLDER" line, and its text from
# "Permission is hereby granted" on, one space in front of each line, " ." for an empty one.
set(license_file ${PROJECT_SOURCE_DIR}/LICENSE)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${license_file})
file(READ ${license_file} license)
string(REGEX MATCH "Copyright \\(c\\) ([^\n]+)" copyright_line "${license}")
set(TOPO_COPYRIGHT "${CMAKE_MATCH_1}")
string(FIND "${license}" "Permission is hereby granted" permission_start)
if(TOPO_COPYRIGHT STREQUAL "" OR permission_start LESS 0)
    message(FATAL_ERROR "LICENSE: no 'Copyright (c) YEAR HOLDER' line or no MIT permission text")
endif()
string(SUBSTRING "${license}" ${permission_start} -1 license_text)
string(STRIP "${license_text}" license_text)
string(REGEX REPLACE "\n\n" "\n.\n" license_text "${license_text}")
string(REPLACE "\n" "\n " license_text "${license_text}")
set(TOPO_LICENSE_TEXT " ${license_text}")
configure_file(${debian_sources}/copyright.in ${debian_build}/copyright @ONLY)
install(FILES ${debian_build}/copyright DESTINATION ${package_docs})

# The changelog's date in RFC 5322 form, "Wed, 25 Nov 2026 12:00:00 +0000"; the weekday by
# Zeller's congruence (0 = Saturday).
string(REGEX MATCH "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$" date "${TOPO_RELEASE_DATE}")
if(NOT date)
    message(FATAL_ERROR "TOPO_RELEASE_DATE '${TOPO_RELEASE_DATE}' is not YYYY-MM-DD")
endif()
math(EXPR year "${CMAKE_MATCH_1}")
math(EXPR month "${CMAKE_MATCH_2}")
math(EXPR day "${CMAKE_MATCH_3}")
set(day_digits ${CMAKE_MATCH_3})
set(zeller_month ${month})
set(zeller_year ${year})
if(month LESS 3)
    math(EXPR zeller_month "${month} + 12")
    math(EXPR zeller_year "${year} - 1")
endif()
math(EXPR weekday "(${day} + (13 * (${zeller_month} + 1)) / 5 + ${zeller_year} % 100 \
+ (${zeller_year} % 100) / 4 + (${zeller_year} / 100) / 4 + 5 * (${zeller_year} / 100)) % 7")
set(weekdays Sat Sun Mon Tue Wed Thu Fri)
list(GET weekdays ${weekday} weekday_name)
math(EXPR month_index "${month} - 1")
set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
list(GET months ${month_index} month_name)
set(TOPO_CHANGELOG_DATE "${weekday_name}, ${day_digits} ${month_name} ${year} 12:00:00 +0000")
configure_file(${debian_sources}/changelog.in ${debian_build}/changelog.Debian @ONLY)
add_custom_command(OUTPUT ${debian_build}/changelog.Debian.gz
    COMMAND ${TOPO_GZIP} -9 --no-name --force --keep ${debian_build}/changelog.Debian
    DEPENDS ${debian_build}/changelog.Debian
    COMMENT "Compressing the Debian changelog"
    VERBATIM)
install(FILES ${debian_build}/changelog.Debian.gz DESTINATION ${package_docs})
list(APPEND generated_files ${debian_build}/changelog.Debian.gz)
