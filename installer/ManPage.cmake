# Writes a man page from a program's --help output, so the page can never drift from the
# program. Run with cmake -P and:
#   -DEXECUTABLE=path   the built program
#   -DNAME=name         its command name
#   -DSUMMARY=text      one line for the NAME section
#   -DVERSION=x.y.z     the project version
#   -DSEE_ALSO=name     the other command of the project
#   -DOUTPUT=path       the page to write (section 1)
# When the general help has a "Commands:" section, each command's own --help becomes a
# subsection of COMMANDS.
cmake_minimum_required(VERSION 3.25)

foreach(required EXECUTABLE NAME SUMMARY VERSION OUTPUT)
    if(NOT DEFINED ${required})
        message(FATAL_ERROR "ManPage.cmake: ${required} is not set")
    endif()
endforeach()

# Runs the program with ARGS and puts its standard output in OUT_VAR; any failure stops.
function(help_text out_var)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
                            ${EXECUTABLE} ${ARGN}
                    OUTPUT_VARIABLE text
                    ERROR_VARIABLE errors
                    RESULT_VARIABLE status)
    if(NOT status EQUAL 0 OR text STREQUAL "")
        message(FATAL_ERROR "'${NAME} ${ARGN}' failed (${status}): ${errors}")
    endif()
    string(STRIP "${text}" text)
    set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# Help text to roff: backslashes and hyphens escaped, no line read as a request.
function(to_roff out_var text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# Help text to roff: a "Heading:" or "Two words:" line after an empty line becomes a section
# (.SH) or, inside a command's subsection, a bold paragraph title; the rest keeps the
# program's own layout.
function(to_sections out_var text level)
    to_roff(text "${text}")
    # Leading empty lines let a heading on the first line match too.
    set(text "\n\n${text}")
    string(REGEX MATCHALL "\n\n[A-Z][a-z]+( [a-z]+)?:\n" headings "${text}")
    list(REMOVE_DUPLICATES headings)
    foreach(heading IN LISTS headings)
        string(STRIP "${heading}" title)
        if(level STREQUAL "section")
            string(REGEX REPLACE ":$" "" title "${title}")
            string(TOUPPER "${title}" title)
            set(macro ".SH ${title}")
        else()
            set(macro ".PP\n.B ${title}")
        endif()
        string(REPLACE "${heading}" "\n.fi\n${macro}\n.nf\n" text "${text}")
    endforeach()
    string(REGEX REPLACE "^\n+" "" text "${text}")
    string(REGEX REPLACE "\n+$" "" text "${text}")
    set(${out_var} ".nf\n${text}\n.fi\n" PARENT_SCOPE)
endfunction()

help_text(general --help)

# "Usage: ..." lines open the help: they are the synopsis, the rest is the description.
string(REGEX MATCH "^Usage:[^\n]*(\n +[^\n]+)*" usage "${general}")
string(LENGTH "${usage}" usage_length)
string(SUBSTRING "${general}" ${usage_length} -1 body)
string(STRIP "${body}" body)
string(REGEX REPLACE "^Usage: *" "" usage "${usage}")
string(REGEX REPLACE "\n +" "\n" usage "${usage}")
# Qt's help names the program by the path it was started with: use the command name.
string(REGEX REPLACE "(^|\n)[^ \n]*/${NAME} " "\\1${NAME} " usage "${usage}")
to_roff(usage "${usage}")
to_sections(body "${body}" section)

string(TOUPPER "${NAME}" title)
to_roff(summary "${SUMMARY}")
set(page ".\\\" Generated from '${NAME} --help' at build time; edit the program, not this page.\n")
string(APPEND page ".TH ${title} 1 \"\" \"Topology Designer ${VERSION}\" \"User Commands\"\n")
# No hyphenation, ragged right: option names and paths stay whole.
string(APPEND page ".nh\n.ad l\n")
string(APPEND page ".SH NAME\n${NAME} \\- ${summary}\n")
string(APPEND page ".SH SYNOPSIS\n.nf\n${usage}\n.fi\n")
string(APPEND page ".SH DESCRIPTION\n${body}")

# Subcommands: the words at the start of the lines of the "Commands:" section.
string(REGEX MATCH "\nCommands:\n(  [^\n]*\n?)+" commands "${general}")
string(REGEX MATCHALL "\n  [a-z][a-z-]*" names "${commands}")
if(names)
    string(APPEND page ".SH COMMAND DETAILS\n")
    foreach(name IN LISTS names)
        string(STRIP "${name}" name)
        help_text(command_help ${name} --help)
        to_sections(command_help "${command_help}" paragraph)
        string(APPEND page ".SS ${name}\n${command_help}")
    endforeach()
endif()

if(SEE_ALSO)
    string(APPEND page ".SH SEE ALSO\n.BR ${SEE_ALSO} (1)\n")
endif()
file(WRITE "${OUTPUT}" "${page}")
