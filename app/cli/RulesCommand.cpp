#include "cli/RulesCommand.h"

#include "cli/CommandParser.h"
#include "cli/Console.h"
#include "core/rules/Validator.h"

namespace topo::cli {

namespace {

const char* const kDescription = R"(Lists the design rules, sorted by id.

Text output: per rule, a line "RULE-ID severity: title", then the rationale and the
documentation reference, each on its own line indented by two spaces, then an empty line.
JSON output: {"rules": [{"id", "severity", "title", "rationale", "reference"}, ...]}.)";

void printText(const std::vector<RuleInfo>& rules)
{
    for (const RuleInfo& rule : rules) {
        printLine(
            QStringLiteral("%1 %2: %3")
                .arg(fromStd(rule.id), fromStd(toString(rule.severity)), fromStd(rule.title)));
        printLine(QStringLiteral("  ") + fromStd(rule.rationale));
        printLine(QStringLiteral("  ") + fromStd(rule.reference));
        printLine(QString());
    }
}

void printJsonCatalog(const std::vector<RuleInfo>& rules)
{
    Json list = Json::array();
    for (const RuleInfo& rule : rules) {
        list.push_back(Json{{"id", rule.id},
                            {"severity", std::string(toString(rule.severity))},
                            {"title", rule.title},
                            {"rationale", rule.rationale},
                            {"reference", rule.reference}});
    }
    printJson(Json{{"rules", std::move(list)}});
}

} // namespace

int runRules(const QStringList& arguments)
{
    CommandParser command(QStringLiteral("rules [options]"), QString::fromUtf8(kDescription));
    QCommandLineParser& parser = command.parser();
    command.addFormatOption();
    if (const std::optional<int> done = command.parse(arguments))
        return *done;
    const std::optional<bool> json = command.jsonFormat();
    if (!json)
        return kExitFailure;
    if (!parser.positionalArguments().isEmpty())
        return argumentError(QStringLiteral("rules takes no arguments"));

    if (*json)
        printJsonCatalog(ruleCatalog());
    else
        printText(ruleCatalog());
    return kExitOk;
}

} // namespace topo::cli
