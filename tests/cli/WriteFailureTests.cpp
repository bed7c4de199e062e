// Every write of topology-cli on a full disk, a read-only folder and special files: the
// failure is reported with the reason and the path, the exit status is 2, and the old file
// stays byte for byte.
#include "CliRunner.h"
#include "SmallFilesystem.h"

#include "core/io/TopologyReader.h"
#include "editor/files/TopologyFile.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace topo::test {
namespace {

const QStringList kExportNames = {QStringLiteral("out.topology.json"), QStringLiteral("out.drawio"),
                                  QStringLiteral("out.svg"),           QStringLiteral("out.png"),
                                  QStringLiteral("out.pdf"),           QStringLiteral("out.html")};

QByteArray oldContent(const QString& name)
{
    return QByteArray("the previous ") + name.toUtf8() + " that must survive\n";
}

QString input()
{
    return fixturePath("factory-standard");
}

CliRun exportTo(const QString& path)
{
    return runCli({QStringLiteral("export"), input(), QStringLiteral("-o"), path});
}

CliRun upgradeTo(const QString& path)
{
    return runCli({QStringLiteral("upgrade"), input(), QStringLiteral("-o"), path});
}

void expectRefusedWith(const CliRun& run, const QString& path, const char* reason)
{
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    const QString err = QString::fromUtf8(run.err);
    EXPECT_TRUE(err.contains(path)) << err.toStdString();
    EXPECT_TRUE(err.contains(QLatin1String(reason))) << err.toStdString();
    EXPECT_FALSE(err.contains(QLatin1String("Unknown error"))) << err.toStdString();
}

mode_t fileType(const QString& path)
{
    struct stat info {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & S_IFMT;
}

class FullDisk : public testing::Test {
protected:
    void SetUp() override
    {
        if (!m_fs.available())
            GTEST_SKIP() << m_fs.skipReason().toStdString();
    }
    // Writes the old files, then takes every free byte.
    void prepare(const QStringList& names)
    {
        for (const QString& name : names)
            writeBytes(m_fs.path(name), oldContent(name));
        ASSERT_TRUE(m_fs.fill());
        m_before = m_fs.entries();
    }
    void expectUntouched(const QStringList& names)
    {
        for (const QString& name : names)
            EXPECT_EQ(readBytes(m_fs.path(name)), oldContent(name)) << name.toStdString();
        EXPECT_EQ(m_fs.entries(), m_before) << "a temporary file was left behind";
    }
    SmallFilesystem m_fs;
    QStringList m_before;
};

TEST_F(FullDisk, UpgradeKeepsTheOldDesignAndSaysNoSpaceLeft)
{
    const QString name = QStringLiteral("design.topology.json");
    prepare({name});
    expectRefusedWith(upgradeTo(m_fs.path(name)), m_fs.path(name), "No space left on device");
    expectUntouched({name});
}

TEST_F(FullDisk, EveryExportFormatKeepsTheOldFileAndSaysNoSpaceLeft)
{
    prepare(kExportNames);
    for (const QString& name : kExportNames) {
        SCOPED_TRACE(name.toStdString());
        expectRefusedWith(exportTo(m_fs.path(name)), m_fs.path(name), "No space left on device");
    }
    expectUntouched(kExportNames);
}

TEST_F(FullDisk, SavingADesignFromTheEditorReportsNoSpaceLeft)
{
    // The designer's Save and autosave write through saveTopologyFile / writeFileAtomically.
    const QString name = QStringLiteral("design.topology.json");
    prepare({name});
    const FileLoadResult loaded = loadTopologyFile(input());
    ASSERT_TRUE(loaded.ok());
    const FileWriteResult saved = saveTopologyFile(m_fs.path(name), *loaded.topology);
    EXPECT_FALSE(saved.ok);
    EXPECT_TRUE(saved.errorText.contains(QLatin1String("No space left on device")))
        << saved.errorText.toStdString();
    EXPECT_TRUE(saved.errorText.contains(m_fs.path(name)));
    expectUntouched({name});
}

TEST_F(FullDisk, AWriteThatFitsStillSucceeds)
{
    // The check must not refuse everything: on a disk with room the write goes through.
    const QString name = QStringLiteral("design.topology.json");
    writeBytes(m_fs.path(name), oldContent(name));
    const CliRun run = upgradeTo(m_fs.path(name));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(readTopology(readBytes(m_fs.path(name)).toStdString()).ok());
    EXPECT_EQ(m_fs.entries(), QStringList{name});
}

TEST_F(FullDisk, AReadOnlyFolderKeepsEveryFileAndSaysSo)
{
    QStringList names = kExportNames;
    names.append(QStringLiteral("design.topology.json"));
    for (const QString& name : names)
        writeBytes(m_fs.path(name), oldContent(name));
    ASSERT_TRUE(m_fs.remountReadOnly());
    m_before = m_fs.entries();
    expectRefusedWith(upgradeTo(m_fs.path(names.constLast())), m_fs.path(names.constLast()),
                      "Read-only file system");
    for (const QString& name : kExportNames)
        expectRefusedWith(exportTo(m_fs.path(name)), m_fs.path(name), "Read-only file system");
    expectUntouched(names);
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
        const CliRun run = runCli({QStringLiteral("export"), input(), QStringLiteral("--format"),
                                   format, QStringLiteral("-o"), path(QStringLiteral("full"))});
        expectRefusedWith(run, path(QStringLiteral("full")), "No space left on device");
        EXPECT_EQ(fileType(path(QStringLiteral("full"))), mode_t(S_IFCHR));
    }
}

TEST_F(SpecialFile, ABlockDeviceIsRefusedUntouched)
{
    if (!makeNode(QStringLiteral("disk"), S_IFBLK, 7, 0))
        GTEST_SKIP() << "mknod needs root";
    expectRefusedWith(upgradeTo(path(QStringLiteral("disk"))), path(QStringLiteral("disk")),
                      "block device");
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

} // namespace
} // namespace topo::test
