// The open design's file changed by another program: the bar above the canvas (Reload, Keep
// Mine), saves that ask before overwriting a newer file, and the designer's own saves that
// are never taken for someone else's. Real files, the real event loop.
#include "UiTestSupport.h"

#include "editor/document/Document.h"
#include "editor/files/TopologyFile.h"
#include "ui/main/FileChangedBar.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#ifdef _WIN32
#include <windows.h>
#endif

using namespace topo;
using namespace topo::test;

namespace {

constexpr int kWaitMs = 5000;
// The name of the design the other program writes (example-2-production-farm).
const std::string kTheirName =
    "Production farm: three front-ends, load balancer, SQL Server cluster";

class FileChangedTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("design.topology.json"));
        ASSERT_TRUE(writeBytes(path, readBytes(fixturePath(QStringLiteral("factory-standard")))));
        f = openWindow(QString());
        ASSERT_TRUE(f->window->files()->openFile(path));
        bar = f->window->fileChangedBar();
        theirs = readBytes(fixturePath(QStringLiteral("example-2-production-farm")));
        ASSERT_FALSE(theirs.isEmpty());
    }

    MainWindow& window() { return *f->window; }
    Document& document() { return *f->window->document(); }

    // Moves a server: an unsaved change.
    void edit()
    {
        moveFirstServer(document());
        ASSERT_TRUE(document().isModified());
    }

    bool barShown()
    {
        return QTest::qWaitFor([this] { return bar->isVisible(); }, kWaitMs);
    }
    bool barGone()
    {
        return QTest::qWaitFor([this] { return bar->isHidden(); }, kWaitMs);
    }

    // Waits long enough for the watcher to have looked at anything it was told about.
    static void settle() { QTest::qWait(DiskChangeWatcher::kSettleMs * 4); }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<WindowFixture> f;
    FileChangedBar* bar = nullptr;
    QByteArray theirs; // what the other program writes
};

} // namespace

TEST_F(FileChangedTest, AnotherProgramsWriteShowsTheBarAndReloadLoadsIt)
{
    EXPECT_TRUE(bar->isHidden());
    ASSERT_TRUE(writeBytes(path, theirs));
    ASSERT_TRUE(barShown());
    EXPECT_TRUE(bar->message()->text().contains(QStringLiteral("design.topology.json")));
    EXPECT_TRUE(bar->message()->text().contains(QStringLiteral("changed by another program")));
    EXPECT_TRUE(bar->reloadButton()->isVisible());
    bar->reloadButton()->click();
    EXPECT_EQ(document().topology().name, kTheirName);
    EXPECT_FALSE(document().isModified());
    EXPECT_EQ(document().filePath(), path);
    EXPECT_TRUE(barGone());
    EXPECT_TRUE(f->errors.isEmpty()) << f->errors.join(QLatin1Char('\n')).toStdString();
}

// Renames `from` over `to` as an editor's save does (rename(2); MoveFileEx on Windows, whose
// rename() never replaces a file).
static bool renameOver(const QString& from, const QString& to)
{
#ifdef _WIN32
    return ::MoveFileExW(QDir::toNativeSeparators(from).toStdWString().c_str(),
                         QDir::toNativeSeparators(to).toStdWString().c_str(),
                         MOVEFILE_REPLACE_EXISTING) != 0;
#else
    return std::rename(QFile::encodeName(from), QFile::encodeName(to)) == 0;
#endif
}

TEST_F(FileChangedTest, AReplaceByRenameIsNoticedAgainAndAgain)
{
    // Editors that save by writing a new file and renaming it over the old one.
    const QString temporary = dir.filePath(QStringLiteral(".design.tmp"));
    ASSERT_TRUE(writeBytes(temporary, theirs));
    ASSERT_TRUE(renameOver(temporary, path));
    ASSERT_TRUE(barShown());
    bar->reloadButton()->click();
    ASSERT_EQ(document().topology().name, kTheirName);
    ASSERT_TRUE(barGone());

    QByteArray again = theirs;
    again.replace("Production farm:", "Renamed over:");
    ASSERT_TRUE(writeBytes(temporary, again));
    ASSERT_TRUE(renameOver(temporary, path));
    ASSERT_TRUE(barShown());
    bar->reloadButton()->click();
    EXPECT_EQ(document().topology().name.rfind("Renamed over:", 0), 0u)
        << document().topology().name;
}

TEST_F(FileChangedTest, WithUnsavedChangesReloadSaysItDiscardsThem)
{
    edit();
    ASSERT_TRUE(writeBytes(path, theirs));
    ASSERT_TRUE(barShown());
    EXPECT_TRUE(bar->message()->text().contains(QStringLiteral("unsaved changes")));
    EXPECT_EQ(bar->reloadButton()->text(), QStringLiteral("Discard Mine and Reload"));
    bar->reloadButton()->click();
    EXPECT_EQ(document().topology().name, kTheirName);
    EXPECT_FALSE(document().isModified());
}

TEST_F(FileChangedTest, KeepMineKeepsTheDesignModifiedAndSavesOverWithoutAskingAgain)
{
    const std::size_t servers = document().topology().servers.size();
    ASSERT_TRUE(writeBytes(path, theirs));
    ASSERT_TRUE(barShown());
    bar->keepMineButton()->click();
    EXPECT_TRUE(barGone());
    EXPECT_EQ(document().topology().servers.size(), servers);
    EXPECT_TRUE(document().isModified());
    EXPECT_TRUE(window().isWindowModified());
    // The other program's version is still on disk until the user saves.
    EXPECT_EQ(readBytes(path), theirs);
    ASSERT_TRUE(window().files()->save());
    EXPECT_TRUE(f->overwriteQuestions.isEmpty());
    EXPECT_EQ(readBytes(path), canonicalBytes(document().topology()));
    EXPECT_FALSE(document().isModified());
}

TEST_F(FileChangedTest, KeepMineThenClosingAsksToSave)
{
    ASSERT_TRUE(writeBytes(path, theirs));
    ASSERT_TRUE(barShown());
    bar->keepMineButton()->click();
    int asked = 0;
    window().files()->askToSave = [&asked](const QString&) {
        ++asked;
        return QMessageBox::Cancel;
    };
    EXPECT_FALSE(window().files()->closeDocument());
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(readBytes(path), theirs);
}

TEST_F(FileChangedTest, SaveAfterAnOutsideChangeAsksAndCancelLeavesTheirFile)
{
    edit();
    ASSERT_TRUE(writeBytes(path, theirs));
    // Saved at once, before the bar has even appeared.
    f->overwriteAnswer = OverwriteChoice::Cancel;
    EXPECT_FALSE(window().files()->save());
    ASSERT_EQ(f->overwriteQuestions, QStringList{QStringLiteral("design.topology.json")});
    EXPECT_EQ(readBytes(path), theirs);
    EXPECT_TRUE(document().isModified());

    f->overwriteAnswer = OverwriteChoice::Overwrite;
    ASSERT_TRUE(window().files()->save());
    EXPECT_EQ(f->overwriteQuestions.size(), 2);
    EXPECT_EQ(readBytes(path), canonicalBytes(document().topology()));
    EXPECT_FALSE(document().isModified());
    settle();
    EXPECT_TRUE(bar->isHidden());
}

TEST_F(FileChangedTest, SaveAsInsteadOfOverwritingLeavesTheirFileAndMovesTheDesign)
{
    edit();
    ASSERT_TRUE(writeBytes(path, theirs));
    const QString mine = dir.filePath(QStringLiteral("mine.topology.json"));
    f->overwriteAnswer = OverwriteChoice::SaveAs;
    window().files()->askSavePath = [mine](const QString&) { return mine; };
    ASSERT_TRUE(window().files()->save());
    EXPECT_EQ(readBytes(path), theirs);
    EXPECT_EQ(readBytes(mine), canonicalBytes(document().topology()));
    EXPECT_EQ(document().filePath(), mine);
    // The design's file is now the new one: the old file's change concerns it no more.
    EXPECT_TRUE(barGone());
}

TEST_F(FileChangedTest, TheDesignersOwnSavesAreNeverReported)
{
    QSignalSpy reported(bar->watcher(), &DiskChangeWatcher::changedOnDisk);
    for (int i = 0; i < 3; ++i) {
        edit();
        ASSERT_TRUE(window().files()->save());
        // Save As onto the same file takes the same road.
        window().files()->askSavePath = [this](const QString&) { return path; };
        ASSERT_TRUE(window().files()->saveAs());
        settle();
    }
    EXPECT_EQ(reported.count(), 0);
    EXPECT_TRUE(bar->isHidden());
    EXPECT_TRUE(f->overwriteQuestions.isEmpty());
    // Still watching: the next outside change is reported.
    ASSERT_TRUE(writeBytes(path, theirs));
    EXPECT_TRUE(barShown());
    EXPECT_EQ(reported.count(), 1);
}

TEST_F(FileChangedTest, RewritingTheSameBytesIsNoChange)
{
    QSignalSpy reported(bar->watcher(), &DiskChangeWatcher::changedOnDisk);
    ASSERT_TRUE(writeBytes(path, readBytes(path)));
    settle();
    EXPECT_EQ(reported.count(), 0);
    EXPECT_TRUE(bar->isHidden());
    EXPECT_TRUE(window().files()->save());
    EXPECT_TRUE(f->overwriteQuestions.isEmpty());
}

TEST_F(FileChangedTest, ADeletedFileOffersKeepMineAndSavingWritesItAgain)
{
    ASSERT_TRUE(QFile::remove(path));
    ASSERT_TRUE(barShown());
    EXPECT_TRUE(bar->message()->text().contains(QStringLiteral("deleted")));
    EXPECT_FALSE(bar->reloadButton()->isVisible());
    bar->keepMineButton()->click();
    EXPECT_TRUE(barGone());
    EXPECT_TRUE(document().isModified());
    ASSERT_TRUE(window().files()->save());
    EXPECT_TRUE(f->overwriteQuestions.isEmpty());
    EXPECT_EQ(readBytes(path), canonicalBytes(document().topology()));
}

TEST_F(FileChangedTest, SavingOverADeletedFileAsksFirst)
{
    ASSERT_TRUE(QFile::remove(path));
    f->overwriteAnswer = OverwriteChoice::Cancel;
    EXPECT_FALSE(window().files()->save());
    EXPECT_EQ(f->overwriteQuestions.size(), 1);
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(FileChangedTest, AFileThatComesBackAsItWasClearsTheBar)
{
    const QByteArray mine = readBytes(path);
    ASSERT_TRUE(writeBytes(path, theirs));
    ASSERT_TRUE(barShown());
    ASSERT_TRUE(writeBytes(path, mine));
    EXPECT_TRUE(barGone());
    EXPECT_FALSE(document().isModified());
}

TEST_F(FileChangedTest, AReloadOfABrokenFileKeepsTheDesignAndSaysWhy)
{
    ASSERT_TRUE(writeBytes(path, "{ \"format\": \"outsystems-topology\", half written"));
    ASSERT_TRUE(barShown());
    const std::size_t servers = document().topology().servers.size();
    bar->reloadButton()->click();
    EXPECT_EQ(document().topology().servers.size(), servers);
    ASSERT_EQ(f->errors.size(), 1);
    EXPECT_TRUE(f->errors[0].contains(QStringLiteral("design.topology.json")))
        << f->errors[0].toStdString();
    EXPECT_TRUE(bar->isVisible());
}
