// Saves and autosaves that fail for real (a full disk, a read-only filesystem, a folder where
// the file was): the designer says which file and why, keeps the document modified (closing
// still asks) and leaves the old file byte for byte as it was.
#include "UiTestSupport.h"

#include "SmallFilesystem.h"
#include "SystemReasons.h"
#include "editor/document/Document.h"
#include "editor/files/TopologyFile.h"
#include "editor/recovery/Autosave.h"
#include "ui/main/RecoveryController.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace topo;
using namespace topo::test;

namespace {

// Room for a design, its temporary copy while saving and a filler, in 4 KiB pages.
constexpr int kFilesystemKilobytes = 256;
// How a read-only filesystem is reported: the system's own words.
const QStringList kReadOnlyReasons = {readOnlyReason()};

bool containsAny(const QString& text, const QStringList& parts)
{
    return std::any_of(parts.begin(), parts.end(), [&text](const QString& part) {
        return text.contains(part, Qt::CaseInsensitive);
    });
}

class SaveFailureTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        f = openWindow();
        ASSERT_NE(f->window->document(), nullptr);
    }

    MainWindow& window() { return *f->window; }
    Document& document() { return *f->window->document(); }

    void edit()
    {
        moveFirstServer(document());
        ASSERT_TRUE(document().isModified());
    }

    // The design saved to `path` (the designer's own, canonical file), then edited.
    void saveThenEdit(const QString& path)
    {
        ASSERT_TRUE(window().files()->saveTo(path))
            << f->errors.join(QLatin1Char('\n')).toStdString();
        saved = readBytes(path);
        ASSERT_FALSE(saved.isEmpty());
        edit();
    }

    // A failed save: refused, reported once naming the file and the reason (one of
    // `reasons`), the document still modified, the file as it was, no temporary file left.
    void expectRefused(const QString& path, const QStringList& reasons)
    {
        EXPECT_FALSE(window().files()->save());
        ASSERT_EQ(f->errors.size(), 1);
        EXPECT_TRUE(f->errors[0].contains(path)) << f->errors[0].toStdString();
        EXPECT_TRUE(containsAny(f->errors[0], reasons)) << f->errors[0].toStdString();
        EXPECT_TRUE(f->errors[0].contains(QStringLiteral("not saved")))
            << f->errors[0].toStdString();
        EXPECT_TRUE(document().isModified());
        EXPECT_TRUE(window().isWindowModified());
        EXPECT_EQ(readBytes(path), saved);
        const QStringList left = QFileInfo(path).dir().entryList(QDir::Files | QDir::Hidden);
        for (const QString& name : left)
            EXPECT_TRUE(name == QFileInfo(path).fileName() || name == QStringLiteral(".filler"))
                << name.toStdString();
    }

    // Closing asks about the unsaved changes; saving from that question fails again and
    // the design stays open.
    void expectClosingStillAsks()
    {
        int asked = 0;
        window().files()->askToSave = [&asked](const QString&) {
            ++asked;
            return QMessageBox::Save;
        };
        EXPECT_FALSE(window().close());
        EXPECT_EQ(asked, 1);
        ASSERT_NE(window().document(), nullptr);
        EXPECT_TRUE(document().isModified());
    }

    std::unique_ptr<WindowFixture> f;
    QByteArray saved;
};

class AutosaveFailureTest : public SaveFailureTest {
protected:
    Autosave& autosave() { return *window().recovery()->autosave(); }
    QLabel& mark() { return *window().recovery()->autosaveFailureLabel(); }

    // An autosave on `disk` that succeeds, then one more unsaved change.
    void autosaveThenEdit(const SmallFilesystem& disk)
    {
        autosave().setDirectory(disk.path(QStringLiteral("autosave")));
        edit();
        ASSERT_TRUE(autosave().saveNow());
        previous = readBytes(autosave().designPath());
        ASSERT_FALSE(previous.isEmpty());
        EXPECT_TRUE(mark().isHidden());
        edit();
    }

    // A failed autosave: reported in the status bar (message and mark, naming the file and
    // the reason), never by a dialog; the previous autosave and the modified state stay.
    void expectAutosaveRefused(const QStringList& reasons)
    {
        EXPECT_FALSE(autosave().saveNow());
        EXPECT_TRUE(mark().isVisible());
        EXPECT_TRUE(containsAny(mark().toolTip(), reasons)) << mark().toolTip().toStdString();
        const QString message = window().statusBar()->currentMessage();
        EXPECT_TRUE(message.contains(QStringLiteral("Autosave failed"))) << message.toStdString();
        // The record of the autosave is written first, so a full disk stops there.
        EXPECT_TRUE(message.contains(autosave().sidecarPath())) << message.toStdString();
        EXPECT_EQ(readBytes(autosave().designPath()), previous);
        EXPECT_TRUE(document().isModified());
        EXPECT_TRUE(f->errors.isEmpty());
    }

    QByteArray previous;
};

} // namespace

TEST_F(SaveFailureTest, AFullDiskIsReportedAndLeavesTheFileAndTheDocumentModified)
{
    SmallFilesystem disk(kFilesystemKilobytes);
    if (!disk.available())
        GTEST_SKIP() << disk.skipReason().toStdString();
    const QString path = disk.path(QStringLiteral("design.topology.json"));
    saveThenEdit(path);
    ASSERT_TRUE(disk.fill());
    expectRefused(path, {diskFullReason()});
    expectClosingStillAsks();
}

TEST_F(SaveFailureTest, AReadOnlyFilesystemIsReportedAndLeavesTheFileAndTheDocumentModified)
{
    SmallFilesystem disk(kFilesystemKilobytes);
    if (!disk.available())
        GTEST_SKIP() << disk.skipReason().toStdString();
    const QString path = disk.path(QStringLiteral("design.topology.json"));
    saveThenEdit(path);
    ASSERT_TRUE(disk.remountReadOnly());
    expectRefused(path, kReadOnlyReasons);
    expectClosingStillAsks();
}

TEST_F(SaveFailureTest, AFolderWhereTheFileWasIsNeverSavedOverAndTheDocumentStaysModified)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("design.topology.json"));
    saveThenEdit(path);
    ASSERT_TRUE(QFile::remove(path));
    ASSERT_TRUE(QDir().mkdir(path));
    saved.clear(); // a folder reads as nothing, before and after
    // The file is gone: the save asks first; the user says save it there again.
    f->overwriteAnswer = OverwriteChoice::Overwrite;
    expectRefused(path, {QStringLiteral("it is a folder")});
    EXPECT_EQ(f->overwriteQuestions.size(), 1);
    EXPECT_TRUE(QFileInfo(path).isDir());
    expectClosingStillAsks();
}

TEST_F(AutosaveFailureTest, AFullDiskIsReportedInTheStatusBarAndKeepsThePreviousAutosave)
{
    SmallFilesystem disk(kFilesystemKilobytes);
    if (!disk.available())
        GTEST_SKIP() << disk.skipReason().toStdString();
    autosaveThenEdit(disk);
    ASSERT_TRUE(disk.fill());
    expectAutosaveRefused({diskFullReason()});
}

TEST_F(AutosaveFailureTest, AReadOnlyFilesystemIsReportedInTheStatusBarAndKeepsThePreviousAutosave)
{
    SmallFilesystem disk(kFilesystemKilobytes);
    if (!disk.available())
        GTEST_SKIP() << disk.skipReason().toStdString();
    autosaveThenEdit(disk);
    ASSERT_TRUE(disk.remountReadOnly());
    expectAutosaveRefused(kReadOnlyReasons);
}

TEST_F(AutosaveFailureTest, AFailureIsMarkedUntilAnAutosaveSucceeds)
{
    QTemporaryDir dir;
    // A folder under a regular file cannot be created.
    ASSERT_TRUE(writeBytes(dir.filePath(QStringLiteral("file")), "x"));
    autosave().setDirectory(dir.filePath(QStringLiteral("file/autosave")));
    edit();
    EXPECT_FALSE(autosave().saveNow());
    EXPECT_TRUE(mark().isVisible());
    EXPECT_TRUE(mark().toolTip().contains(dir.filePath(QStringLiteral("file/autosave"))))
        << mark().toolTip().toStdString();
    EXPECT_TRUE(window().statusBar()->currentMessage().contains(QStringLiteral("Autosave failed")));
    EXPECT_TRUE(document().isModified());

    autosave().setDirectory(dir.filePath(QStringLiteral("autosave")));
    EXPECT_TRUE(autosave().saveNow());
    EXPECT_TRUE(mark().isHidden());
    EXPECT_TRUE(document().isModified());
}
