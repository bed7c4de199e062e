// Pictures out of the window. File › Print…: the preview shows the open design's topology on
// one page turned to its shape, or one page per environment; the choice in the preview's
// toolbar lays it out again. Edit › Copy as image: PNG and SVG of the selection or the design
// on the clipboard.
#include "UiTestSupport.h"

#include "editor/document/Document.h"
#include "ui/canvas/CanvasView.h"
#include "ui/main/PrintController.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QStatusBar>
#include <QTest>

using namespace topo;
using namespace topo::test;

TEST(PrintTest, ThePreviewFitsTheDesignOrGivesEachEnvironmentAPage)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    int seen = 0;
    w.printing()->showPreview = [&seen](QPrintPreviewDialog& dialog) {
        ++seen;
        dialog.show();
        QApplication::processEvents();
        auto* preview = dialog.findChild<QPrintPreviewWidget*>();
        ASSERT_NE(preview, nullptr);
        EXPECT_EQ(preview->pageCount(), 1);
        // factory-standard is wider than tall.
        EXPECT_EQ(preview->orientation(), QPageLayout::Landscape);
        auto* pages = dialog.findChild<QComboBox*>(QStringLiteral("pagesCombo"));
        ASSERT_NE(pages, nullptr);
        EXPECT_TRUE(pages->isVisible()) << "in the preview's toolbar";
        pages->setFocus();
        QTest::keyClick(pages, Qt::Key_Down);
        QApplication::processEvents();
        EXPECT_EQ(pages->currentIndex(), 1);
        EXPECT_EQ(preview->pageCount(), 4) << "LifeTime, Development, Quality, Production";
        dialog.reject();
    };
    QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier);
    EXPECT_EQ(seen, 1);
}

TEST(PrintTest, CopyAsImagePutsThePictureOnTheClipboardAsPngAndSvg)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    QApplication::clipboard()->clear();
    QTest::mouseClick(w.canvas()->viewport(), Qt::LeftButton, {}, serverCentre(w, "prod-fe1"));
    ASSERT_EQ(w.document()->selection(), QStringList{QStringLiteral("prod-fe1")});
    // Through the Edit menu, as a user reaches it: a click on its title, then the item's
    // mnemonic.
    QAction* copy = w.findChild<QAction*>(QStringLiteral("copyAsImageAction"));
    ASSERT_NE(copy, nullptr);
    ASSERT_TRUE(copy->isEnabled());
    QAction* editTitle = nullptr;
    for (QAction* menu : w.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(copy))
            editTitle = menu;
    ASSERT_NE(editTitle, nullptr);
    QMenu* edit = editTitle->menu();
    QTest::mouseClick(w.menuBar(), Qt::LeftButton, {},
                      w.menuBar()->actionGeometry(editTitle).center());
    ASSERT_TRUE(edit->isVisible());
    QTest::keyClick(edit, Qt::Key_I);
    const QMimeData* data = QApplication::clipboard()->mimeData();
    ASSERT_NE(data, nullptr);
    const QImage one = QImage::fromData(data->data(QStringLiteral("image/png")), "PNG");
    ASSERT_FALSE(one.isNull());
    EXPECT_TRUE(data->hasImage());
    const QString svg = QString::fromUtf8(data->data(QStringLiteral("image/svg+xml")));
    EXPECT_TRUE(svg.contains(QStringLiteral("PROD-FE-01")));
    EXPECT_FALSE(svg.contains(QStringLiteral("PROD-FE-02"))) << "only the selection";
    EXPECT_TRUE(w.statusBar()->currentMessage().contains(QStringLiteral("1 element")))
        << w.statusBar()->currentMessage().toStdString();

    // Nothing selected: the whole design, a larger picture.
    w.document()->setSelection({});
    copy->trigger();
    const QImage all = QImage::fromData(
        QApplication::clipboard()->mimeData()->data(QStringLiteral("image/png")), "PNG");
    EXPECT_GT(all.width(), one.width() * 3);
    EXPECT_TRUE(QString::fromUtf8(
                    QApplication::clipboard()->mimeData()->data(QStringLiteral("image/svg+xml")))
                    .contains(QStringLiteral("PROD-FE-02")));
    EXPECT_TRUE(w.statusBar()->currentMessage().contains(QStringLiteral("the design")));
}
