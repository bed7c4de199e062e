#include "cli/ExportCommand.h"

#include "cli/CommandParser.h"
#include "cli/Console.h"
#include "cli/UpgradeCommand.h"
#include "core/model/Ids.h"
#include "editor/export/DesignExporter.h"
#include "editor/export/ViewPicture.h"
#include "editor/files/TopologyFile.h"

#include <QFileInfo>

#include <array>
#include <utility>

namespace topo::cli {

namespace {

const char* const kDescription =
    R"(Writes the design FILE as OUT. The format comes from --format or, without
it, from OUT's extension: png, svg, pdf (pictures of the view), drawio (diagrams.net file
to go on editing), html (design report with tables, totals and findings), json (the
canonical re-save of the design).
Pictures show what the designer draws. PNG: --scale 0.5 to 4 pixels per canvas unit, or
--dpi 48 to 384 (stored in the file; 96 DPI = scale 1), --transparent; a PNG that would
exceed 20 megapixels is written at the largest scale within them, with a note on stderr.
PDF: vector pages fitted to --page-size and --orientation (auto: each page turned to its
picture's shape), the whole design on one page or, with --pages environment, each
environment on its own; the design's name and the date in the footer.
--legend adds a legend of the marks the topology picture holds (role badges, standby and
out of pool, finding badges, connection kinds), --title-block the design's name,
description and date, both under the picture of a png, svg or pdf; with --title-block
each PDF page's footer also reads "Page N of M".
--environment ID limits pictures, draw.io files and reports to one environment; --select
ID[,ID...] limits topology pictures and draw.io files to those elements (an environment or zone
standing for its contents) with the frames around them; a json export always holds the
whole design.
--view scaling draws how each role scales: front-end clusters with the next node, the
controller against its guidance, timers per zone. --view charts draws four charts of one
environment (--environment, else the first production environment with traffic
front-ends): capacity by front-end count, scaling up or out, resources per role and the
modelled availability of the serving path.
OUT is replaced only once the new content is complete: on a load or write failure it is
left untouched.

Exit status: 0 on success, 2 on a load or write failure or wrong arguments.)";

constexpr int kMinDpi = 48;
constexpr int kMaxDpi = 384;

const std::array kPageSizes{
    std::pair{"A5", QPageSize::A5},          std::pair{"A4", QPageSize::A4},
    std::pair{"A3", QPageSize::A3},          std::pair{"A2", QPageSize::A2},
    std::pair{"Letter", QPageSize::Letter},  std::pair{"Legal", QPageSize::Legal},
    std::pair{"Tabloid", QPageSize::Tabloid}};

// The output format: named by --format, else by the extension of OUT. "json" is the
// design file itself; every other format is an ExportFormat.
std::optional<QString> resolveFormat(const QString& requested, QString suffix)
{
    const QStringList known{QStringLiteral("png"),    QStringLiteral("svg"),
                            QStringLiteral("pdf"),    QStringLiteral("json"),
                            QStringLiteral("drawio"), QStringLiteral("html")};
    if (!requested.isEmpty()) {
        if (known.contains(requested))
            return requested;
        argumentError(QStringLiteral("unknown export format '%1'; known formats: %2")
                          .arg(requested, known.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    suffix = suffix.toLower();
    if (suffix == QStringLiteral("htm"))
        suffix = QStringLiteral("html");
    if (known.contains(suffix))
        return suffix;
    argumentError(QStringLiteral("cannot tell the export format from the extension '%1'; use "
                                 "the extension or --format of one of: %2")
                      .arg(suffix, known.join(QStringLiteral(", "))));
    return std::nullopt;
}

bool isPictureFormat(const QString& format)
{
    return format == QStringLiteral("png") || format == QStringLiteral("svg") ||
           format == QStringLiteral("pdf");
}

std::optional<double> parseNumber(const QString& option, const QString& text, double low,
                                  double high)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (ok && value >= low && value <= high)
        return value;
    argumentError(QStringLiteral("--%1 must be a number from %2 to %3, not '%4'")
                      .arg(option, QString::number(low), QString::number(high), text));
    return std::nullopt;
}

std::optional<QPageSize::PageSizeId> parsePageSize(const QString& text)
{
    QStringList names;
    for (const auto& [name, id] : kPageSizes) {
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return id;
        names.append(QLatin1String(name));
    }
    argumentError(QStringLiteral("--page-size must be one of %1, not '%2'")
                      .arg(names.join(QStringLiteral(", ")), text));
    return std::nullopt;
}

// The picture and page options of the command line; nullopt after reporting a wrong value.
std::optional<ExportOptions> readOptions(const QCommandLineParser& parser)
{
    ExportOptions options;
    const QString view = parser.value(QStringLiteral("view"));
    const QString theme = parser.value(QStringLiteral("theme"));
    const QString orientation = parser.value(QStringLiteral("orientation"));
    if (!checkChoice(
            QStringLiteral("view"), view,
            {QStringLiteral("topology"), QStringLiteral("scaling"), QStringLiteral("charts")}) ||
        !checkChoice(QStringLiteral("theme"), theme,
                     {QStringLiteral("light"), QStringLiteral("dark")}) ||
        !checkChoice(
            QStringLiteral("orientation"), orientation,
            {QStringLiteral("auto"), QStringLiteral("landscape"), QStringLiteral("portrait")}) ||
        !checkChoice(QStringLiteral("pages"), parser.value(QStringLiteral("pages")),
                     {QStringLiteral("fit"), QStringLiteral("environment")}))
        return std::nullopt;
    options.view = *parseExportView(view);
    if (!viewAvailable(options.view)) {
        argumentError(viewUnavailableText(options.view));
        return std::nullopt;
    }
    options.darkTheme = theme == QStringLiteral("dark");
    if (orientation != QStringLiteral("auto"))
        options.orientation = orientation == QStringLiteral("portrait") ? QPageLayout::Portrait
                                                                        : QPageLayout::Landscape;
    options.pagePerEnvironment =
        parser.value(QStringLiteral("pages")) == QStringLiteral("environment");
    options.transparent = parser.isSet(QStringLiteral("transparent"));
    options.legend = parser.isSet(QStringLiteral("legend"));
    options.titleBlock = parser.isSet(QStringLiteral("title-block"));
    const auto scale = parseNumber(QStringLiteral("scale"), parser.value(QStringLiteral("scale")),
                                   kMinPngScale, kMaxPngScale);
    if (!scale)
        return std::nullopt;
    options.scale = *scale;
    if (parser.isSet(QStringLiteral("dpi"))) {
        const auto dpi = parseNumber(QStringLiteral("dpi"), parser.value(QStringLiteral("dpi")),
                                     kMinDpi, kMaxDpi);
        if (!dpi)
            return std::nullopt;
        options.dpi = static_cast<int>(*dpi);
    }
    const auto pageSize = parsePageSize(parser.value(QStringLiteral("page-size")));
    if (!pageSize)
        return std::nullopt;
    options.pageSize = *pageSize;
    options.environment = parser.value(QStringLiteral("environment")).toStdString();
    if (parser.isSet(QStringLiteral("environment")) && !isValidId(options.environment)) {
        argumentError(QStringLiteral("--environment '%1' is not an element id")
                          .arg(parser.value(QStringLiteral("environment"))));
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("select"))) {
        if (parser.isSet(QStringLiteral("environment"))) {
            argumentError(QStringLiteral("--select and --environment exclude each other"));
            return std::nullopt;
        }
        for (const QString& id :
             parser.value(QStringLiteral("select")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!isValidId(id.toStdString())) {
                argumentError(QStringLiteral("--select: '%1' is not an element id").arg(id));
                return std::nullopt;
            }
            options.selection.push_back(id.toStdString());
        }
        if (options.selection.empty()) {
            argumentError(QStringLiteral("--select needs at least one element id"));
            return std::nullopt;
        }
    }
    return options;
}

void addOptions(QCommandLineParser& parser)
{
    auto add = [&parser](const QStringList& names, const char* help, const char* value = nullptr,
                         const char* byDefault = nullptr) {
        QCommandLineOption option(names, QString::fromUtf8(help));
        if (value)
            option.setValueName(QString::fromUtf8(value));
        if (byDefault)
            option.setDefaultValue(QString::fromUtf8(byDefault));
        parser.addOption(option);
    };
    add({QStringLiteral("o"), QStringLiteral("output")}, "The file to write (required).", "OUT");
    add({QStringLiteral("format")}, "Output format (default: OUT's extension).",
        "json|png|svg|pdf|drawio|html");
    add({QStringLiteral("view")}, "What the picture shows.", "topology|scaling|charts", "topology");
    add({QStringLiteral("environment")}, "Show only that environment.", "ID");
    add({QStringLiteral("select")}, "Topology pictures and draw.io: show only these elements.",
        "ID[,ID...]");
    add({QStringLiteral("scale")}, "PNG pixels per canvas unit, 0.5 to 4.", "N", "2");
    add({QStringLiteral("dpi")},
        "PNG resolution, 48 to 384, stored in the file (overrides "
        "--scale).",
        "DPI");
    add({QStringLiteral("theme")}, "Colours.", "light|dark", "light");
    add({QStringLiteral("transparent")}, "PNG without a background.");
    add({QStringLiteral("legend")}, "PNG, SVG, PDF: a legend of the marks under the picture.");
    add({QStringLiteral("title-block")},
        "PNG, SVG, PDF: name, description and date under the picture; PDF page numbers.");
    add({QStringLiteral("page-size")}, "PDF page size: A5, A4, A3, A2, Letter, Legal, Tabloid.",
        "SIZE", "A4");
    add({QStringLiteral("orientation")},
        "PDF page orientation; auto turns each page to its picture's shape.",
        "auto|landscape|portrait", "auto");
    add({QStringLiteral("pages")},
        "PDF of the whole design's topology: fit it on one page, or one page per environment.",
        "fit|environment", "fit");
}

} // namespace

int runExport(const QStringList& arguments)
{
    CommandParser command(QStringLiteral("export FILE -o OUT [options]"),
                          QString::fromUtf8(kDescription));
    QCommandLineParser& parser = command.parser();
    addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The design to read."));
    if (const std::optional<int> done = command.parse(arguments))
        return *done;

    if (parser.positionalArguments().size() != 1)
        return argumentError(QStringLiteral("export needs exactly one FILE "
                                            "(see 'topology-cli export --help')"));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return argumentError(QStringLiteral("export needs -o OUT "
                                            "(see 'topology-cli export --help')"));
    const std::optional<ExportOptions> options = readOptions(parser);
    if (!options)
        return kExitFailure;
    const std::optional<QString> format =
        resolveFormat(parser.value(QStringLiteral("format")), QFileInfo(output).suffix());
    if (!format)
        return kExitFailure;

    const QString input = parser.positionalArguments().constFirst();
    if (parser.isSet(QStringLiteral("select")) &&
        (*format == QStringLiteral("json") || *format == QStringLiteral("html")))
        return argumentError(QStringLiteral("--select does not apply to %1: it covers the whole "
                                            "design or one environment")
                                 .arg(*format));
    for (const QString& option : {QStringLiteral("legend"), QStringLiteral("title-block")})
        if (parser.isSet(option) && !isPictureFormat(*format))
            return argumentError(
                QStringLiteral("--%1 applies to png, svg and pdf, not %2").arg(option, *format));
    if (*format == QStringLiteral("json")) {
        if (parser.isSet(QStringLiteral("environment")))
            return argumentError(QStringLiteral("--environment does not apply to json: a json "
                                                "export always holds the whole design"));
        return writeCanonicalCopy(input, output);
    }
    const FileLoadResult loaded = loadTopologyFile(input);
    if (!loaded.ok()) {
        printErrorLine(loaded.errorText);
        return kExitFailure;
    }
    QString notice;
    const FileWriteResult written =
        exportDesign(*loaded.topology, *parseExportFormat(*format), *options, output, &notice);
    if (!written.ok) {
        printErrorLine(written.errorText);
        return kExitFailure;
    }
    if (!notice.isEmpty())
        printErrorLine(QStringLiteral("%1: note: %2").arg(output, notice));
    return kExitOk;
}

} // namespace topo::cli
