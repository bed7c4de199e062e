// The first view of a design: opened as the command line opens it, after crash recovery, or
// from the start view, the whole design is in view once the window and its docks have their
// final sizes, the docks have their default widths, and the bottom tabs never resize the
// canvas.
#include "UiTestSupport.h"

#include "editor/recovery/RecoveryStore.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"
#include "ui/canvas/ElementItem.h"
#include "ui/canvas/FitUntilTouched.h"
#include "ui/docks/inspector/InspectorDock.h"
#include "ui/docks/palette/PaletteDock.h"
#include "ui/docks/problems/ProblemsDock.h"
#include "ui/main/DesignerApp.h"
#include "ui/main/StartView.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QTabBar>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

using namespace topo;
using namespace topo::test;

namespace {

const QSize kScreenSize(1600, 1000);

// Lets the window lay out, show and settle (pending layouts, timers of zero length).
void settle(int ms = 100)
{
    QTest::qWait(ms);
    QApplication::processEvents();
}

// The elements and zones of the canvas whose rectangle is not wholly in view.
QStringList cutElements(const CanvasView& canvas)
{
    const QRectF visible = canvas.mapToScene(canvas.viewport()->rect()).boundingRect();
    QStringList cut;
    for (QGraphicsItem* item : canvas.canvasScene()->items()) {
        if (item->type() != ElementItem::Type || !item->isVisible())
            continue;
        const auto* element = static_cast<ElementItem*>(item);
        if (!visible.contains(element->sceneRect()))
            cut << QString::fromStdString(element->id());
    }
    return cut;
}

// Writes an autosave of `fixture` that a process that is gone left behind.
void leaveAutosaveBehind(const QString& fixture)
{
    const QDir dir(RecoveryStore::directory());
    ASSERT_TRUE(QDir().mkpath(dir.path()));
    const QString id = QStringLiteral("left-behind");
    ASSERT_TRUE(writeBytes(dir.filePath(id + QLatin1String(RecoveryStore::kDesignSuffix)),
                           readBytes(fixturePath(fixture))));
    QJsonObject meta;
    meta.insert(QLatin1String(RecoveryStore::kInstanceKey), QStringLiteral("gone"));
    meta.insert(QLatin1String(RecoveryStore::kDesignNameKey), fixture);
    meta.insert(QLatin1String(RecoveryStore::kOriginalPathKey), QString());
    meta.insert(QLatin1String(RecoveryStore::kSavedAtKey),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    ASSERT_TRUE(writeBytes(dir.filePath(id + QLatin1String(RecoveryStore::kSidecarSuffix)),
                           QJsonDocument(meta).toJson()));
    ASSERT_EQ(RecoveryStore().recoverable().size(), 1u);
}

// Answers the next modal dialog with Return, as the user accepting it would (the dialog's
// own event loop runs the timer, which looks for it until it is shown).
void acceptNextDialog(bool* answered)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, answered] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->deleteLater();
        timer->stop();
        QTest::keyClick(dialog, Qt::Key_Return);
        *answered = !dialog->isVisible();
        if (!*answered)
            dialog->accept(); // the test fails, but does not hang
    });
    timer->start();
}

QTabBar* tabBarWith(MainWindow& window, const QString& title, int* index)
{
    for (QTabBar* bar : window.findChildren<QTabBar*>()) {
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabText(i) == title) {
                *index = i;
                return bar;
            }
        }
    }
    return nullptr;
}

void clickTab(MainWindow& window, const QString& title)
{
    int index = -1;
    QTabBar* bar = tabBarWith(window, title, &index);
    ASSERT_NE(bar, nullptr) << title.toStdString();
    QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, bar->tabRect(index).center());
    settle();
}

} // namespace

TEST(FirstViewTest, ADesignOpenedFromTheCommandLineIsWhollyInViewOnceTheWindowSettles)
{
    MainWindow window;
    startDesigner(window, fixturePath(QStringLiteral("factory-standard")), false, kScreenSize);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    settle();
    ASSERT_NE(window.canvas(), nullptr);
    EXPECT_EQ(window.size(), kScreenSize);
    EXPECT_TRUE(cutElements(*window.canvas()).isEmpty())
        << cutElements(*window.canvas()).join(QLatin1Char(' ')).toStdString();
    // LifeTime's frame and Production's are there, whole, not just some cards.
    const QRectF visible =
        window.canvas()->mapToScene(window.canvas()->viewport()->rect()).boundingRect();
    for (const char* id : {"lt", "prod"}) {
        const auto frame = window.canvas()->canvasScene()->itemRect(id);
        ASSERT_TRUE(frame.has_value()) << id;
        EXPECT_TRUE(visible.contains(*frame)) << id;
    }
}

TEST(FirstViewTest, TheFitFollowsTheWindowUntilTheUserActsOnTheView)
{
    MainWindow window;
    startDesigner(window, fixturePath(QStringLiteral("factory-standard")), false, kScreenSize);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    settle();
    CanvasView* canvas = window.canvas();
    const double fitted = canvas->zoom();
    // The window manager (or the user, before touching the design) makes the window smaller.
    window.resize(1100, 760);
    settle();
    EXPECT_LT(canvas->zoom(), fitted);
    EXPECT_TRUE(cutElements(*canvas).isEmpty());

    // A Ctrl+wheel turn is the user's zoom: a later resize keeps it.
    const double beforeWheel = canvas->zoom();
    QWheelEvent wheel(QPointF(200, 200), canvas->viewport()->mapToGlobal(QPointF(200, 200)),
                      QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(canvas->viewport(), &wheel);
    const double chosen = canvas->zoom();
    EXPECT_GT(chosen, beforeWheel);
    auto* follower = canvas->findChild<FitUntilTouched*>();
    ASSERT_NE(follower, nullptr);
    EXPECT_FALSE(follower->isActive());
    window.resize(kScreenSize);
    settle();
    EXPECT_DOUBLE_EQ(canvas->zoom(), chosen);
}

TEST(FirstViewTest, ADesignOpenedFromTheStartViewIsWhollyInView)
{
    const QString path = fixturePath(QStringLiteral("factory-standard"));
    {
        // Opened once: it is a recent design of the start view.
        MainWindow first;
        first.files()->openFile(path);
    }
    MainWindow window;
    startDesigner(window, QString(), false, kScreenSize);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    settle();
    QListWidget* recent = window.startView()->recentList();
    ASSERT_GE(recent->count(), 1);
    const QRect row = recent->visualItemRect(recent->item(0));
    // A double click as a mouse delivers it: a click, then the double click.
    QTest::mouseClick(recent->viewport(), Qt::LeftButton, Qt::NoModifier, row.center());
    QTest::mouseDClick(recent->viewport(), Qt::LeftButton, Qt::NoModifier, row.center());
    settle();
    ASSERT_NE(window.canvas(), nullptr);
    EXPECT_TRUE(cutElements(*window.canvas()).isEmpty());
}

TEST(FirstViewTest, RecoveryLeavesTheDocksAtTheirDefaultWidths)
{
    // The default layout: a first start that opens a design.
    int paletteWidth = 0;
    int inspectorWidth = 0;
    {
        MainWindow reference;
        startDesigner(reference, fixturePath(QStringLiteral("factory-standard")), false,
                      kScreenSize);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&reference));
        settle();
        paletteWidth = reference.palette()->width();
        inspectorWidth = reference.inspector()->width();
    }
    EXPECT_EQ(paletteWidth, MainWindow::kDefaultPaletteWidth);
    EXPECT_EQ(inspectorWidth, MainWindow::kDefaultInspectorWidth);

    // A start that offers recovery first: its dialog runs before the window is shown.
    leaveAutosaveBehind(QStringLiteral("factory-standard"));
    bool answered = false;
    acceptNextDialog(&answered);
    MainWindow window;
    startDesigner(window, QString(), false, kScreenSize);
    EXPECT_TRUE(answered);
    ASSERT_NE(window.document(), nullptr) << "recovered";
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    settle();
    EXPECT_EQ(window.palette()->width(), paletteWidth);
    EXPECT_EQ(window.inspector()->width(), inspectorWidth);
    EXPECT_GE(window.palette()->width(), window.palette()->minimumSizeHint().width());
    EXPECT_GE(window.inspector()->width(), window.inspector()->minimumSizeHint().width());
    EXPECT_TRUE(cutElements(*window.canvas()).isEmpty());
}

TEST(FirstViewTest, TheScalingTabDoesNotChangeTheCanvasHeight)
{
    MainWindow window;
    startDesigner(window, fixturePath(QStringLiteral("factory-standard")), false, kScreenSize);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    settle();
    const int canvasHeight = window.canvas()->height();
    const int paletteHeight = window.palette()->height();
    clickTab(window, QStringLiteral("Scaling"));
    ASSERT_TRUE(window.findChild<QDockWidget*>(QStringLiteral("scalingDock"))->isVisible());
    EXPECT_EQ(window.canvas()->height(), canvasHeight);
    clickTab(window, QStringLiteral("Problems"));
    ASSERT_TRUE(window.problems()->isVisible());
    EXPECT_EQ(window.canvas()->height(), canvasHeight);
    EXPECT_EQ(window.palette()->height(), paletteHeight);
}
