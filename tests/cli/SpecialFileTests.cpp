// Special files as targets of topology-cli (POSIX): devices are written to or refused and stay
// what they are, a pipe gets the whole output, a symbolic link stays a link.
#include "WriteTargets.h"

#include "core/io/TopologyReader.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace topo::test {
namespace {

mode_t fileType(const QString& path)
{
    struct stat info {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & S_IFMT;
}

class SpecialFile : public testing::Test {
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    bool makeNode(const QString& name, mode_t type, unsigned major, unsigned minor)
    {
        return ::mknod(QFile::encodeName(path(name)).constData(), type | 0666,
                       makedev(major, minor)) == 0;
    }
    QTemporaryDir m_dir;
};

TEST_F(SpecialFile, ACharacterDeviceIsWrittenToAndStaysADevice)
{
    if (!makeNode(QStringLiteral("null"), S_IFCHR, 1, 3)) // the same device as /dev/null
        GTEST_SKIP() << "mknod needs root";
    const CliRun run = upgradeTo(path(QStringLiteral("null")));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(fileType(path(QStringLiteral("null"))), mode_t(S_IFCHR));
}

TEST_F(SpecialFile, AFullDeviceReportsNoSpaceLeftAndStaysADevice)
{
    if (!makeNode(QStringLiteral("full"), S_IFCHR, 1, 7)) // the same device as /dev/full
        GTEST_SKIP() << "mknod needs root";
    for (const QString& format : {QStringLiteral("json"), QStringLiteral("png")}) {
        const CliRun run =
            runCli({QStringLiteral("export"), writeInput(), QStringLiteral("--format"), format,
                    QStringLiteral("-o"), path(QStringLiteral("full"))});
        expectRefusedWith(run, path(QStringLiteral("full")),
                          QStringLiteral("No space left on device"));
        EXPECT_EQ(fileType(path(QStringLiteral("full"))), mode_t(S_IFCHR));
    }
}

TEST_F(SpecialFile, ABlockDeviceIsRefusedUntouched)
{
    if (!makeNode(QStringLiteral("disk"), S_IFBLK, 7, 0))
        GTEST_SKIP() << "mknod needs root";
    expectRefusedWith(upgradeTo(path(QStringLiteral("disk"))), path(QStringLiteral("disk")),
                      QStringLiteral("block device"));
    EXPECT_EQ(fileType(path(QStringLiteral("disk"))), mode_t(S_IFBLK));
}

TEST_F(SpecialFile, APipeReceivesTheWholeOutput)
{
    const QString fifo = path(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess reader;
    reader.start(QStringLiteral("cat"), {fifo});
    ASSERT_TRUE(reader.waitForStarted());
    const CliRun run = upgradeTo(fifo);
    ASSERT_TRUE(reader.waitForFinished(30'000));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(fileType(fifo), mode_t(S_IFIFO));
    const QString regular = path(QStringLiteral("regular.json"));
    ASSERT_EQ(upgradeTo(regular).exitCode, 0);
    EXPECT_EQ(reader.readAllStandardOutput(), readBytes(regular));
}

TEST_F(SpecialFile, ASymbolicLinkStaysALinkAndItsTargetIsReplaced)
{
    const QString target = path(QStringLiteral("target.json"));
    const QString link = path(QStringLiteral("link.json"));
    writeBytes(target, "old");
    ASSERT_TRUE(QFile::link(target, link));
    ASSERT_EQ(upgradeTo(link).exitCode, 0);
    EXPECT_EQ(fileType(link), mode_t(S_IFLNK));
    EXPECT_TRUE(readTopology(readBytes(target).toStdString()).ok());
}

// A script that sends any command's output into a full disk must not believe it got it: every
// command exits 2 and says why (`topology-cli analyze F > /dev/full` exited 0).
TEST(StandardOutput, EveryCommandIntoAFullDiskExitsTwoAndSaysWhy)
{
    const QString design = writeInput();
    const QList<QStringList> commands = {
        {QStringLiteral("validate"), design},
        {QStringLiteral("validate"), design, QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("rules")},
        {QStringLiteral("rules"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("analyze"), design},
        {QStringLiteral("analyze"), design, QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("simulate"), design, QStringLiteral("--fail"), QStringLiteral("each")},
        {QStringLiteral("simulate"), design, QStringLiteral("--fail"), QStringLiteral("each"),
         QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("diff"), design, design},
        {QStringLiteral("diff"), design, design, QStringLiteral("--format"),
         QStringLiteral("json")},
        {QStringLiteral("flows"), design},
        {QStringLiteral("flows"), design, QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("flows"), design, QStringLiteral("--group"), QStringLiteral("--format"),
         QStringLiteral("json")},
        {QStringLiteral("runbook"), design},
        {QStringLiteral("runbook"), design, QStringLiteral("--format"), QStringLiteral("html")},
        {QStringLiteral("--help")},
        {QStringLiteral("--version")},
        {QStringLiteral("export"), design, QStringLiteral("--format"), QStringLiteral("json"),
         QStringLiteral("-o"), QStringLiteral("/dev/stdout")},
        {QStringLiteral("upgrade"), design, QStringLiteral("-o"), QStringLiteral("/dev/stdout")}};
    for (const QStringList& arguments : commands) {
        SCOPED_TRACE(arguments.join(QLatin1Char(' ')).toStdString());
        QProcess process;
        process.setStandardOutputFile(QStringLiteral("/dev/full"));
        process.start(QStringLiteral(TOPO_CLI_PATH), arguments);
        ASSERT_TRUE(process.waitForFinished(60'000));
        EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        EXPECT_TRUE(err.contains(QLatin1String("No space left on device"))) << err.toStdString();
    }
}

} // namespace
} // namespace topo::test
