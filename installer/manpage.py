#!/usr/bin/env python3
"""Writes a program's man page (section 1) from its --help, so that the page cannot drift
from the program.

The general --help gives NAME's synopsis (its "Usage:" lines), the description, OPTIONS and
ARGUMENTS (its "Options:" and "Arguments:" tables, one .TP paragraph per entry) and EXIT
STATUS (its "Exit status:" paragraph). When it has a "Commands:" table, the description lists
the commands and COMMANDS holds one subsection per command, made from that command's own
--help in the same way: new commands need no change here. A hand-written roff file of extra
sections (ENVIRONMENT, FILES) can be added before SEE ALSO.

Help text layout understood: paragraphs separated by empty lines; in a paragraph, lines
indented by spaces are literal (examples, JSON shapes) and kept line by line, lines starting
with "- " are list items (their indented lines continue them), the rest is running text; a
short line that ends a sentence ends a paragraph; a table is a "Heading:" line followed by
entries whose descriptions start at one column.
"""

import argparse
import os
import re
import subprocess
import sys
import textwrap
from collections import Counter

# A rendered page must fit 80 columns: man indents the body by 7 and keeps a margin, so a
# literal line may have 72 characters; longer ones are wrapped at spaces, continued 2 deeper.
LITERAL_WIDTH = 72
# A line shorter than this share of its paragraph's longest line, ending with a full stop,
# ends a paragraph (the help wraps its text at a fixed width).
SHORT_LINE_SHARE = 0.75
# Source lines of running text are wrapped at this width (man page style checkers ask for 80).
SOURCE_WIDTH = 78
TABLES = ("Options:", "Arguments:", "Commands:")


def run_help(executable, arguments):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([executable, *arguments, "--help"], capture_output=True,
                            text=True, env=environment, check=False)
    if result.returncode != 0 or not result.stdout.strip():
        sys.exit(f"manpage.py: '{executable} {' '.join(arguments)} --help' failed "
                 f"({result.returncode}): {result.stderr}")
    return result.stdout


def escape(text):
    """Text to roff: backslashes and minus signs escaped (options stay searchable), other than
    ASCII characters named by their code point (groff reads its input as Latin-1)."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "".join(char if ord(char) < 128 else f"\\[u{ord(char):04X}]" for char in text)


def line(text):
    """One output line: a leading dot or quote would be read as a request."""
    return "\\&" + text if text.startswith((".", "'")) else text


def filled(text):
    """Running text as source lines of at most SOURCE_WIDTH bytes (roff fills them)."""
    return [line(part) for part in textwrap.wrap(text, SOURCE_WIDTH, break_on_hyphens=False,
                                                 break_long_words=False)]


def tidy(lines):
    """Without paragraph macros that would do nothing (after a heading or another one)."""
    out = []
    for text in lines:
        if text == ".PP" and out and out[-1].startswith((".SH", ".SS", ".PP")):
            continue
        out.append(text)
    return out


def styled(text, italic_words=("options", "arguments")):
    """Synopsis and table terms: options and keywords bold, PLACEHOLDERS italic."""
    parts = []
    for token in re.findall(r"--?[A-Za-z?][\w?-]*|[A-Za-z][\w-]*|[^A-Za-z-]+|-", text):
        if token.startswith("-") and len(token) > 1:
            parts.append(f"\\fB{escape(token)}\\fR")
        elif token.isupper() or token in italic_words:
            parts.append(f"\\fI{escape(token)}\\fR")
        elif token[0].isalpha():
            parts.append(f"\\fB{escape(token)}\\fR")
        else:
            parts.append(escape(token))
    return "".join(parts)


def split_help(text, name):
    """The help's usage lines, naming the program NAME, and its paragraphs."""
    lines = text.rstrip().split("\n")
    usage = []
    while lines and (not usage and lines[0].startswith("Usage:")
                     or usage and lines[0].startswith(" ") and lines[0].strip()):
        # The first word is the program as it was started (Qt's help gives its path).
        usage.append(re.sub(r"^(Usage:)?\s*\S+", name, lines.pop(0)).strip())
    paragraphs, current = [], []
    for text_line in lines:
        if text_line.strip():
            current.append(text_line.rstrip())
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return usage, paragraphs


def table_entries(rows):
    """(term, description) pairs of a table; descriptions start at the most common column."""
    starts = Counter(m.end() for row in rows for m in [re.search(r"\S\s{2,}(?=\S)", row)] if m)
    column = starts.most_common(1)[0][0] if starts else max(map(len, rows)) + 1
    entries = []
    for row in rows:
        head, tail = row[:column], row[column:].strip()
        if head.strip() and (len(row) <= column or row[column - 1] == " "):
            entries.append([head.strip(), tail])
        elif head.strip():
            entries.append([row.strip(), ""])
        elif entries:
            entries[-1][1] = f"{entries[-1][1]} {tail}".strip()
    return entries


def tagged_paragraphs(entries, term_style=styled):
    out = []
    for term, description in entries:
        out += [".TP", line(term_style(term))] + filled(escape(description))
    return out


def break_points(text_line):
    """(position, depth, column) after each ", " or "|" outside strings: where a literal line may be
    broken, how many brackets are open there, and the column after the innermost one."""
    points, opened, quoted = [], [], False
    for position, char in enumerate(text_line):
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char in "[{(":
            opened.append(position + 1)
        elif char in "]})" and opened:
            opened.pop()
        elif char == "|" or char == "," and text_line[position + 1:position + 2] == " ":
            points.append((position + 1, len(opened), opened[-1] if opened else None))
    return points


def wrap_literal(text_line):
    """A literal line longer than LITERAL_WIDTH, broken after a comma at the shallowest
    bracket depth and continued under the innermost open bracket (JSON shapes stay legible),
    else two columns deeper than the line."""
    lines = []
    while len(text_line) > LITERAL_WIDTH:
        points = [p for p in break_points(text_line) if p[0] <= LITERAL_WIDTH]
        if not points:
            break
        depth = min(p[1] for p in points)
        position, _, column = max(p for p in points if p[1] == depth)
        indent = len(text_line) - len(text_line.lstrip())
        lines.append(text_line[:position])
        text_line = " " * (column if column else indent + 2) + text_line[position:].lstrip()
    return lines + [text_line]


def prose(paragraph):
    """A paragraph of help text to roff: running text and list items filled, literal lines
    kept."""
    longest = max(len(text_line) for text_line in paragraph)
    out, mode, words = [".PP"], "text", []

    def flush():
        out.extend(filled(escape(" ".join(words))))
        words.clear()

    for index, text_line in enumerate(paragraph):
        literal = text_line.startswith(" ")
        if text_line.startswith("- "):
            flush()
            out.append(".IP \\(bu 2")
            words.append(text_line[2:])
            mode = "item"
        elif literal and mode == "item":
            words.append(text_line.strip())
        elif literal:
            flush()
            if mode != "literal":
                out += [".PP" if mode == "item" else ".br", ".nf"]
            out += [line(escape(part)) for part in wrap_literal(text_line)]
            mode = "literal"
        else:
            flush()
            if mode == "literal":
                out.append(".fi")
            elif mode == "item":
                out.append(".PP")
            previous = paragraph[index - 1] if index else ""
            if mode == "text" and previous.endswith(".") and \
                    len(previous) < SHORT_LINE_SHARE * longest:
                out.append(".PP")
            words.append(text_line)
            mode = "text"
    flush()
    if mode == "literal":
        out.append(".fi")
    return out


def body(paragraphs, table_heading):
    """Roff for paragraphs; tables become .TP lists under table_heading(title)."""
    out, tables = [], {}
    for paragraph in paragraphs:
        if paragraph[0] in TABLES:
            tables[paragraph[0][:-1]] = table_entries(paragraph[1:])
            if paragraph[0] != "Commands:":
                out += table_heading(paragraph[0][:-1])
                out += tagged_paragraphs(tables[paragraph[0][:-1]])
        else:
            out += prose(paragraph)
    return out, tables


def synopsis(usages):
    out = [".SH SYNOPSIS"]
    for index, usage in enumerate(usages):
        out += ([".br"] if index else []) + [line(styled(usage))]
    return out


def man_page(args):
    general = run_help(args.executable, [])
    usage, paragraphs = split_help(general, args.name)
    exit_status = [p for p in paragraphs if p[0].startswith("Exit status:")]
    paragraphs = [p for p in paragraphs if p not in exit_status]

    description, tables = body(paragraphs, lambda title: [f".SH {title.upper()}"])
    commands = [(term.split()[0], term) for term, _ in tables.get("Commands", [])]
    sections = []
    for command, _ in commands:
        command_usage, command_paragraphs = split_help(run_help(args.executable, [command]),
                                                       args.name)
        usage += command_usage
        text, _ = body(command_paragraphs, lambda title: [".PP", f"\\fB{title}:\\fR"])
        sections += [f".SS {command}"] + [line(styled(u)) for u in command_usage] + text

    out = [f".\\\" Written from '{args.name} --help' at build time by installer/manpage.py;",
           ".\\\" change the program's help, not this page.",
           f".TH {args.name.upper()} 1 {args.date} \"Topology Designer {args.version}\" "
           "\"User Commands\"",
           # No hyphenation, ragged right: option names and paths stay whole.
           ".nh", ".ad l",
           ".SH NAME"] + filled(f"{args.name} \\- {escape(args.summary)}")
    out += synopsis(usage)
    # The description's own text, the list of commands, then its tables (OPTIONS, ARGUMENTS).
    table_start = next((i for i, text in enumerate(description) if text.startswith(".SH")),
                       len(description))
    out += [".SH DESCRIPTION"] + description[:table_start]
    if commands:
        out += [".PP", "The commands, detailed under \\fBCOMMANDS\\fR below:"]
        out += tagged_paragraphs(tables["Commands"])
    out += description[table_start:]
    if commands:
        out += [".SH COMMANDS"] + sections
    if exit_status:
        first = exit_status[0]
        out += [".SH EXIT STATUS"] + prose([first[0][len("Exit status:"):].strip()] + first[1:])
    if args.sections:
        with open(args.sections, encoding="utf-8") as extra:
            out += extra.read().rstrip("\n").split("\n")
    if args.see_also:
        out += [".SH SEE ALSO", ",\n".join(f".BR {name} (1)" for name in args.see_also)]
    return "\n".join(tidy(out)) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--executable", required=True, help="the built program")
    parser.add_argument("--name", required=True, help="its command name")
    parser.add_argument("--summary", required=True, help="one line for the NAME section")
    parser.add_argument("--version", required=True, help="the project version")
    parser.add_argument("--date", required=True, help="the release date, YYYY-MM-DD")
    parser.add_argument("--sections", help="roff file of extra sections, before SEE ALSO")
    parser.add_argument("--see-also", nargs="*", default=[], help="related commands")
    parser.add_argument("--output", required=True, help="the page to write")
    args = parser.parse_args()
    page = man_page(args)
    with open(args.output, "w", encoding="utf-8") as output:
        output.write(page)


if __name__ == "__main__":
    main()
