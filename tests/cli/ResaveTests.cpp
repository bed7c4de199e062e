// `topology-cli upgrade` and `export`: canonical bytes, atomic writes, refused formats.
#include "CliRunner.h"

#include "TopoVersion.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace topo::test {
namespace {

class Resave : public testing::Test {
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList entries() const
    {
        return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }
    QTemporaryDir m_dir;
};

TEST_F(Resave, UpgradeWritesCanonicalBytesStableOnASecondSave)
{
    for (const std::string& name : fixtureNames()) {
        SCOPED_TRACE(name);
        const QString first = path(QStringLiteral("first.json"));
        const QString second = path(QStringLiteral("second.json"));
        const CliRun run =
            runCli({QStringLiteral("upgrade"), fixturePath(name), QStringLiteral("-o"), first});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_TRUE(run.err.isEmpty());
        ASSERT_EQ(runCli({QStringLiteral("upgrade"), first, QStringLiteral("-o"), second}).exitCode,
                  0);
        const QByteArray bytes = readBytes(first);
        EXPECT_EQ(bytes, readBytes(second));
        EXPECT_TRUE(bytes.endsWith("}\n"));
        EXPECT_FALSE(bytes.contains('\r'));
        const Json document = Json::parse(bytes.toStdString());
        EXPECT_EQ(document.at("formatVersion"), 1);
        EXPECT_EQ(document.at("generator"), TOPO_GENERATOR);
        // Canonical: the same document dumped with 2-space indent.
        EXPECT_EQ(bytes.toStdString(), document.dump(2) + "\n");
    }
}

TEST_F(Resave, ExportJsonWritesTheSameBytesAsUpgrade)
{
    const QString input = fixturePath("factory-standard");
    const QString upgraded = path(QStringLiteral("upgraded.json"));
    const QString exported = path(QStringLiteral("exported.topology.json"));
    const QString byOption = path(QStringLiteral("exported.out"));
    ASSERT_EQ(runCli({QStringLiteral("upgrade"), input, QStringLiteral("-o"), upgraded}).exitCode,
              0);
    const CliRun run = runCli({QStringLiteral("export"), input, QStringLiteral("-o"), exported,
                               QStringLiteral("--theme"), QStringLiteral("dark"),
                               QStringLiteral("--scale"), QStringLiteral("3")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_EQ(runCli({QStringLiteral("export"), input, QStringLiteral("--output"), byOption,
                      QStringLiteral("--format"), QStringLiteral("json")})
                  .exitCode,
              0);
    EXPECT_EQ(readBytes(exported), readBytes(upgraded));
    EXPECT_EQ(readBytes(byOption), readBytes(upgraded));
}

TEST_F(Resave, UpgradeInPlaceReplacesTheFile)
{
    const QString file = path(QStringLiteral("design.topology.json"));
    writeBytes(file, readBytes(fixturePath("example-3-lifetime")));
    ASSERT_EQ(runCli({QStringLiteral("upgrade"), file, QStringLiteral("-o"), file}).exitCode, 0);
    const QString again = path(QStringLiteral("again.json"));
    ASSERT_EQ(runCli({QStringLiteral("upgrade"), file, QStringLiteral("-o"), again}).exitCode, 0);
    EXPECT_EQ(readBytes(file), readBytes(again));
    EXPECT_EQ(entries(),
              (QStringList{QStringLiteral("again.json"), QStringLiteral("design.topology.json")}));
}

TEST_F(Resave, WriteIntoAMissingDirectoryFailsAndLeavesNothing)
{
    const QString out = path(QStringLiteral("missing/sub/out.json"));
    for (const char* command : {"export", "upgrade"}) {
        const CliRun run = runCli({QLatin1String(command), fixturePath("example-2-production-farm"),
                                   QStringLiteral("-o"), out});
        EXPECT_EQ(run.exitCode, 2) << command;
        ASSERT_EQ(run.errLines().size(), 1) << run.err.toStdString();
        EXPECT_TRUE(run.errLines().constFirst().startsWith(out + QStringLiteral(": error: ")))
            << run.err.toStdString();
        EXPECT_TRUE(entries().isEmpty()) << entries().join(QLatin1Char(' ')).toStdString();
    }
}

TEST_F(Resave, FailedLoadLeavesAnExistingOutputByteIdentical)
{
    const QString bad = path(QStringLiteral("bad.topology.json"));
    writeBytes(bad, "{\"format\": \"outsystems-topology\", \"formatVersion\": 1, [");
    const QString out = path(QStringLiteral("precious.json"));
    const QByteArray precious = "precious content, not a design\n";
    writeBytes(out, precious);
    for (const char* command : {"export", "upgrade"}) {
        const CliRun run = runCli({QLatin1String(command), bad, QStringLiteral("-o"), out});
        EXPECT_EQ(run.exitCode, 2) << command;
        ASSERT_EQ(run.errLines().size(), 1) << run.err.toStdString();
        EXPECT_TRUE(run.errLines().constFirst().startsWith(bad + QLatin1Char(':')));
        EXPECT_EQ(readBytes(out), precious);
    }
    EXPECT_EQ(entries(),
              (QStringList{QStringLiteral("bad.topology.json"), QStringLiteral("precious.json")}));
}

TEST_F(Resave, FailedWriteLeavesTheTargetAndNoTemporaryFile)
{
    // A directory cannot be replaced by a file: the write fails after the data is written.
    const QString out = path(QStringLiteral("taken.json"));
    ASSERT_TRUE(QDir().mkdir(out));
    writeBytes(out + QStringLiteral("/inside"), "kept");
    const CliRun run = runCli({QStringLiteral("export"), fixturePath("example-2-production-farm"),
                               QStringLiteral("-o"), out});
    EXPECT_EQ(run.exitCode, 2);
    ASSERT_EQ(run.errLines().size(), 1) << run.err.toStdString();
    EXPECT_TRUE(run.errLines().constFirst().startsWith(out + QStringLiteral(": error: ")));
    EXPECT_TRUE(QFileInfo(out).isDir());
    EXPECT_EQ(readBytes(out + QStringLiteral("/inside")), QByteArray("kept"));
    EXPECT_EQ(entries(), QStringList{QStringLiteral("taken.json")});
}

TEST_F(Resave, PictureAndReportFormatsAreChosenByExtensionOrOption)
{
    // The content of these formats is checked by export_tests; here: the format choice.
    for (const char* format : {"png", "svg", "pdf", "drawio", "html"}) {
        SCOPED_TRACE(format);
        const QString byExtension = path(QStringLiteral("out.") + QLatin1String(format));
        const QString byOption =
            path(QStringLiteral("out-") + QLatin1String(format) + QStringLiteral(".bin"));
        const QString input = fixturePath("example-2-production-farm");
        EXPECT_EQ(
            runCli({QStringLiteral("export"), input, QStringLiteral("-o"), byExtension}).exitCode,
            0);
        EXPECT_EQ(runCli({QStringLiteral("export"), input, QStringLiteral("-o"), byOption,
                          QStringLiteral("--format"), QLatin1String(format)})
                      .exitCode,
                  0);
        EXPECT_EQ(readBytes(byExtension).left(4), readBytes(byOption).left(4));
        EXPECT_GT(readBytes(byOption).size(), 100);
    }
}

TEST_F(Resave, UnknownFormatsListTheKnownOnes)
{
    const QString input = fixturePath("example-2-production-farm");
    const CliRun byExtension = runCli(
        {QStringLiteral("export"), input, QStringLiteral("-o"), path(QStringLiteral("x.txt"))});
    const CliRun byOption =
        runCli({QStringLiteral("export"), input, QStringLiteral("-o"),
                path(QStringLiteral("x.json")), QStringLiteral("--format"), QStringLiteral("bmp")});
    for (const CliRun& run : {byExtension, byOption}) {
        EXPECT_EQ(run.exitCode, 2);
        ASSERT_EQ(run.errLines().size(), 1);
        EXPECT_TRUE(run.err.contains("png, svg, pdf, json, drawio, html")) << run.err.toStdString();
    }
    EXPECT_TRUE(byOption.err.contains("'bmp'"));
    EXPECT_TRUE(entries().isEmpty());
}

TEST_F(Resave, EnvironmentIsRefusedForJson)
{
    const CliRun run = runCli({QStringLiteral("export"), fixturePath("example-2-production-farm"),
                               QStringLiteral("-o"), path(QStringLiteral("x.json")),
                               QStringLiteral("--environment"), QStringLiteral("prod")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.errLines().size(), 1);
    EXPECT_TRUE(entries().isEmpty());
}

} // namespace
} // namespace topo::test
