#include "export/HtmlReport.h"

#include "export/ExportText.h"
#include "export/ReportAnalysis.h"
#include "export/ReportTables.h"
#include "rules/Validator.h"

#include "TopoVersion.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace topo {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("topo::Export", text);
}

// Plain CSS without '<' or '&', so that the document stays well-formed XML as well.
const char* const kStyle = R"(
body { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; color: #1f2430;
       margin: 2em auto; max-width: 70em; padding: 0 1em; line-height: 1.4; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { border-bottom: 2px solid #d5d9e0; padding-bottom: 0.2em; margin-top: 2em; }
.muted { color: #5b6270; }
table { border-collapse: collapse; margin: 0.8em 0 1.2em; width: 100%; }
caption { text-align: left; font-weight: 600; margin-bottom: 0.3em; }
th, td { border: 1px solid #d5d9e0; padding: 0.25em 0.5em; text-align: left;
         vertical-align: top; }
th { background: #f1f3f6; }
td:nth-child(n+2) { font-variant-numeric: tabular-nums; }
.picture { overflow: auto; border: 1px solid #d5d9e0; padding: 0.5em; }
.picture svg { max-width: 100%; height: auto; }
.finding { border-left: 4px solid #888; padding: 0.3em 0.8em; margin: 0.6em 0; }
.finding.error { border-color: #c62828; }
.finding.warning { border-color: #ef8f00; }
.finding.info { border-color: #1e6fd9; }
.finding p { margin: 0.2em 0; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 0.9em; }
)";

QString severityTitle(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Errors");
    case Severity::Warning:
        return tr("Warnings");
    case Severity::Info:
        return tr("Information");
    }
    return {};
}

// The topology picture without its XML declaration, ready to sit inside the HTML body.
QString inlineSvg(const QByteArray& svg)
{
    const qsizetype start = svg.indexOf("<svg");
    if (start < 0)
        return {};
    return QString::fromUtf8(svg.mid(start));
}

QString findingBlock(const Finding& finding)
{
    const RuleInfo* rule = findRule(finding.rule);
    const QString severity = qstr(std::string(toString(finding.severity)));
    QString block =
        QStringLiteral("<div class=\"finding %1\">\n<p><code>%2</code> %3</p>\n"
                       "<p>%4</p>\n")
            .arg(severity, html(finding.rule),
                 rule ? QStringLiteral("<strong>%1</strong>").arg(html(rule->title)) : QString(),
                 html(finding.message));
    QStringList subjects;
    for (const std::string& subject : finding.subjects)
        subjects.append(QStringLiteral("<code>%1</code>").arg(html(subject)));
    if (!subjects.isEmpty())
        block += QStringLiteral("<p class=\"muted\">%1 %2</p>\n")
                     .arg(html(tr("Concerns:")), subjects.join(QStringLiteral(", ")));
    if (rule && !rule->rationale.empty())
        block += QStringLiteral("<p>%1</p>\n").arg(html(rule->rationale));
    if (rule && !rule->reference.empty()) {
        const QString reference = qstr(rule->reference);
        const bool link = reference.startsWith(QStringLiteral("https://"));
        block += QStringLiteral("<p class=\"muted\">%1 %2</p>\n")
                     .arg(html(tr("Reference:")),
                          link ? QStringLiteral("<a href=\"%1\">%1</a>").arg(html(reference))
                               : html(reference));
    }
    return block + QStringLiteral("</div>\n");
}

QString findingsSection(const std::vector<Finding>& findings, const std::string& environment)
{
    QString text = QStringLiteral("<h2>%1</h2>\n").arg(html(tr("Findings")));
    int shown = 0;
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        QString blocks;
        int count = 0;
        for (const Finding& finding : findings) {
            if (finding.severity != severity ||
                (!environment.empty() && finding.environment != environment))
                continue;
            blocks += findingBlock(finding);
            ++count;
        }
        if (count == 0)
            continue;
        shown += count;
        text += QStringLiteral("<h3>%1 (%2)</h3>\n%3")
                    .arg(html(severityTitle(severity)))
                    .arg(count)
                    .arg(blocks);
    }
    if (shown == 0)
        text += QStringLiteral("<p>%1</p>\n").arg(html(tr("No findings: every rule passes.")));
    return text;
}

} // namespace

QByteArray htmlReport(const Topology& topology, const std::vector<Finding>& findings,
                      const ReportContent& content)
{
    const QString title = topology.name.empty() ? tr("Topology design") : qstr(topology.name);
    QString body;
    body += QStringLiteral("<h1>%1</h1>\n").arg(html(title));
    body +=
        QStringLiteral("<p class=\"muted\">%1</p>\n")
            .arg(html(
                tr("Design report, %1 · %2").arg(content.date, QStringLiteral(TOPO_GENERATOR))));
    if (!topology.description.empty())
        body += QStringLiteral("<p>%1</p>\n").arg(html(topology.description));
    body += totalsSection(topology, content.environment);
    if (!content.topologySvg.isEmpty())
        body += QStringLiteral("<h2>%1</h2>\n<div class=\"picture\">\n%2</div>\n")
                    .arg(html(tr("Topology")), inlineSvg(content.topologySvg));
    body += QStringLiteral("<h2>%1</h2>\n").arg(html(tr("Environments")));
    for (const Environment& env : topology.environments)
        if (content.environment.empty() || env.id == content.environment)
            body += environmentSection(topology, env);
    body += analysisSection(topology, content.environment);
    if (!content.scalingSvg.isEmpty())
        body += QStringLiteral("<h2>%1</h2>\n<div class=\"picture\">\n%2</div>\n")
                    .arg(html(tr("Scaling")), inlineSvg(content.scalingSvg));
    body += findingsSection(findings, content.environment);

    const QString page =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                       "<meta name=\"generator\" content=\"%1\"/>\n<title>%2</title>\n"
                       "<style>%3</style>\n</head>\n<body>\n%4</body>\n</html>\n")
            .arg(QStringLiteral(TOPO_GENERATOR), html(title), QString::fromUtf8(kStyle), body);
    return page.toUtf8();
}

} // namespace topo
