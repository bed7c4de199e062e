#include "ExportCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "UpgradeCommand.h"
#include "model/Ids.h"

#include <QFileInfo>

#include <vector>

namespace topo::cli {

namespace {

const char* const kDescription =
    R"(Writes the design FILE as OUT. The format comes from --format or, without
it, from OUT's extension (.json, .png, .svg, .pdf, .drawio, .html).
This build writes json (the canonical re-save of the design). --view, --scale, --theme and
--transparent only change pictures, so a json export ignores them; --environment is refused
with json, which always holds the whole design.
OUT is replaced only once the new content is complete: on a load or write failure it is
left untouched.

Exit status: 0 on success, 2 on a load or write failure or wrong arguments.)";

constexpr double kMaxScale = 10.0;

// An export format of cli.md; `available` marks those this build can write.
struct ExportFormat {
    QString name;
    QStringList extensions;
    bool available;
};

const std::vector<ExportFormat>& exportFormats()
{
    static const std::vector<ExportFormat> formats{
        {QStringLiteral("png"), {QStringLiteral("png")}, false},
        {QStringLiteral("svg"), {QStringLiteral("svg")}, false},
        {QStringLiteral("pdf"), {QStringLiteral("pdf")}, false},
        {QStringLiteral("json"), {QStringLiteral("json")}, true},
        {QStringLiteral("drawio"), {QStringLiteral("drawio")}, false},
        {QStringLiteral("html"), {QStringLiteral("html"), QStringLiteral("htm")}, false},
    };
    return formats;
}

QString formatList(bool availableOnly)
{
    QStringList names;
    for (const ExportFormat& format : exportFormats()) {
        if (format.available || !availableOnly)
            names.append(format.name);
    }
    return names.join(QStringLiteral(", "));
}

// The format named by --format (when given) or by the output file's extension; reports an
// argument error and returns nullptr when there is none.
const ExportFormat* resolveFormat(const QString& requested, const QString& output)
{
    const QString suffix = QFileInfo(output).suffix().toLower();
    for (const ExportFormat& format : exportFormats()) {
        if (requested.isEmpty() ? format.extensions.contains(suffix) : format.name == requested)
            return &format;
    }
    if (requested.isEmpty()) {
        argumentError(QStringLiteral("cannot tell the export format from '%1'; use the "
                                     "extension or --format of one of: %2")
                          .arg(output, formatList(false)));
    } else {
        argumentError(QStringLiteral("unknown export format '%1'; known formats: %2")
                          .arg(requested, formatList(false)));
    }
    return nullptr;
}

bool checkScale(const QString& text)
{
    bool ok = false;
    const double scale = text.toDouble(&ok);
    if (ok && scale > 0 && scale <= kMaxScale)
        return true;
    argumentError(QStringLiteral("--scale must be a number above 0 and at most %1, not '%2'")
                      .arg(QString::number(kMaxScale), text));
    return false;
}

} // namespace

int runExport(const QStringList& arguments)
{
    CommandParser command(QStringLiteral("export FILE -o OUT [options]"),
                          QString::fromUtf8(kDescription));
    QCommandLineParser& parser = command.parser();
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("The file to write (required)."),
                                          QStringLiteral("OUT"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), QStringLiteral("Output format (default: OUT's extension)."),
        QStringLiteral("json|png|svg|pdf|drawio|html"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"), QStringLiteral("What the picture shows."),
        QStringLiteral("topology|scaling|charts"), QStringLiteral("topology"));
    const QCommandLineOption environmentOption(QStringLiteral("environment"),
                                               QStringLiteral("Show only that environment."),
                                               QStringLiteral("ID"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("PNG pixels per scene unit."),
                                         QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption themeOption(QStringLiteral("theme"), QStringLiteral("Colours."),
                                         QStringLiteral("light|dark"), QStringLiteral("light"));
    const QCommandLineOption transparentOption(QStringLiteral("transparent"),
                                               QStringLiteral("PNG without a background."));
    for (const QCommandLineOption* option :
         {&outputOption, &formatOption, &viewOption, &environmentOption, &scaleOption, &themeOption,
          &transparentOption})
        parser.addOption(*option);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The design to read."));
    if (const std::optional<int> done = command.parse(arguments))
        return *done;

    if (parser.positionalArguments().size() != 1)
        return argumentError(QStringLiteral("export needs exactly one FILE "
                                            "(see 'topology-cli export --help')"));
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return argumentError(QStringLiteral("export needs -o OUT "
                                            "(see 'topology-cli export --help')"));
    const QString environment = parser.value(environmentOption);
    if (!checkChoice(
            QStringLiteral("view"), parser.value(viewOption),
            {QStringLiteral("topology"), QStringLiteral("scaling"), QStringLiteral("charts")}) ||
        !checkChoice(QStringLiteral("theme"), parser.value(themeOption),
                     {QStringLiteral("light"), QStringLiteral("dark")}) ||
        !checkScale(parser.value(scaleOption)))
        return kExitFailure;
    if (parser.isSet(environmentOption) && !isValidId(environment.toStdString()))
        return argumentError(
            QStringLiteral("--environment '%1' is not an element id").arg(environment));

    const ExportFormat* format = resolveFormat(parser.value(formatOption), output);
    if (!format)
        return kExitFailure;
    if (!format->available) {
        return argumentError(QStringLiteral("export format '%1' is not supported by this "
                                            "build; supported: %2")
                                 .arg(format->name, formatList(true)));
    }
    if (parser.isSet(environmentOption))
        return argumentError(QStringLiteral("--environment does not apply to json: a json "
                                            "export always holds the whole design"));
    return writeCanonicalCopy(parser.positionalArguments().constFirst(), output);
}

} // namespace topo::cli
