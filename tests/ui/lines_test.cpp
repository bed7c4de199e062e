// View › Lines: each kind of connection line can be hidden and shown on the canvas, and the
// choice is remembered.
#include "UiTestSupport.h"

#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"
#include "ui/main/Preferences.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QPainter>

using namespace topo;
using namespace topo::test;

namespace {

// The whole canvas drawn at its own scale.
QImage canvasPicture(MainWindow& w)
{
    CanvasScene* scene = w.canvas()->canvasScene();
    const QRectF area = scene->itemsBoundingRect();
    QImage image(area.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    scene->render(&p, QRectF(QPointF(), area.size()), area);
    return image;
}

// The pixels where two pictures differ, and their mean colour in `a`.
struct Difference {
    int pixels = 0;
    double red = 0;
    double blue = 0;
};

Difference difference(const QImage& a, const QImage& b)
{
    Difference d;
    for (int y = 0; y < a.height() && y < b.height(); ++y)
        for (int x = 0; x < a.width() && x < b.width(); ++x)
            if (a.pixel(x, y) != b.pixel(x, y)) {
                ++d.pixels;
                d.red += qRed(a.pixel(x, y));
                d.blue += qBlue(a.pixel(x, y));
            }
    if (d.pixels > 0) {
        d.red /= d.pixels;
        d.blue /= d.pixels;
    }
    return d;
}

QAction* action(MainWindow& w, const char* name)
{
    return w.findChild<QAction*>(QString::fromLatin1(name));
}

} // namespace

TEST(LinesTest, ViewLinesHidesAndShowsOneKindOfLine)
{
    Preferences::setHiddenLines({});
    auto f = openWindow();
    MainWindow& w = *f->window;
    QAction* database = action(w, "linesDatabaseAction");
    ASSERT_NE(database, nullptr);
    EXPECT_TRUE(database->isChecked());
    const QImage all = canvasPicture(w);

    database->trigger(); // unchecks: hides
    QApplication::processEvents();
    const QImage withoutDatabase = canvasPicture(w);
    // What went is the database lines: many pixels, blue ones (long blue dashes).
    const Difference gone = difference(all, withoutDatabase);
    EXPECT_GT(gone.pixels, 200);
    EXPECT_GT(gone.blue, gone.red + 40);
    EXPECT_EQ(Preferences::hiddenLines(), std::vector<ConnectionKind>{ConnectionKind::Database});
    // The other lines stay: hiding them all too changes the picture again.
    w.canvas()->canvasScene()->setHiddenLines({ConnectionKind::LoadBalancing,
                                               ConnectionKind::Database, ConnectionKind::Queue,
                                               ConnectionKind::Management});
    EXPECT_GT(difference(withoutDatabase, canvasPicture(w)).pixels, 200);
    w.canvas()->canvasScene()->setHiddenLines(Preferences::hiddenLines());

    // A design opened later keeps the choice.
    auto again = openWindow();
    EXPECT_FALSE(action(*again->window, "linesDatabaseAction")->isChecked());
    EXPECT_FALSE(again->window->canvas()->canvasScene()->paintOptions().drawsLines(
        ConnectionKind::Database));

    database->trigger(); // shows again
    QApplication::processEvents();
    EXPECT_EQ(difference(all, canvasPicture(w)).pixels, 0);
    Preferences::setHiddenLines({});
}
