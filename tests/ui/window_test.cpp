// The main window with a design: title, docks, files (open, save, refusals) and the start view.
#include "UiTestSupport.h"

#include "editor/document/Document.h"
#include "editor/files/TopologyFile.h"
#include "ui/canvas/CanvasView.h"
#include "ui/docks/problems/FindingsModel.h"
#include "ui/main/FileController.h"
#include "ui/main/StartView.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace topo;
using namespace topo::test;

TEST(MainWindowTest, OpensADesignWithTitleFindingsAndCanvas)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    ASSERT_NE(w.document(), nullptr);
    ASSERT_NE(w.canvas(), nullptr);
    EXPECT_EQ(w.document()->topology().servers.size(), 9u);
    EXPECT_TRUE(w.windowTitle().startsWith(QStringLiteral("factory-standard.topology.json[*]")));
    EXPECT_TRUE(w.windowTitle().endsWith(QStringLiteral("— Topology Designer")));
    EXPECT_FALSE(w.isWindowModified());
    // factory-standard has infos only (no errors, no warnings).
    EXPECT_EQ(w.findingsSummaryLabel()->text(), findingsSummary(w.document()->findings()));
    EXPECT_TRUE(w.findingsSummaryLabel()->text().contains(QStringLiteral("0 errors")));
    EXPECT_TRUE(f->errors.isEmpty());
}

TEST(MainWindowTest, AnEditMarksTheWindowModifiedAndSaveClearsIt)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.topology.json"));
    ASSERT_TRUE(w.files()->saveTo(path));
    w.document()->setSelection({QStringLiteral("prod-fe1")});
    w.canvas()->deleteSelection();
    EXPECT_TRUE(w.isWindowModified());
    EXPECT_TRUE(w.windowTitle().startsWith(QStringLiteral("copy.topology.json")));
    ASSERT_TRUE(w.files()->save());
    EXPECT_FALSE(w.isWindowModified());
    const FileLoadResult saved = loadTopologyFile(path);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved.topology->servers.size(), 8u);
    // Saved files are canonical and carry the layout the user saw.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), canonicalBytes(*saved.topology));
    for (const Environment& e : saved.topology->environments)
        EXPECT_TRUE(e.layout.has_value()) << e.id;
}

TEST(MainWindowTest, AFileThatFailsToLoadLeavesTheDesignUntouched)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    Document* before = w.document();
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.topology.json"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"format\": \"outsystems-topology\",\n  \"formatVersion\": 1,\n  oops\n}\n");
    file.close();
    EXPECT_FALSE(w.files()->openFile(bad));
    EXPECT_EQ(w.document(), before);
    EXPECT_EQ(w.document()->topology().servers.size(), 9u);
    ASSERT_EQ(f->errors.size(), 1);
    // The loader's message names the file and the line and column.
    EXPECT_TRUE(f->errors[0].contains(QStringLiteral("bad.topology.json:4:")))
        << f->errors[0].toStdString();
}

TEST(MainWindowTest, ANewerFormatFileIsRefusedAndNeverOverwritten)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    QTemporaryDir dir;
    const QString newer = dir.filePath(QStringLiteral("newer.topology.json"));
    const QByteArray text = "{\"format\": \"outsystems-topology\", \"formatVersion\": 7, "
                            "\"name\": \"n\", \"environments\": []}\n";
    QFile file(newer);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    EXPECT_FALSE(w.files()->openFile(newer));
    ASSERT_EQ(f->errors.size(), 1);
    EXPECT_TRUE(f->errors[0].contains(QStringLiteral("7"))) << f->errors[0].toStdString();
    EXPECT_FALSE(w.files()->saveTo(newer));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), text);
}

TEST(MainWindowTest, ClosingShowsTheStartViewWithRecentFiles)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    ASSERT_TRUE(w.files()->closeDocument());
    EXPECT_EQ(w.document(), nullptr);
    EXPECT_TRUE(w.startView()->isVisible());
    const QListWidget* recent = w.startView()->recentList();
    ASSERT_GE(recent->count(), 1);
    EXPECT_EQ(recent->item(0)->text(), QStringLiteral("factory-standard.topology.json"));
    EXPECT_TRUE(w.files()->recentFiles().first().endsWith(
        QStringLiteral("factory-standard.topology.json")));
}

TEST(MainWindowTest, NewFromTemplateAndBlank)
{
    auto f = openWindow(QString());
    MainWindow& w = *f->window;
    w.files()->newFromTemplate(
        QStringLiteral(":/templates/example-2-production-farm.topology.json"));
    ASSERT_NE(w.document(), nullptr);
    EXPECT_TRUE(w.document()->filePath().isEmpty());
    EXPECT_FALSE(w.document()->topology().servers.empty());
    w.files()->newBlank();
    ASSERT_NE(w.document(), nullptr);
    ASSERT_EQ(w.document()->topology().environments.size(), 1u);
    EXPECT_EQ(w.document()->topology().environments[0].purpose, Purpose::Development);
    EXPECT_TRUE(w.document()->topology().servers.empty());
    EXPECT_TRUE(f->errors.isEmpty());
}
