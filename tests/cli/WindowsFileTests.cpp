// Windows targets of every write (the Windows build only): a file another program holds open
// (Excel, an editor, a virus scanner) and a file marked read-only keep their old content and
// the message says why and what to do; the NUL device is written to; drive-letter, \\?\ and
// UNC-style paths with spaces and non-ASCII names open and save from the command line.
#include "WriteTargets.h"

#include "core/io/TopologyReader.h"
#include "editor/files/TopologyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>

#include <windows.h>

namespace topo::test {
namespace {

std::wstring nativeName(const QString& path)
{
    return QDir::toNativeSeparators(path).toStdWString();
}

// A file held open the way Excel holds a workbook: others may read it, not write, replace or
// delete it.
class HeldOpen {
public:
    explicit HeldOpen(const QString& path)
        : m_handle(::CreateFileW(nativeName(path).c_str(), GENERIC_READ | GENERIC_WRITE,
                                 FILE_SHARE_READ, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL,
                                 nullptr))
    {
    }
    ~HeldOpen() { release(); }
    HeldOpen(const HeldOpen&) = delete;
    HeldOpen& operator=(const HeldOpen&) = delete;
    bool held() const { return m_handle != INVALID_HANDLE_VALUE; }
    void release()
    {
        if (held())
            ::CloseHandle(m_handle);
        m_handle = INVALID_HANDLE_VALUE;
    }

private:
    HANDLE m_handle;
};

class WindowsTargets : public testing::Test {
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList entries() const
    {
        return QDir(m_dir.path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                       QDir::Name);
    }
    QTemporaryDir m_dir;
};

TEST_F(WindowsTargets, AFileOpenInAnotherProgramKeepsItsContentAndTheMessageSaysWhy)
{
    QStringList names = kExportNames;
    names.append(QStringLiteral("design.topology.json"));
    for (const QString& name : names)
        ASSERT_TRUE(writeBytes(path(name), oldContent(name)));
    const QStringList before = entries();
    const QString reason = QStringLiteral("another program has the file open");
    {
        HeldOpen design(path(names.constLast()));
        ASSERT_TRUE(design.held());
        expectRefusedWith(upgradeTo(path(names.constLast())), path(names.constLast()), reason);
        const FileLoadResult loaded = loadTopologyFile(writeInput());
        ASSERT_TRUE(loaded.ok());
        const FileWriteResult saved = saveTopologyFile(path(names.constLast()), *loaded.topology);
        EXPECT_FALSE(saved.ok);
        EXPECT_TRUE(saved.errorText.contains(reason)) << saved.errorText.toStdString();
        for (const QString& name : kExportNames) {
            SCOPED_TRACE(name.toStdString());
            HeldOpen held(path(name));
            ASSERT_TRUE(held.held());
            expectRefusedWith(exportTo(path(name)), path(name), reason);
        }
    }
    for (const QString& name : names)
        EXPECT_EQ(readBytes(path(name)), oldContent(name)) << name.toStdString();
    EXPECT_EQ(entries(), before) << "a temporary file was left behind";

    // Closed in the other program, the same save goes through.
    const CliRun again = upgradeTo(path(names.constLast()));
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(readTopology(readBytes(path(names.constLast())).toStdString()).ok());
}

TEST_F(WindowsTargets, AFileMarkedReadOnlyKeepsItsContentAndTheMessageSaysSo)
{
    const QString target = path(QStringLiteral("design.topology.json"));
    ASSERT_TRUE(writeBytes(target, oldContent(target)));
    ASSERT_TRUE(::SetFileAttributesW(nativeName(target).c_str(), FILE_ATTRIBUTE_READONLY));
    const QStringList before = entries();
    expectRefusedWith(upgradeTo(target), target, QStringLiteral("marked read-only"));
    expectRefusedWith(exportTo(path(QStringLiteral("design.topology.json"))), target,
                      QStringLiteral("marked read-only"));
    EXPECT_EQ(readBytes(target), oldContent(target));
    EXPECT_EQ(entries(), before);
    ::SetFileAttributesW(nativeName(target).c_str(), FILE_ATTRIBUTE_NORMAL);
}

TEST_F(WindowsTargets, TheNulDeviceIsWrittenTo)
{
    for (const QString& device : {QStringLiteral("NUL"), QStringLiteral("nul.json")}) {
        const CliRun run = upgradeTo(device);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    }
    EXPECT_TRUE(entries().isEmpty());
}

TEST_F(WindowsTargets, NamesWithSpacesAndAccentsOpenAndSaveInEveryPathForm)
{
    const QString folder = path(QStringLiteral("Produção e testes ç"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString design = folder + QStringLiteral("/Fábrica padrão.topology.json");
    ASSERT_TRUE(QFile::copy(writeInput(), design));
    const QString native = QDir::toNativeSeparators(design);
    // C:\...\x, \\?\C:\...\x and \\localhost\C$\...\x name the same file.
    QStringList forms = {native, QStringLiteral("\\\\?\\") + native};
    const QString share = QStringLiteral("\\\\localhost\\") + native.left(1) + QStringLiteral("$");
    if (QFileInfo::exists(share + QStringLiteral("\\")))
        forms.append(share + native.mid(2));
    else
        std::printf("no administrative share %s: UNC paths not tried\n", qPrintable(share));
    for (const QString& form : forms) {
        SCOPED_TRACE(form.toStdString());
        const CliRun validated = runCli(
            {QStringLiteral("validate"), form, QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_TRUE(validated.finished);
        EXPECT_LE(validated.exitCode, 1) << validated.err.toStdString();
        EXPECT_TRUE(validated.out.contains("Fábrica padrão")) << validated.out.toStdString();
    }
    const QString copy = folder + QStringLiteral("/Cópia çã.topology.json");
    const CliRun upgraded = upgradeTo(QDir::toNativeSeparators(copy));
    EXPECT_EQ(upgraded.exitCode, 0) << upgraded.err.toStdString();
    const FileLoadResult loaded = loadTopologyFile(copy);
    EXPECT_TRUE(loaded.ok()) << loaded.errorText.toStdString();
}

} // namespace
} // namespace topo::test
