#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace topo::cli {

// The command line of one subcommand: its options, its --help text and its argument errors,
// with the exit statuses of cli.md (QCommandLineParser::process() would exit with 1).
class CommandParser {
public:
    // `synopsis` is the usage after the program name, e.g. "validate [options] FILE...".
    CommandParser(const QString& synopsis, const QString& description);

    QCommandLineParser& parser() { return m_parser; }

    // Parses the arguments that follow the command name. Returns an exit status when the
    // command is already finished (help shown: 0; wrong arguments: 2), nullopt otherwise.
    std::optional<int> parse(const QStringList& arguments);

    QString helpText() const;

    // Adds the `--format text|json` option of validate, rules, simulate, analyze and diff.
    void addFormatOption();
    // After parse(): true for json, false for text; nullopt (reported) for another value.
    std::optional<bool> jsonFormat() const;
    // After parse(): the one FILE argument; nullopt (reported) when there are more or none.
    std::optional<QString> singleFile() const;

private:
    QString command() const; // the subcommand's name, the synopsis's first word

    QString m_synopsis;
    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_formatOption;
};

// True when `value` is one of `allowed`; otherwise reports which values `option` accepts.
bool checkChoice(const QString& option, const QString& value, const QStringList& allowed);

} // namespace topo::cli
