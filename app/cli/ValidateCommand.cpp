#include "cli/ValidateCommand.h"

#include "cli/CommandParser.h"
#include "cli/Console.h"
#include "cli/FindingReport.h"
#include "core/rules/Validator.h"
#include "editor/files/TopologyFile.h"

#include <algorithm>
#include <optional>

namespace topo::cli {

namespace {

const char* const kDescription = R"(Loads each FILE and runs every design rule.

Text output (the default): one line per finding on standard output,
  FILE: SEVERITY RULE-ID: message [subject ids]
with the subject ids separated by single spaces, then one summary line per file,
  FILE: N errors, N warnings, N infos
A file that cannot be loaded gives one line on standard error instead:
  FILE:LINE:COLUMN: error: message       (a JSON syntax error)
  FILE: error: /json/pointer: message    (any other load error)

JSON output: one document on standard output, an entry per file:
  {"files": [{"file": F, "loaded": true, "summary": {"error": N, "warning": N, "info": N},
              "findings": [{"rule", "severity", "title", "message", "subjects",
                            "environment"}]},
             {"file": F, "loaded": false,
              "error": {"message", "pointer", "line", "column"}}]}
Findings are sorted by rule id, then by subjects.

Exit status: 0 when no finding is at or above --fail-on, 1 when one is, 2 when a file
could not be loaded or the arguments are wrong (2 wins over 1).)";

// The lowest severity that makes the exit status 1; nullopt for --fail-on never.
std::optional<Severity> failThreshold(const QString& failOn)
{
    if (failOn == QLatin1String("never"))
        return std::nullopt;
    return parseSeverity(failOn.toStdString());
}

bool reachesThreshold(const std::vector<Finding>& findings, std::optional<Severity> threshold)
{
    return threshold && std::any_of(findings.begin(), findings.end(),
                                    [&](const Finding& f) { return f.severity >= *threshold; });
}

} // namespace

int runValidate(const QStringList& arguments)
{
    CommandParser command(QStringLiteral("validate [options] FILE..."),
                          QString::fromUtf8(kDescription));
    QCommandLineParser& parser = command.parser();
    const QCommandLineOption failOnOption(
        QStringLiteral("fail-on"),
        QStringLiteral("Lowest severity that makes the exit status 1 (default error)."),
        QStringLiteral("error|warning|info|never"), QStringLiteral("error"));
    command.addFormatOption();
    parser.addOption(failOnOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Design files to check."),
                                 QStringLiteral("FILE..."));
    if (const std::optional<int> done = command.parse(arguments))
        return *done;

    const std::optional<bool> jsonChosen = command.jsonFormat();
    const QString failOn = parser.value(failOnOption);
    if (!jsonChosen || !checkChoice(QStringLiteral("fail-on"), failOn,
                                    {QStringLiteral("error"), QStringLiteral("warning"),
                                     QStringLiteral("info"), QStringLiteral("never")}))
        return kExitFailure;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return argumentError(QStringLiteral("validate needs at least one FILE "
                                            "(see 'topology-cli validate --help')"));

    const bool json = *jsonChosen;
    const std::optional<Severity> threshold = failThreshold(failOn);
    bool loadFailed = false;
    bool thresholdReached = false;
    Json entries = Json::array();
    for (const QString& file : files) {
        const FileLoadResult loaded = loadTopologyFile(file);
        if (!loaded.ok()) {
            loadFailed = true;
            if (json)
                entries.push_back(failedFileJson(file, loaded.error));
            else
                printErrorLine(loaded.errorText);
            continue;
        }
        const std::vector<Finding> findings = validate(*loaded.topology);
        thresholdReached = thresholdReached || reachesThreshold(findings, threshold);
        if (json) {
            entries.push_back(loadedFileJson(file, findings));
            continue;
        }
        for (const Finding& finding : findings)
            printLine(findingLine(file, *loaded.topology, finding));
        printLine(summaryLine(file, countSeverities(findings)));
    }
    if (json)
        printJson(Json{{"files", std::move(entries)}});
    if (loadFailed)
        return kExitFailure;
    return thresholdReached ? kExitFindings : kExitOk;
}

} // namespace topo::cli
