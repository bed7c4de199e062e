// Every write of topology-cli on a full disk and a read-only file system: the failure is
// reported with the reason and the path, the exit status is 2, and the old file stays byte for
// byte. The Windows build runs these under Wine on the same small file system.
#include "SmallFilesystem.h"
#include "SystemReasons.h"
#include "WriteTargets.h"

#include "core/io/TopologyReader.h"
#include "editor/files/TopologyFile.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace topo::test {
namespace {

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
    expectRefusedWith(upgradeTo(m_fs.path(name)), m_fs.path(name), diskFullReason());
    expectUntouched({name});
}

TEST_F(FullDisk, EveryExportFormatKeepsTheOldFileAndSaysNoSpaceLeft)
{
    prepare(kExportNames);
    for (const QString& name : kExportNames) {
        SCOPED_TRACE(name.toStdString());
        expectRefusedWith(exportTo(m_fs.path(name)), m_fs.path(name), diskFullReason());
    }
    expectUntouched(kExportNames);
}

TEST_F(FullDisk, APictureThatFitsOnlyPartlyKeepsTheOldFileAndSaysNoSpaceLeft)
{
    // Room for the start of the picture: the system takes what fits, then refuses the rest.
    const QString name = QStringLiteral("out.png");
    writeBytes(m_fs.path(name), oldContent(name));
    ASSERT_TRUE(m_fs.fillLeaving(16 * 1024));
    m_before = m_fs.entries();
    const QString target = m_fs.path(name);
    expectRefusedWith(runCli({QStringLiteral("export"), writeInput(), QStringLiteral("--scale"),
                              QStringLiteral("2"), QStringLiteral("-o"), target}),
                      target, diskFullReason());
    expectUntouched({name});
}

TEST_F(FullDisk, SavingADesignFromTheEditorReportsNoSpaceLeft)
{
    // The designer's Save and autosave write through saveTopologyFile / writeFileAtomically.
    const QString name = QStringLiteral("design.topology.json");
    prepare({name});
    const FileLoadResult loaded = loadTopologyFile(writeInput());
    ASSERT_TRUE(loaded.ok());
    const FileWriteResult saved = saveTopologyFile(m_fs.path(name), *loaded.topology);
    EXPECT_FALSE(saved.ok);
    EXPECT_TRUE(saved.errorText.contains(diskFullReason(), Qt::CaseInsensitive))
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
                      readOnlyReason());
    for (const QString& name : kExportNames)
        expectRefusedWith(exportTo(m_fs.path(name)), m_fs.path(name), readOnlyReason());
    expectUntouched(names);
}

} // namespace
} // namespace topo::test
