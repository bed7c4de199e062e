// The designer says what it did and why it did not: an export names the file it wrote and
// offers its folder; a palette drag lights up the frame it will drop into and a drop where
// nothing can go is refused with a reason; deleting an environment asks about the database
// only it used.
#include "UiTestSupport.h"

#include "core/edit/ElementArrays.h"
#include "editor/document/Document.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"
#include "ui/canvas/ElementItem.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/main/RunbookExport.h"
#include "ui/main/WrittenFileNotice.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragMoveEvent>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace topo;
using namespace topo::test;

namespace {

// A drag from the palette entering the canvas and moving to `pos`; whether it may drop there.
bool dragOver(MainWindow& w, const QString& kind, const QPoint& pos)
{
    QMimeData data;
    data.setData(QStringLiteral("application/x-topology-palette"), kind.toLatin1());
    QWidget* viewport = w.canvas()->viewport();
    QDragEnterEvent enter(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    return move.isAccepted();
}

// A point between the LifeTime and Development frames, inside none.
QPoint betweenFrames(MainWindow& w)
{
    const Rect lt = *findById(w.document()->topology().environments, "lt")->layout;
    return viewportPoint(w, QPointF(lt.x + lt.width + 20, lt.y + 60));
}

} // namespace

TEST(FeedbackTest, AnExportSaysWhereItWroteAndOpensTheFolder)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("factory.png"));
    // The Export dialog, filled in and accepted as a user would.
    QTimer::singleShot(0, [path] {
        auto* dialog = qobject_cast<ExportDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->setOutputPath(path);
        dialog->accept();
    });
    w.findChild<QAction*>(QStringLiteral("exportAction"))->trigger();
    ASSERT_TRUE(QFileInfo::exists(path));
    WrittenFileNotice* notice = w.writtenFileNotice();
    EXPECT_TRUE(notice->isVisible());
    EXPECT_EQ(notice->text(), QStringLiteral("Exported factory.png to %1")
                                  .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    QUrl opened;
    notice->openFolder = [&](const QUrl& folder) {
        opened = folder;
        return true;
    };
    QTest::mouseClick(notice->openFolderButton(), Qt::LeftButton);
    EXPECT_EQ(opened, QUrl::fromLocalFile(QFileInfo(path).absolutePath()));

    // The runbook export says so too.
    w.runbookExport()->askSavePath = [&](const QString&) {
        return dir.filePath(QStringLiteral("runbook.html"));
    };
    w.findChild<QAction*>(QStringLiteral("exportRunbookAction"))->trigger();
    EXPECT_TRUE(notice->text().startsWith(QStringLiteral("Exported runbook.html to ")));
}

TEST(FeedbackTest, APaletteDragLightsUpTheFrameItWillDropInto)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    CanvasScene* scene = w.canvas()->canvasScene();
    EXPECT_TRUE(dragOver(w, QStringLiteral("server"), environmentCentre(w, "dev")));
    EXPECT_EQ(scene->dropTarget(), "dev");
    EXPECT_TRUE(scene->elementItem("dev")->isDropTarget());
    // Off every frame: nothing lit, and the drag may not drop.
    EXPECT_FALSE(dragOver(w, QStringLiteral("server"), betweenFrames(w)));
    EXPECT_EQ(scene->dropTarget(), "");
    EXPECT_FALSE(scene->elementItem("dev")->isDropTarget());
}

TEST(FeedbackTest, ADropOutsideEveryEnvironmentIsRefusedWithTheReason)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    const std::size_t servers = w.document()->topology().servers.size();
    EXPECT_FALSE(dropFromPalette(w, QStringLiteral("server"), betweenFrames(w)));
    EXPECT_EQ(w.document()->topology().servers.size(), servers);
    EXPECT_EQ(
        w.statusBar()->currentMessage(),
        QStringLiteral("A server belongs to an environment: drop it on an environment's frame"));
    EXPECT_EQ(w.canvas()->canvasScene()->dropTarget(), "") << "nothing stays lit";
}

TEST(FeedbackTest, DeletingAnEnvironmentAsksAboutTheDatabaseOnlyItUsed)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    auto deleteProduction = [&] {
        doc.setSelection({QStringLiteral("prod")});
        w.findChild<QAction*>(QStringLiteral("deleteAction"))->trigger();
    };
    f->alsoDeleteAnswer = CanvasView::AlsoDelete::Cancel;
    deleteProduction();
    EXPECT_EQ(f->alsoDeleteQuestions, QStringList{QStringLiteral("Production: SQL-PROD-AG")});
    EXPECT_NE(findById(doc.topology().environments, "prod"), nullptr) << "cancelled";

    f->alsoDeleteAnswer = CanvasView::AlsoDelete::Yes;
    deleteProduction();
    EXPECT_EQ(findById(doc.topology().environments, "prod"), nullptr);
    EXPECT_EQ(findById(doc.topology().databases, "db-prod"), nullptr) << "deleted along";
    EXPECT_EQ(doc.undoStack()->count(), 1) << "one step";
    doc.undoStack()->undo();

    f->alsoDeleteAnswer = CanvasView::AlsoDelete::No;
    deleteProduction();
    EXPECT_EQ(findById(doc.topology().environments, "prod"), nullptr);
    EXPECT_NE(findById(doc.topology().databases, "db-prod"), nullptr) << "kept";

    // The shared database (Development and Quality) is not Production's alone: no question.
    doc.undoStack()->undo();
    f->alsoDeleteQuestions.clear();
    doc.setSelection({QStringLiteral("qa")});
    w.findChild<QAction*>(QStringLiteral("deleteAction"))->trigger();
    EXPECT_TRUE(f->alsoDeleteQuestions.isEmpty());
}
