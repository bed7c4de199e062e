// The program as a whole: version, help, dispatch and argument errors.
#include "CliRunner.h"

#include "TopoVersion.h"

#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace topo::test {
namespace {

TEST(CliGeneral, VersionPrintsNameAndVersion)
{
    for (const QString& option : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const CliRun run = runCli({option});
        EXPECT_EQ(run.exitCode, 0);
        EXPECT_EQ(run.out, QByteArray("topology-cli " TOPO_VERSION "\n"));
        EXPECT_TRUE(run.err.isEmpty());
    }
}

// The version the program reports is the one the top-level CMakeLists.txt declares.
TEST(CliGeneral, VersionIsTheProjectVersion)
{
    QFile cmake(QStringLiteral(TOPO_SOURCE_DIR "/CMakeLists.txt"));
    ASSERT_TRUE(cmake.open(QIODevice::ReadOnly));
    const QRegularExpression declared(
        QStringLiteral(R"(project\(TopologyDesigner\s+VERSION\s+([0-9.]+))"));
    const QRegularExpressionMatch match = declared.match(QString::fromUtf8(cmake.readAll()));
    ASSERT_TRUE(match.hasMatch());
    const CliRun run = runCli({QStringLiteral("--version")});
    EXPECT_EQ(QString::fromUtf8(run.out),
              QStringLiteral("topology-cli %1\n").arg(match.captured(1)));
}

TEST(CliGeneral, HelpListsEveryCommand)
{
    const CliRun run = runCli({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    EXPECT_TRUE(text.startsWith(QStringLiteral("Usage: topology-cli COMMAND")));
    for (const char* command :
         {"validate FILE...", "rules", "upgrade FILE -o OUT", "export FILE -o OUT"})
        EXPECT_TRUE(text.contains(QLatin1String(command))) << command;
    EXPECT_TRUE(run.err.isEmpty());
}

TEST(CliGeneral, EachCommandHasItsOwnHelp)
{
    const std::vector<std::pair<QString, QStringList>> cases{
        {QStringLiteral("validate"),
         {QStringLiteral("--format"), QStringLiteral("--fail-on"),
          QStringLiteral("[subject ids]")}},
        {QStringLiteral("rules"), {QStringLiteral("--format")}},
        {QStringLiteral("upgrade"), {QStringLiteral("--output")}},
        {QStringLiteral("export"),
         {QStringLiteral("--output"), QStringLiteral("--format"), QStringLiteral("--view"),
          QStringLiteral("--environment"), QStringLiteral("--scale"), QStringLiteral("--theme"),
          QStringLiteral("--transparent")}},
    };
    for (const auto& [command, options] : cases) {
        SCOPED_TRACE(command.toStdString());
        for (const QStringList& arguments :
             {QStringList{command, QStringLiteral("--help")}, {QStringLiteral("help"), command}}) {
            const CliRun run = runCli(arguments);
            EXPECT_EQ(run.exitCode, 0);
            const QString text = QString::fromUtf8(run.out);
            EXPECT_TRUE(text.startsWith(QStringLiteral("Usage: topology-cli ") + command))
                << text.toStdString();
            for (const QString& option : options)
                EXPECT_TRUE(text.contains(option)) << option.toStdString();
            EXPECT_FALSE(text.contains(QStringLiteral("--help-all")));
        }
    }
}

TEST(CliGeneral, UnknownCommandOrNoneIsAUsageError)
{
    for (const QStringList& arguments : {QStringList{},
                                         QStringList{QStringLiteral("simulat")},
                                         {QStringLiteral("--frobnicate")}}) {
        const CliRun run = runCli(arguments);
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_TRUE(run.err.contains("Usage: topology-cli")) << run.err.toStdString();
    }
}

TEST(CliGeneral, WrongArgumentsExitWithTwoAndSayWhy)
{
    const QString file = fixturePath("example-2-production-farm");
    const QStringList cases[] = {
        {QStringLiteral("validate")},
        {QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("xml"), file},
        {QStringLiteral("validate"), QStringLiteral("--fail-on"), QStringLiteral("fatal"), file},
        {QStringLiteral("validate"), QStringLiteral("--no-such-option"), file},
        {QStringLiteral("validate"), file, QStringLiteral("--format")},
        {QStringLiteral("rules"), QStringLiteral("--format"), QStringLiteral("yaml")},
        {QStringLiteral("rules"), QStringLiteral("extra")},
        {QStringLiteral("upgrade"), file},
        {QStringLiteral("upgrade"), QStringLiteral("-o"), QStringLiteral("out.json")},
        {QStringLiteral("upgrade"), file, file, QStringLiteral("-o"), QStringLiteral("x.json")},
        {QStringLiteral("export"), file},
        {QStringLiteral("export"), file, QStringLiteral("-o"), QStringLiteral("x.json"),
         QStringLiteral("--view"), QStringLiteral("map")},
        {QStringLiteral("export"), file, QStringLiteral("-o"), QStringLiteral("x.json"),
         QStringLiteral("--theme"), QStringLiteral("blue")},
        {QStringLiteral("export"), file, QStringLiteral("-o"), QStringLiteral("x.json"),
         QStringLiteral("--scale"), QStringLiteral("0")},
        {QStringLiteral("export"), file, QStringLiteral("-o"), QStringLiteral("x.json"),
         QStringLiteral("--scale"), QStringLiteral("two")},
        {QStringLiteral("export"), file, QStringLiteral("-o"), QStringLiteral("x.json"),
         QStringLiteral("--scale"), QStringLiteral("11")},
        {QStringLiteral("export"), file, QStringLiteral("-o"), QStringLiteral("x.json"),
         QStringLiteral("--environment"), QStringLiteral("not an id")},
    };
    for (const QStringList& arguments : cases) {
        SCOPED_TRACE(arguments.join(QLatin1Char(' ')).toStdString());
        const CliRun run = runCli(arguments);
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_TRUE(run.out.isEmpty());
        ASSERT_EQ(run.errLines().size(), 1) << run.err.toStdString();
        EXPECT_TRUE(run.err.startsWith("topology-cli: ")) << run.err.toStdString();
    }
}

TEST(CliGeneral, RunsWithoutAnyDisplay)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QLatin1String(name));
    const CliRun run =
        runCli({QStringLiteral("validate"), fixturePath("example-2-production-farm")}, 60'000,
               environment);
    EXPECT_TRUE(run.finished);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(run.out.isEmpty());
}

} // namespace
} // namespace topo::test
