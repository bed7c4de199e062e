#include "editor/export/CompareReport.h"

#include "core/model/DisplayName.h"
#include "editor/export/ReportTables.h"
#include "editor/paint/SceneGeometry.h"
#include "editor/paint/TopologyPainter.h"

#include "TopoVersion.h"

#include <QCoreApplication>
#include <QStringList>

namespace topo {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("topo::Export", text);
}

QString qstr(const std::string& text)
{
    return QString::fromStdString(text);
}

QString elementTable(const DesignDiff& diff)
{
    QStringList rows;
    for (const ElementDiff& change : diff.elements) {
        QStringList members;
        for (const MemberChange& member : change.members)
            members.append(html(describe(member)));
        rows.append(htmlRow({html(elementChangeTitle(change)), html(changeKindText(change.kind)),
                             members.join(QStringLiteral("<br/>"))}));
    }
    return htmlTable(tr("Elements"), {tr("Element"), tr("Change"), tr("Members (old → new)")},
                     rows);
}

QString findingTable(const DesignDiff& diff)
{
    QStringList rows;
    for (const FindingChange& change : diff.findings) {
        QStringList subjects;
        for (const std::string& id : change.finding.subjects)
            subjects.append(qstr(id));
        rows.append(htmlRow({html(change.appeared ? tr("appears") : tr("disappears")),
                             html(change.finding.rule), html(subjects.join(QStringLiteral(", "))),
                             html(change.finding.message)}));
    }
    return htmlTable(tr("Findings"), {tr("Change"), tr("Rule"), tr("Subjects"), tr("Message")},
                     rows);
}

QString environmentTable(const DesignDiff& diff)
{
    QStringList rows;
    auto ids = [](const std::vector<std::string>& list) {
        QStringList text;
        for (const std::string& id : list)
            text.append(qstr(id));
        return text.join(QStringLiteral(", "));
    };
    for (const EnvironmentChange& env : diff.environments) {
        const QString name = html(displayName(env));
        for (const FigureChange& figure : env.figures)
            rows.append(
                htmlRow({name, html(figure.figure), html(figure.before), html(figure.after)}));
        if (!env.spofsAppeared.empty())
            rows.append(htmlRow({name, html(tr("single points of failure that appear")), QString(),
                                 html(ids(env.spofsAppeared))}));
        if (!env.spofsDisappeared.empty())
            rows.append(htmlRow({name, html(tr("single points of failure that disappear")),
                                 html(ids(env.spofsDisappeared)), QString()}));
    }
    return htmlTable(tr("Figures per environment"),
                     {tr("Environment"), tr("Figure"), tr("Before"), tr("After")}, rows);
}

} // namespace

QString changeKindText(ElementDiff::Kind kind)
{
    switch (kind) {
    case ElementDiff::Kind::Added:
        return tr("added");
    case ElementDiff::Kind::Removed:
        return tr("removed");
    case ElementDiff::Kind::Changed:
        return tr("changed");
    case ElementDiff::Kind::Moved:
        return tr("moved");
    }
    return {};
}

QString elementChangeTitle(const ElementDiff& change)
{
    if (change.id.empty())
        return tr("the design");
    const QString name = change.name.empty() ? qstr(change.id) : qstr(change.name);
    return tr("%1 (%2)").arg(name, qstr(change.elementType));
}

QString figureChangeText(const FigureChange& change)
{
    return tr("%1 → %2").arg(qstr(change.before), qstr(change.after));
}

QString comparisonTitle(const QString& beforeName, const QString& afterName)
{
    return tr("Changes from %1 to %2").arg(beforeName, afterName);
}

QString comparisonSection(const DesignDiff& diff, const QString& beforeName,
                          const QString& afterName)
{
    QString body = QStringLiteral("<section class=\"comparison\">\n<h2>%1</h2>\n")
                       .arg(html(comparisonTitle(beforeName, afterName)));
    body += QStringLiteral("<p>%1</p>\n").arg(html(summaryLine(diff)));
    body += elementTable(diff) + findingTable(diff) + environmentTable(diff);
    return body + QStringLiteral("</section>\n");
}

QByteArray comparisonReport(const DesignDiff& diff, const QString& beforeName,
                            const QString& afterName, const QByteArray& pictureSvg)
{
    // The picture's own XML declaration would be out of place inside the page.
    QString svg = QString::fromUtf8(pictureSvg);
    if (svg.startsWith(QStringLiteral("<?xml")))
        svg = svg.mid(svg.indexOf(QStringLiteral("?>")) + 2).trimmed();
    const QString figure =
        svg.isEmpty() ? QString() : QStringLiteral("<figure>%1</figure>\n").arg(svg);
    const QString page =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
            "<meta name=\"generator\" content=\"%1\"/>\n<title>%2</title>\n"
            "<style>body{font-family:sans-serif;margin:2em;color:#1f2937}"
            "table{border-collapse:collapse;margin:1em 0}caption{text-align:left;"
            "font-weight:bold;padding:.3em 0}th,td{border:1px solid #d1d5db;padding:.3em .6em;"
            "text-align:left;vertical-align:top}figure svg{max-width:100%;height:auto}"
            "</style>\n</head>\n<body>\n%3%4</body>\n</html>\n")
            .arg(QStringLiteral(TOPO_GENERATOR), html(comparisonTitle(beforeName, afterName)),
                 comparisonSection(diff, beforeName, afterName), figure);
    return page.toUtf8();
}

Picture comparisonPicture(const Topology& design, const std::vector<Finding>& findings,
                          std::shared_ptr<const CompareView> view, bool darkTheme)
{
    PaintOptions options;
    options.theme = darkTheme ? Theme::dark() : Theme::light();
    options.compare = view;
    Picture picture;
    // Room for both sides: the ghosts stand where the elements were.
    picture.bounds =
        view ? designBounds(design).united(designBounds(*view->before)) : designBounds(design);
    picture.background = options.theme.background;
    picture.paint = [design, findings, options](QPainter& painter) {
        paintDesign(painter, design, findings, options);
    };
    return picture;
}

} // namespace topo
