// What the window says and offers around a design: the file name Save As proposes, zoom
// actions only with a design open, the sizing advisor in the user's words, History entries
// and recent files readable in full.
#include "UiTestSupport.h"

#include "core/edit/EditOperations.h"
#include "editor/document/Document.h"
#include "ui/docks/analysis/SizingDock.h"
#include "ui/main/StartView.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QUndoView>

using namespace topo;
using namespace topo::test;

namespace {

// The file name field of the next file dialog, read once it is shown; the dialog is then
// cancelled.
void readNextFileDialog(QString* fileName)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, fileName] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        if (auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
            *fileName = edit->text();
        dialog->reject();
    });
    timer->start();
}

QAction* actionNamed(MainWindow& window, const char* name)
{
    return window.findChild<QAction*>(QLatin1String(name));
}

QMenu* recentMenu(MainWindow& window)
{
    for (QMenu* menu : window.menuBar()->findChildren<QMenu*>())
        if (menu->title() == QStringLiteral("Open &recent"))
            return menu;
    return nullptr;
}

} // namespace

TEST(WindowTextsTest, SaveAsProposesAShortPortableNameInTheFileDialog)
{
    // The window's own dialogs: the real file dialog, not the fixture's answer.
    MainWindow window;
    window.resize(1500, 950);
    window.show();
    window.files()->newFromTemplate(QStringLiteral(":/templates/factory-standard.topology.json"));
    ASSERT_NE(window.document(), nullptr);
    ASSERT_EQ(window.document()->displayName(),
              QStringLiteral("Standard factory: LifeTime, Development, Quality and a highly "
                             "available Production"));
    QString proposed;
    readNextFileDialog(&proposed);
    EXPECT_FALSE(window.files()->saveAs()) << "cancelled";
    EXPECT_EQ(proposed, QStringLiteral("Standard factory LifeTime, Development, Quality and a "
                                       "highly.topology.json"));
}

TEST(WindowTextsTest, ZoomActionsWaitForADesign)
{
    auto f = openWindow(QString());
    MainWindow& window = *f->window;
    const char* names[] = {"zoomInAction", "zoomOutAction", "fitAction", "actualSizeAction"};
    auto* toolbar = window.findChild<QToolBar*>(QStringLiteral("mainToolbar"));
    ASSERT_NE(toolbar, nullptr);
    for (const char* name : names) {
        QAction* action = actionNamed(window, name);
        ASSERT_NE(action, nullptr) << name;
        EXPECT_FALSE(action->isEnabled()) << name;
        if (QWidget* button = toolbar->widgetForAction(action)) {
            EXPECT_FALSE(button->isEnabled()) << name;
        }
    }
    ASSERT_TRUE(window.files()->openFile(fixturePath(QStringLiteral("factory-standard"))));
    for (const char* name : names)
        EXPECT_TRUE(actionNamed(window, name)->isEnabled()) << name;
    window.files()->closeDocument();
    for (const char* name : names)
        EXPECT_FALSE(actionNamed(window, name)->isEnabled()) << name;
}

TEST(WindowTextsTest, TheSizingAdvisorSpeaksOfTheExpectedLoadNotOfAFileMember)
{
    auto f = openWindow(QStringLiteral("example-2-production-farm"));
    auto* dock = raisedDock<SizingDock>(*f->window, QStringLiteral("sizingDock"));
    ASSERT_NE(dock, nullptr);
    const QString stated = dock->arithmeticLabel()->text();
    EXPECT_TRUE(stated.contains(QStringLiteral("No expected load (requests per second)")))
        << stated.toStdString();
    Document& doc = *f->window->document();
    doc.apply(editElements<Environment>(doc.topology(), {"prod"},
                                        [](Environment& e) { e.expectedRequestsPerSecond = 1e12; }),
              QStringLiteral("Set the expected load"));
    QApplication::processEvents(); // the dock refreshes after the edit's event-loop turn
    const QString beyond = dock->arithmeticLabel()->text();
    EXPECT_TRUE(beyond.contains(QStringLiteral("check the expected load"))) << beyond.toStdString();
    for (const QString& text : {stated, beyond, dock->statusLabel()->text()})
        EXPECT_FALSE(text.contains(QStringLiteral("expectedRequestsPerSecond")))
            << text.toStdString();
}

TEST(WindowTextsTest, EveryHistoryEntryShowsItsFullTextAsTooltip)
{
    auto f = openWindow();
    Document& doc = *f->window->document();
    const QString text = QStringLiteral(
        "Move PROD-FE-01, PROD-FE-02 and PROD-FE-03 of Production into the second zone");
    const std::string id = doc.topology().servers.front().id;
    doc.apply(moveElements(doc.topology(), {id}, 20, 0), text);
    auto* view = f->window->findChild<QUndoView*>(QStringLiteral("historyView"));
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(view->isVisible());
    // The entry is wider than the dock: the list cuts it.
    const QModelIndex entry = view->model()->index(1, 0);
    ASSERT_EQ(entry.data().toString(), text);
    const QRect row = view->visualRect(entry);
    EXPECT_GT(view->fontMetrics().horizontalAdvance(text), view->viewport()->width());

    QHelpEvent help(QEvent::ToolTip, row.center(), view->viewport()->mapToGlobal(row.center()));
    QApplication::sendEvent(view->viewport(), &help);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_EQ(QToolTip::text(), text);
    QToolTip::hideText();
}

TEST(WindowTextsTest, RecentFilesGiveTheirPathInTooltipAndStatusBar)
{
    auto f = openWindow();
    MainWindow& window = *f->window;
    const QString path = QDir::toNativeSeparators(
        QFileInfo(fixturePath(QStringLiteral("factory-standard"))).absoluteFilePath());

    // File › Open recent, opened from the menu bar: hovering the entry puts the path in the
    // status bar.
    QMenu* menu = recentMenu(window);
    ASSERT_NE(menu, nullptr);
    ASSERT_FALSE(menu->actions().isEmpty());
    QAction* entry = menu->actions().constFirst();
    EXPECT_EQ(entry->text(), QStringLiteral("factory-standard.topology.json"));
    EXPECT_EQ(entry->toolTip(), path);
    EXPECT_EQ(entry->statusTip(), path);
    EXPECT_TRUE(menu->toolTipsVisible());
    QTest::keyClick(&window, Qt::Key_F, Qt::AltModifier);
    auto* fileMenu = qobject_cast<QMenu*>(menu->parentWidget());
    ASSERT_NE(fileMenu, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(fileMenu));
    fileMenu->setActiveAction(menu->menuAction());
    ASSERT_TRUE(QTest::qWaitForWindowExposed(menu));
    const QPoint at = menu->actionGeometry(entry).center();
    QMouseEvent hover(QEvent::MouseMove, at, menu->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                      Qt::NoModifier);
    QApplication::sendEvent(menu, &hover);
    EXPECT_EQ(window.statusBar()->currentMessage(), path);
    fileMenu->close();
    QApplication::processEvents();

    // The start view's list: hovering the design does the same.
    window.files()->closeDocument();
    QListWidget* recent = window.startView()->recentList();
    ASSERT_TRUE(recent->isVisible());
    ASSERT_GE(recent->count(), 1);
    EXPECT_EQ(recent->item(0)->toolTip(), path);
    window.statusBar()->clearMessage();
    const QPoint over = recent->visualItemRect(recent->item(0)).center();
    QMouseEvent move(QEvent::MouseMove, over, recent->viewport()->mapToGlobal(over), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(recent->viewport(), &move);
    EXPECT_EQ(window.statusBar()->currentMessage(), path);
}
