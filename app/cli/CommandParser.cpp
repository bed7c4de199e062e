#include "cli/CommandParser.h"

#include "cli/Console.h"

namespace topo::cli {

CommandParser::CommandParser(const QString& synopsis, const QString& description)
    : m_synopsis(synopsis),
      m_helpOption({QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("?")},
                   QStringLiteral("Show this help.")),
      m_formatOption(QStringLiteral("format"), QStringLiteral("Output format: text or json."),
                     QStringLiteral("text|json"), QStringLiteral("text"))
{
    // Not addHelpOption(): it also offers --help-all, about Qt's own options, which this
    // program does not take.
    m_parser.addOption(m_helpOption);
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

std::optional<int> CommandParser::parse(const QStringList& arguments)
{
    // QCommandLineParser expects the program name first.
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("topology-cli"));
    if (!m_parser.parse(withProgram)) {
        QString reason = m_parser.errorText();
        if (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        return argumentError(
            QStringLiteral("%1 (see 'topology-cli %2 --help')").arg(reason, command()));
    }
    if (m_parser.isSet(m_helpOption)) {
        printLine(helpText());
        return kExitOk;
    }
    return std::nullopt;
}

QString CommandParser::helpText() const
{
    // Qt's first line names the executable path and puts [options] before the command; use
    // the command's own synopsis instead.
    QString text = m_parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    text.remove(0, firstLineEnd + 1);
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return QStringLiteral("Usage: topology-cli ") + m_synopsis + QStringLiteral("\n\n") + text;
}

QString CommandParser::command() const
{
    return m_synopsis.section(QLatin1Char(' '), 0, 0);
}

void CommandParser::addFormatOption()
{
    m_parser.addOption(m_formatOption);
}

std::optional<bool> CommandParser::jsonFormat() const
{
    const QString format = m_parser.value(m_formatOption);
    if (!checkChoice(QStringLiteral("format"), format,
                     {QStringLiteral("text"), QStringLiteral("json")}))
        return std::nullopt;
    return format == QLatin1String("json");
}

std::optional<QString> CommandParser::singleFile() const
{
    const QStringList files = m_parser.positionalArguments();
    if (files.size() == 1)
        return files.constFirst();
    argumentError(
        QStringLiteral("%1 needs exactly one FILE (see 'topology-cli %1 --help')").arg(command()));
    return std::nullopt;
}

bool checkChoice(const QString& option, const QString& value, const QStringList& allowed)
{
    if (allowed.contains(value))
        return true;
    argumentError(QStringLiteral("--%1 must be one of %2, not '%3'")
                      .arg(option, allowed.join(QLatin1Char('|')), value));
    return false;
}

} // namespace topo::cli
