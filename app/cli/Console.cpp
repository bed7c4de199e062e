#include "Console.h"

#include <cstdio>

namespace topo::cli {

namespace {

void writeLine(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

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

void printJson(const Json& document)
{
    const std::string text = document.dump(2, ' ', false, Json::error_handler_t::replace);
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace topo::cli
