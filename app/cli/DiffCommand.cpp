#include "cli/DiffCommand.h"

#include "cli/CommandParser.h"
#include "cli/Console.h"
#include "core/compare/DesignDiff.h"
#include "editor/files/TopologyFile.h"

#include <QFile>

namespace topo::cli {

namespace {

const char* const kDescription =
    R"help(Compares two designs: elements are matched by id (the order of the arrays in the
files does not matter), and for each the members that differ are listed by their path in
the file format with the old and the new value:
  changed server prod-fe1 "PROD-FE-01" in prod
    hardware.cpuCores: 4 → 8
    roles: +scheduler
Roles, load balancer targets, zone members and catalogs are compared as sets. An element
whose only difference is its place on the canvas is "moved" (left out with
--ignore-layout); one that changed and moved lists its layout members with the others.
The design's own members (name, description, scope, assumptions) are the element
"design"; the generator and the format version are not compared.
Then the findings of the design rules that appear and disappear, then per environment
the analysis figures that differ (front-ends, capacity, N-1, balanced deployment,
serving availability, as 'topology-cli analyze' works them out) and the single points
of failure that appear or disappear, then a summary line. Two same designs give only
the summary line.

JSON output (keys and arrays sorted, no timestamps):
  {"before": BEFORE, "after": AFTER, "same": bool,
   "elements": [{"kind": "added"|"removed"|"changed"|"moved", "id", "type", "name",
                 "environment", "members": [{"member", "before", "after", "added",
                 "removed"}]}],
   "findings": [{"change": "appeared"|"disappeared", "rule", "severity", "subjects",
                 "environment", "message"}],
   "environments": [{"id", "name", "figures": [{"figure", "before", "after"}],
                     "singlePointsOfFailure": {"appeared": [ids], "disappeared": [ids]}}],
   "summary": {"added", "removed", "changed", "moved", "findingsAppeared",
               "findingsDisappeared", "environments"}}
A value is written as in the file (strings in quotes); "(none)" when it is absent.

Version control (see the README): --textconv FILE prints one design as one line per
member, finding, figure and single point of failure, for git's textconv; --git takes the
seven arguments git gives an external diff command (PATH OLD-FILE OLD-HEX OLD-MODE
NEW-FILE NEW-HEX NEW-MODE) and prints the comparison. Both exit 0 whenever they printed
something, as git requires; a file that cannot be loaded is shown as its load error.

Exit status: 0 when the designs are the same (layout ignored with --ignore-layout), 1
when they differ, 2 when a file cannot be loaded or the arguments are wrong.)help";

constexpr int kGitArguments = 7; // path, old file, hex, mode, new file, hex, mode

void printLines(const std::vector<std::string>& lines)
{
    for (const std::string& line : lines)
        printLine(fromStd(line));
}

// textconv: the design's lines; a file that cannot be loaded as its error and its text, so
// that a line diff still shows something.
int printDesignLines(const QString& file, const DiffOptions& options)
{
    const FileLoadResult loaded = loadTopologyFile(file);
    if (loaded.ok()) {
        printLines(designLines(*loaded.topology, options));
        return kExitOk;
    }
    printLine(loaded.errorText);
    QFile raw(file);
    if (raw.open(QIODevice::ReadOnly))
        for (const QByteArray& line : raw.readAll().split('\n'))
            printLine(QString::fromUtf8(line));
    return kExitOk;
}

// git's external diff: "/dev/null" is the missing side of an added or deleted file.
int printGitDiff(const QStringList& files, const DiffOptions& options)
{
    if (files.size() != kGitArguments)
        return argumentError(
            QStringLiteral("--git needs the %1 arguments git passes to an "
                           "external diff command (see 'topology-cli diff --help')")
                .arg(kGitArguments));
    const QString& path = files.at(0);
    printLine(QStringLiteral("diff --topology a/%1 b/%1").arg(path));
    Topology sides[2];
    const QString sideFiles[2] = {files.at(1), files.at(4)};
    for (int i = 0; i < 2; ++i) {
        if (sideFiles[i] == QLatin1String("/dev/null"))
            continue;
        const FileLoadResult loaded = loadTopologyFile(sideFiles[i], path);
        if (!loaded.ok()) {
            printLine(loaded.errorText);
            return kExitOk;
        }
        sides[i] = *loaded.topology;
    }
    printLines(diffLines(compareDesigns(sides[0], sides[1], options)));
    return kExitOk;
}

} // namespace

int runDiff(const QStringList& arguments)
{
    CommandParser command(QStringLiteral("diff [options] BEFORE AFTER"),
                          QString::fromUtf8(kDescription));
    QCommandLineParser& parser = command.parser();
    const QCommandLineOption ignoreLayoutOption(
        QStringLiteral("ignore-layout"),
        QStringLiteral("Leave out the places on the canvas: moved elements are the same."));
    const QCommandLineOption textconvOption(
        QStringLiteral("textconv"),
        QStringLiteral("Print the one FILE as lines for a line diff (git textconv)."));
    const QCommandLineOption gitOption(
        QStringLiteral("git"),
        QStringLiteral("Take the arguments of a git external diff command."));
    command.addFormatOption();
    parser.addOption(ignoreLayoutOption);
    parser.addOption(textconvOption);
    parser.addOption(gitOption);
    parser.addPositionalArgument(QStringLiteral("BEFORE"), QStringLiteral("The older design."));
    parser.addPositionalArgument(QStringLiteral("AFTER"), QStringLiteral("The newer design."));
    if (const std::optional<int> done = command.parse(arguments))
        return *done;

    const std::optional<bool> json = command.jsonFormat();
    if (!json)
        return kExitFailure;
    const DiffOptions options{parser.isSet(ignoreLayoutOption)};
    if (parser.isSet(textconvOption) && parser.isSet(gitOption))
        return argumentError(QStringLiteral("--textconv and --git exclude each other"));
    if (parser.isSet(textconvOption)) {
        const std::optional<QString> file = command.singleFile();
        return file ? printDesignLines(*file, options) : kExitFailure;
    }
    if (parser.isSet(gitOption))
        return printGitDiff(parser.positionalArguments(), options);

    const QStringList files = parser.positionalArguments();
    if (files.size() != 2)
        return argumentError(QStringLiteral(
            "diff needs two files, BEFORE and AFTER (see 'topology-cli diff --help')"));
    std::optional<Topology> designs[2];
    for (int i = 0; i < 2; ++i) {
        FileLoadResult loaded = loadTopologyFile(files.at(i));
        if (!loaded.ok()) {
            printErrorLine(loaded.errorText);
            return kExitFailure;
        }
        designs[i] = std::move(loaded.topology);
    }
    const DesignDiff diff = compareDesigns(*designs[0], *designs[1], options);
    if (*json) {
        nlohmann::json document = toJson(diff);
        document["before"] = files.at(0).toStdString();
        document["after"] = files.at(1).toStdString();
        printJson(Json(document));
    } else {
        printLines(diffLines(diff));
    }
    return diff.same() ? kExitOk : kExitFindings;
}

} // namespace topo::cli
