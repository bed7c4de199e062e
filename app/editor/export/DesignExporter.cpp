#include "editor/export/DesignExporter.h"

#include "core/layout/AutoLayout.h"
#include "core/rules/Validator.h"
#include "editor/export/DrawioWriter.h"
#include "editor/export/HtmlReport.h"
#include "editor/export/PictureDecorations.h"
#include "editor/export/PictureWriters.h"
#include "editor/export/ViewPicture.h"
#include "editor/paint/PaintScope.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QXmlStreamReader>

namespace topo {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("topo::Export", text);
}

ExportContent failure(const QString& text)
{
    return {std::nullopt, text, {}};
}

// The last line of defence against markup injection: an XML-based export whose text is not
// well-formed is refused instead of written.
ExportContent checkedXml(QByteArray bytes)
{
    // Read through a device: the reader then decodes a few kilobytes at a time, where given
    // the array it would hold all of it again as UTF-16 (twice the file in memory).
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    QXmlStreamReader xml(&device);
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError())
        return failure(
            tr("the export came out malformed (%1); nothing was written").arg(xml.errorString()));
    return {std::move(bytes), {}, {}};
}

bool hasEnvironment(const Topology& topology, const std::string& id)
{
    for (const Environment& env : topology.environments)
        if (env.id == id)
            return true;
    return false;
}

QString designTitle(const Topology& topology)
{
    return topology.name.empty() ? tr("Topology design") : QString::fromStdString(topology.name);
}

// The report covers the whole design or one environment, never a selection: it is about the
// design's capacity and risks, which a handful of elements cannot show. Its pictures are
// those of every view this build draws.
ReportContent reportContent(const Topology& topology, const std::vector<Finding>& findings,
                            const ExportOptions& options, const QString& date, const QString& title)
{
    ReportContent content;
    content.date = date;
    content.environment = options.environment;
    ExportOptions pictureOptions = options;
    pictureOptions.selection.clear();
    // Each inlined picture has its own class names: their style sheets apply to the page.
    auto svgOf = [&](ExportView view, const QString& namePrefix) {
        pictureOptions.view = view;
        if (!viewAvailable(view))
            return QByteArray();
        const std::optional<Picture> picture =
            viewPicture(topology, findings, pictureOptions, true);
        return picture ? svgBytes(*picture, title, QString::fromStdString(topology.description),
                                  namePrefix)
                       : QByteArray();
    };
    content.topologySvg = svgOf(ExportView::Topology, QStringLiteral("t"));
    content.scalingSvg = svgOf(ExportView::Scaling, QStringLiteral("s"));
    return content;
}

QString exportDate(const ExportOptions& options)
{
    return options.date.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : options.date;
}

} // namespace

QString pagesFooter(const Topology& topology, const ExportOptions& options)
{
    return QStringLiteral("%1 \u2014 %2").arg(designTitle(topology), exportDate(options));
}

std::optional<Picture> exportPicture(const Topology& topology, const std::vector<Finding>& findings,
                                     const ExportOptions& options, bool background)
{
    std::optional<Picture> picture = viewPicture(topology, findings, options, background);
    if (!picture)
        return std::nullopt;
    return decoratedPicture(
        std::move(*picture), topology, findings, options,
        {designTitle(topology), QString::fromStdString(topology.description), exportDate(options)},
        background);
}

ExportContent exportContent(const Topology& original, ExportFormat format,
                            const ExportOptions& options)
{
    if (!viewAvailable(options.view))
        return failure(viewUnavailableText(options.view));
    if (!options.environment.empty() && !hasEnvironment(original, options.environment))
        return failure(tr("the design has no environment '%1'")
                           .arg(QString::fromStdString(options.environment)));
    Topology topology = original;
    AutoLayout::place(topology);
    const std::vector<Finding> findings = validate(topology);
    const QString date = exportDate(options);
    const QString title = designTitle(topology);

    if (!options.selection.empty() && format != ExportFormat::Html &&
        selectionScope(topology, options.selection).empty())
        return failure(tr("the selection holds no element of the design"));
    if (format == ExportFormat::Drawio)
        return checkedXml(drawioBytes(topology, options.environment, options.selection));

    // Only a PNG can be transparent: vector formats keep the theme background.
    const bool background = format != ExportFormat::Png || !options.transparent;
    if (format == ExportFormat::Html)
        return checkedXml(htmlReport(topology, findings,
                                     reportContent(topology, findings, options, date, title)));
    const std::optional<Picture> picture = exportPicture(topology, findings, options, background);
    if (!picture)
        return failure(tr("the design has nothing to draw"));

    switch (format) {
    case ExportFormat::Png: {
        QString error;
        QString notice;
        std::optional<QByteArray> bytes = pngBytes(*picture, options, title, &error, &notice);
        return bytes ? ExportContent{std::move(bytes), {}, notice} : failure(error);
    }
    case ExportFormat::Svg:
        return checkedXml(svgBytes(*picture, title, QString::fromStdString(topology.description)));
    case ExportFormat::Pdf:
        return {pdfBytes(*picture, options, title, pagesFooter(topology, options)), {}, {}};
    case ExportFormat::Html:
    case ExportFormat::Drawio:
        break;
    }
    return failure(tr("unknown export format"));
}

FileWriteResult exportDesign(const Topology& topology, ExportFormat format,
                             const ExportOptions& options, const QString& path, QString* notice)
{
    const ExportContent content = exportContent(topology, format, options);
    if (notice)
        *notice = content.notice;
    if (!content.ok())
        return {false, QStringLiteral("%1: error: %2").arg(path, content.errorText)};
    return writeFileAtomically(path, *content.bytes);
}

} // namespace topo
