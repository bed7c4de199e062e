#pragma once

#include <cstdio>
#include <string_view>

namespace topo::cli::platform {

// Sets the standard streams up before any output. Text output ends its lines with "\n" on
// every platform: on Windows the streams are switched to binary mode, so that a file or pipe
// receives the same bytes as on Linux (git, diff tools, PowerShell, Notepad and every JSON or
// CSV reader take LF), and scripts can compare the outputs of both builds byte for byte.
void prepareStandardStreams();

// Writes UTF-8 text to `stream` and flushes it. A Windows console receives it as UTF-16
// (WriteConsoleW), which shows every character whatever the console's code page; a file or a
// pipe receives the UTF-8 bytes. Returns 0, or the errno of the first failed write or flush.
int writeUtf8(std::FILE* stream, std::string_view text);

// Flushes `stream` and closes a duplicate of it: a file system that reports a failure only
// when a file is closed (a network share) is heard. Returns 0 or an errno.
int closeStream(std::FILE* stream);

} // namespace topo::cli::platform
