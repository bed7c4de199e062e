#pragma once

#include "core/model/Json.h"

#include <QString>

#include <string_view>

namespace topo::cli {

// Exit statuses of cli.md.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitFailure = 2; // a load or write failure, or wrong arguments

// `text` with the characters a terminal would act on (control characters but line ends and
// tabs, bidirectional overrides) written as visible escapes, "\x1B" or "\u202E".
QString terminalSafe(const QString& text);

// Writes to standard output / standard error as UTF-8, adding a line end. The text is made
// terminal-safe first: names and file names come from outside.
void printLine(const QString& text);
void printErrorLine(const QString& text);

// Reports a usage or argument problem as "topology-cli: message" on standard error and
// returns kExitFailure.
int argumentError(const QString& message);

// The engine's UTF-8 text as a QString.
QString fromStd(std::string_view text);

// Writes data made for files (CSV) to standard output as it is, without adding a line end.
void printData(std::string_view data);

// Writes a JSON document (2-space indent, final newline) to standard output. Invalid UTF-8
// coming from a file is replaced rather than aborting the output.
void printJson(const Json& document);

// Sets the standard streams up (cli/platform/ConsolePlatform.h), before any output.
void prepareOutput();

// After the command, with its exit status: flushes and closes standard output. When any
// write to it failed, the output is incomplete: says so on standard error ("cannot write the
// output: No space left on device") and returns kExitFailure instead of `status`.
int finishOutput(int status);

} // namespace topo::cli
