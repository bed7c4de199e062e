#include "cli/FindingReport.h"

#include "cli/Console.h"
#include "core/model/DisplayName.h"
#include "core/rules/Validator.h"
#include "editor/files/TopologyFile.h"

#include <QStringList>

namespace topo::cli {

namespace {

Json findingJson(const Finding& finding)
{
    const RuleInfo* rule = findRule(finding.rule);
    Json subjects = Json::array();
    for (const std::string& id : finding.subjects)
        subjects.push_back(id);
    return Json{{"rule", finding.rule},
                {"severity", std::string(toString(finding.severity))},
                {"title", rule ? rule->title : std::string()},
                {"message", finding.message},
                {"subjects", std::move(subjects)},
                {"environment", finding.environment}};
}

} // namespace

SeverityCounts countSeverities(const std::vector<Finding>& findings)
{
    SeverityCounts counts;
    for (const Finding& finding : findings) {
        switch (finding.severity) {
        case Severity::Error:
            ++counts.errors;
            break;
        case Severity::Warning:
            ++counts.warnings;
            break;
        case Severity::Info:
            ++counts.infos;
            break;
        }
    }
    return counts;
}

QString findingLine(const QString& file, const Topology& topology, const Finding& finding)
{
    QStringList subjects;
    for (const std::string& id : finding.subjects)
        subjects.append(fromStd(displayName(topology, id)));
    return QStringLiteral("%1: %2 %3: %4 [%5]")
        .arg(file, fromStd(toString(finding.severity)), fromStd(finding.rule),
             singleLine(fromStd(finding.message)), subjects.join(QStringLiteral(", ")));
}

QString summaryLine(const QString& file, const SeverityCounts& counts)
{
    // The plural is fixed by cli.md ("N errors") so that scripts can match one pattern.
    return QStringLiteral("%1: %2 errors, %3 warnings, %4 infos")
        .arg(file, QString::number(counts.errors), QString::number(counts.warnings),
             QString::number(counts.infos));
}

Json loadedFileJson(const QString& file, const std::vector<Finding>& findings)
{
    const SeverityCounts counts = countSeverities(findings);
    Json list = Json::array();
    for (const Finding& finding : findings)
        list.push_back(findingJson(finding));
    return Json{{"file", file.toStdString()},
                {"loaded", true},
                {"summary",
                 {{"error", counts.errors}, {"warning", counts.warnings}, {"info", counts.infos}}},
                {"findings", std::move(list)}};
}

Json failedFileJson(const QString& file, const LoadError& error)
{
    return Json{{"file", file.toStdString()},
                {"loaded", false},
                {"error",
                 {{"message", error.message},
                  {"pointer", error.pointer},
                  {"line", error.line},
                  {"column", error.column}}}};
}

} // namespace topo::cli
