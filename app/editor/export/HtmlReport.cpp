#include "editor/export/HtmlReport.h"

#include "core/model/DisplayName.h"
#include "core/rules/Validator.h"
#include "editor/export/ExportText.h"
#include "editor/export/ReportAnalysis.h"
#include "editor/export/ReportOperations.h"
#include "editor/export/ReportTables.h"

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
.skip { position: absolute; left: -999em; }
.skip:focus { position: static; }
nav ul { list-style: none; padding: 0; margin: 0.5em 0; display: flex; flex-wrap: wrap;
         gap: 0.3em 1.2em; }
footer { margin-top: 3em; border-top: 1px solid #d5d9e0; padding-top: 0.5em; }
.picture { border: 1px solid #d5d9e0; padding: 0.5em; margin: 0.8em 0; }
.picture .view { overflow: auto; }
.picture .view:focus { outline: 2px solid #1e6fd9; }
.picture .view label { cursor: zoom-in; }
.picture svg { display: block; max-width: 100%; height: auto; }
.picture .zoom:checked ~ .view { max-height: 85vh; }
.picture .zoom:checked ~ .view label { cursor: zoom-out; }
.picture .zoom:checked ~ .view svg { max-width: none; }
.picture figcaption { margin-top: 0.3em; }
@media print {
  .skip, nav, .picture .zoom, .picture .toggle, .picture figcaption { display: none; }
  .picture .zoom:checked ~ .view { max-height: none; overflow: visible; }
  .picture .zoom:checked ~ .view svg { max-width: 100%; }
}
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

// A picture of the report: fitted to the page width, and at its natural size (text at 100 %)
// when the reader ticks "Full size" or clicks the picture, scrolling to pan. A checkbox and
// CSS only, no script: the file stays self-contained and works wherever scripts are off.
QString pictureFigure(const QString& id, const QString& name, const QByteArray& svg)
{
    const qsizetype start = svg.indexOf("<svg");
    if (start < 0)
        return {};
    // Without its XML declaration, named as one image for assistive technology.
    const QString picture = QStringLiteral("<svg role=\"img\" aria-label=\"%1\"").arg(html(name)) +
                            QString::fromUtf8(svg.mid(start + 4));
    return QStringLiteral("<figure class=\"picture\">\n"
                          "<input type=\"checkbox\" class=\"zoom\" id=\"zoom-%1\"/>\n"
                          "<label class=\"toggle\" for=\"zoom-%1\">%2</label>\n"
                          "<div class=\"view\" tabindex=\"0\" role=\"group\" aria-label=\"%3\">\n"
                          "<label for=\"zoom-%1\">\n%4</label>\n</div>\n"
                          "<figcaption class=\"muted\">%5</figcaption>\n</figure>\n")
        .arg(id, html(tr("Full size (100 %)")), html(name), picture,
             html(tr("Fitted to the page width. Tick \u201cFull size\u201d or click the picture "
                     "to read it at 100 %, then scroll (arrow keys once focused) to move "
                     "around.")));
}

// One section of the report, with its place in the table of contents.
struct Part {
    QString id;
    QString title;
    QString text;
};

QString findingBlock(const Topology& topology, const Finding& finding)
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
    // The names the reader knows the elements by; ids stay in the machine outputs.
    for (const std::string& subject : finding.subjects)
        subjects.append(html(displayName(topology, subject)));
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

QString findingsSection(const Topology& topology, const std::vector<Finding>& findings,
                        const std::string& environment)
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
            blocks += findingBlock(topology, finding);
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
    // The figures of the analysis docks and of `topology-cli analyze` (the same objects), for
    // the capacity part and the failover runbooks alike: the single points of failure are
    // searched once.
    const std::vector<EnvironmentAnalysis> analyses =
        analyzeEnvironments(topology, content.environment);
    std::vector<Part> parts;
    parts.push_back(
        {QStringLiteral("totals"), tr("Totals"), totalsSection(topology, content.environment)});
    if (!content.topologySvg.isEmpty())
        parts.push_back(
            {QStringLiteral("topology"), tr("Topology"),
             QStringLiteral("<h2>%1</h2>\n").arg(html(tr("Topology"))) +
                 pictureFigure(QStringLiteral("topology"), tr("Topology picture of %1").arg(title),
                               content.topologySvg)});
    QString environments = QStringLiteral("<h2>%1</h2>\n").arg(html(tr("Environments")));
    for (const Environment& env : topology.environments)
        if (content.environment.empty() || env.id == content.environment)
            environments += environmentSection(topology, env);
    parts.push_back({QStringLiteral("environments"), tr("Environments"), environments});
    parts.push_back({QStringLiteral("capacity"), tr("Capacity and single points of failure"),
                     analysisSection(topology, analyses)});
    if (!content.scalingSvg.isEmpty())
        parts.push_back(
            {QStringLiteral("scaling"), tr("Scaling"),
             QStringLiteral("<h2>%1</h2>\n").arg(html(tr("Scaling"))) +
                 pictureFigure(QStringLiteral("scaling"), tr("Scaling picture of %1").arg(title),
                               content.scalingSvg)});
    parts.push_back({QStringLiteral("findings"), tr("Findings"),
                     findingsSection(topology, findings, content.environment)});
    parts.push_back({QStringLiteral("network"), tr("Network flows"),
                     networkSection(topology, content.environment)});
    parts.push_back({QStringLiteral("runbook"), tr("Runbook"),
                     runbookSection(topology, content.environment, analyses)});

    // Landmarks: the title in <header>, the contents in <nav>, every section in the one
    // <main>, the generator in <footer>; a skip link first for keyboard readers.
    QString body = QStringLiteral("<header>\n<a class=\"skip\" href=\"#report\">%1</a>\n"
                                  "<h1>%2</h1>\n<p class=\"muted\">%3</p>\n</header>\n")
                       .arg(html(tr("Skip to the report")), html(title),
                            html(tr("Design report, %1").arg(content.date)));
    body += QStringLiteral("<nav aria-label=\"%1\">\n<ul>\n").arg(html(tr("Contents")));
    for (const Part& part : parts)
        body += QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n").arg(part.id, html(part.title));
    body += QStringLiteral("</ul>\n</nav>\n<main id=\"report\">\n");
    if (!topology.description.empty())
        body += QStringLiteral("<p>%1</p>\n").arg(html(topology.description));
    for (const Part& part : parts)
        body += QStringLiteral("<section id=\"%1\">\n%2</section>\n").arg(part.id, part.text);
    body += QStringLiteral("</main>\n<footer>\n<p class=\"muted\">%1</p>\n</footer>\n")
                .arg(html(
                    tr("Written by %1 on %2.").arg(QStringLiteral(TOPO_GENERATOR), content.date)));

    const QString page =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                       "<meta name=\"generator\" content=\"%1\"/>\n<title>%2</title>\n"
                       "<style>%3</style>\n</head>\n<body>\n%4</body>\n</html>\n")
            .arg(QStringLiteral(TOPO_GENERATOR), html(title), QString::fromUtf8(kStyle), body);
    return page.toUtf8();
}

} // namespace topo
