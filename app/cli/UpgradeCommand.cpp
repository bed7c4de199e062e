#include "cli/UpgradeCommand.h"

#include "cli/CommandParser.h"
#include "cli/Console.h"
#include "editor/files/TopologyFile.h"

namespace topo::cli {

namespace {

const char* const kDescription =
    R"(Reads FILE in any supported format version and writes it to OUT in the
current one, in canonical form. OUT may be FILE itself. OUT is replaced only once the new
content is complete: on a load or write failure it is left untouched.

Exit status: 0 on success, 2 on a load or write failure or wrong arguments.)";

} // namespace

int writeCanonicalCopy(const QString& input, const QString& output)
{
    const FileLoadResult loaded = loadTopologyFile(input);
    if (!loaded.ok()) {
        printErrorLine(loaded.errorText);
        return kExitFailure;
    }
    const FileWriteResult written = saveTopologyFile(output, *loaded.topology);
    if (!written.ok) {
        printErrorLine(written.errorText);
        return kExitFailure;
    }
    return kExitOk;
}

int runUpgrade(const QStringList& arguments)
{
    CommandParser command(QStringLiteral("upgrade FILE -o OUT"), QString::fromUtf8(kDescription));
    QCommandLineParser& parser = command.parser();
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("The file to write (required)."),
                                          QStringLiteral("OUT"));
    parser.addOption(outputOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The design to read."));
    if (const std::optional<int> done = command.parse(arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return argumentError(QStringLiteral("upgrade needs exactly one FILE "
                                            "(see 'topology-cli upgrade --help')"));
    if (parser.value(outputOption).isEmpty())
        return argumentError(QStringLiteral("upgrade needs -o OUT "
                                            "(see 'topology-cli upgrade --help')"));
    return writeCanonicalCopy(parser.positionalArguments().constFirst(),
                              parser.value(outputOption));
}

} // namespace topo::cli
