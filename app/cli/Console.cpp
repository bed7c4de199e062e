#include "cli/Console.h"

#include "cli/platform/ConsolePlatform.h"

#include <cstdio>
#include <cstring>

namespace topo::cli {

namespace {

// Characters a terminal acts on instead of showing (ESC starts a sequence that can clear or
// redraw the screen, BEL rings, BS erases) and the bidirectional controls that reorder what is
// shown: a design's names or a file name must not drive the user's terminal.
bool actsOnTerminal(char16_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7F && c <= 0x9F) ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// The errno of the first write to standard output that failed (a full disk, a closed pipe,
// a network share gone), or 0: the command's output is then incomplete.
int g_outputError = 0;

void write(std::FILE* stream, std::string_view text)
{
    const int error = platform::writeUtf8(stream, text);
    if (error != 0 && stream == stdout && g_outputError == 0)
        g_outputError = error;
}

void writeLine(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = terminalSafe(text).toUtf8() + '\n';
    write(stream, std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

} // namespace

QString terminalSafe(const QString& text)
{
    QString shown;
    shown.reserve(text.size());
    for (const QChar c : text) {
        if (!actsOnTerminal(c.unicode()))
            shown += c;
        else {
            const bool small = c.unicode() < 0x100;
            const QString hex = QString::number(c.unicode(), 16).toUpper();
            shown += (small ? QStringLiteral("\\x") : QStringLiteral("\\u")) +
                     hex.rightJustified(small ? 2 : 4, QLatin1Char('0'));
        }
    }
    return shown;
}

void printLine(const QString& text)
{
    writeLine(stdout, text);
}

void printErrorLine(const QString& text)
{
    writeLine(stderr, text);
}

int argumentError(const QString& message)
{
    printErrorLine(QStringLiteral("topology-cli: ") + message);
    return kExitFailure;
}

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

void printData(std::string_view data)
{
    write(stdout, data);
}

void printJson(const Json& document)
{
    write(stdout, document.dump(2, ' ', false, Json::error_handler_t::replace) + '\n');
}

void prepareOutput()
{
    platform::prepareStandardStreams();
}

int finishOutput(int status)
{
    const int closeError = platform::closeStream(stdout);
    const int error = g_outputError != 0 ? g_outputError : closeError;
    if (error == 0)
        return status;
    printErrorLine(QStringLiteral("topology-cli: cannot write the output: ") +
                   QString::fromLocal8Bit(std::strerror(error)));
    return kExitFailure;
}

} // namespace topo::cli
