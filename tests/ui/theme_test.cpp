// The light and dark themes: tool bar and menu icons stand out from the window when enabled
// and fade towards it when disabled, disabled menu items are dimmer than enabled ones, and
// icons are drawn at the device pixel ratio; check boxes keep a visible edge.
#include "UiTestSupport.h"

#include "ui/docks/Icons.h"
#include "ui/main/Preferences.h"
#include "ui/main/ViewController.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QIcon>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace topo;
using namespace topo::test;

namespace {

// Luminance in [0, 1] (Rec. 709 weights on the sRGB values: enough to compare).
double luminance(QRgb rgb)
{
    return (0.2126 * qRed(rgb) + 0.7152 * qGreen(rgb) + 0.0722 * qBlue(rgb)) / 255.0;
}

// The average luminance of the icon's ink (its mostly opaque pixels), drawn over `window`.
double inkLuminance(const QPixmap& pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) < 200)
                continue;
            sum += luminance(pixel);
            ++count;
        }
    return count > 0 ? sum / count : -1;
}

// The pixel of the image (within `rect`) that differs most in luminance from `background`;
// returns that difference.
double strongestContrast(const QImage& image, const QRect& rect, const QColor& background)
{
    const double base = luminance(background.rgb());
    double strongest = 0;
    const QRect area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            strongest = std::max(strongest, std::abs(luminance(image.pixel(x, y)) - base));
    return strongest;
}

double brightest(const QImage& image, const QRect& rect)
{
    double best = 0;
    const QRect area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            best = std::max(best, luminance(image.pixel(x, y)));
    return best;
}

// Applies a theme through the preferences as the View menu does, and puts the platform's
// back when the test ends.
struct ThemeScope {
    ThemeScope(MainWindow& window, ThemeChoice choice) : window(window)
    {
        Preferences::setTheme(choice);
        window.views()->applyTheme();
        QApplication::processEvents();
    }
    ~ThemeScope()
    {
        Preferences::setTheme(ThemeChoice::System);
        window.views()->applyTheme();
    }
    MainWindow& window;
};

QAction* menuAction(QMenu& menu, const QString& text)
{
    for (QAction* action : menu.actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

QMenu* menuBarMenu(MainWindow& window, const QString& title)
{
    for (QAction* action : window.menuBar()->actions())
        if (action->text() == title)
            return action->menu();
    return nullptr;
}

} // namespace

TEST(ThemeTest, GlyphIconsContrastWithTheWindowAndFadeWhenDisabled)
{
    auto f = openWindow();
    const QIcon undo = designerIcon(QStringLiteral("edit-undo"));
    double darkInk = 0;
    double lightInk = 0;
    for (const ThemeChoice choice : {ThemeChoice::Light, ThemeChoice::Dark}) {
        ThemeScope theme(*f->window, choice);
        const double window = luminance(QApplication::palette().window().color().rgb());
        for (const QString& name :
             {QStringLiteral("edit-undo"), QStringLiteral("document-save"),
              QStringLiteral("zoom-fit"), QStringLiteral("edit-delete"), QStringLiteral("edit-cut"),
              QStringLiteral("edit-copy"), QStringLiteral("edit-paste")}) {
            const QIcon icon = designerIcon(name);
            const double enabled = inkLuminance(icon.pixmap(QSize(24, 24), 1.0, QIcon::Normal));
            const double disabled = inkLuminance(icon.pixmap(QSize(24, 24), 1.0, QIcon::Disabled));
            ASSERT_GE(enabled, 0) << name.toStdString();
            ASSERT_GE(disabled, 0) << name.toStdString();
            const QString label =
                QLatin1String(choice == ThemeChoice::Dark ? "dark " : "light ") + name;
            EXPECT_GT(std::abs(enabled - window), 0.5) << label.toStdString();
            EXPECT_LT(std::abs(disabled - window), std::abs(enabled - window) - 0.2)
                << label.toStdString();
            EXPECT_GT(std::abs(disabled - window), 0.1) << label.toStdString() << ": still seen";
        }
        // The same QIcon follows the theme: no icon has to be made again.
        const double ink = inkLuminance(undo.pixmap(QSize(24, 24), 1.0, QIcon::Normal));
        (choice == ThemeChoice::Dark ? darkInk : lightInk) = ink;
    }
    EXPECT_GT(darkInk, lightInk + 0.5);
}

TEST(ThemeTest, ToolBarButtonsShowEnabledBrightAndDisabledDimInTheDarkTheme)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    ThemeScope theme(w, ThemeChoice::Dark);
    auto* toolbar = w.findChild<QToolBar*>(QStringLiteral("mainToolbar"));
    ASSERT_NE(toolbar, nullptr);
    QAction* zoomIn = nullptr;
    QAction* undo = nullptr;
    for (QAction* action : toolbar->actions()) {
        if (action->text() == QStringLiteral("Zoom &in"))
            zoomIn = action;
        if (action->text().startsWith(QStringLiteral("&Undo")))
            undo = action;
    }
    ASSERT_NE(zoomIn, nullptr);
    ASSERT_NE(undo, nullptr);
    ASSERT_TRUE(zoomIn->isEnabled());
    ASSERT_FALSE(undo->isEnabled()) << "nothing to undo after opening";
    const QColor window = toolbar->palette().window().color();
    auto contrastOf = [&](QAction* action) {
        QWidget* button = toolbar->widgetForAction(action);
        const QImage image = button->grab().toImage();
        return strongestContrast(image, image.rect(), window);
    };
    const double enabled = contrastOf(zoomIn);
    const double disabled = contrastOf(undo);
    EXPECT_GT(enabled, 0.5);
    EXPECT_LT(disabled, enabled - 0.2);
}

TEST(ThemeTest, DisabledMenuItemsAreDimmerThanEnabledOnesInBothThemes)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    for (const ThemeChoice choice : {ThemeChoice::Light, ThemeChoice::Dark}) {
        ThemeScope theme(w, choice);
        QMenu* edit = menuBarMenu(w, QStringLiteral("&Edit"));
        ASSERT_NE(edit, nullptr);
        edit->popup(w.mapToGlobal(QPoint(20, 20)));
        ASSERT_TRUE(QTest::qWaitForWindowExposed(edit));
        const QImage image = edit->grab().toImage();
        const QColor background = edit->palette().window().color();
        QAction* cut = menuAction(*edit, QStringLiteral("Cu&t"));
        QAction* paste = menuAction(*edit, QStringLiteral("&Paste"));
        ASSERT_NE(cut, nullptr);
        ASSERT_NE(paste, nullptr);
        ASSERT_FALSE(cut->isEnabled()) << "nothing selected";
        ASSERT_TRUE(paste->isEnabled());
        const double enabled = strongestContrast(image, edit->actionGeometry(paste), background);
        const double disabled = strongestContrast(image, edit->actionGeometry(cut), background);
        const char* label = choice == ThemeChoice::Dark ? "dark" : "light";
        EXPECT_GT(enabled, 0.5) << label;
        EXPECT_LT(disabled, enabled - 0.2) << label;
        EXPECT_GT(disabled, 0.1) << label << ": still readable";
        if (choice == ThemeChoice::Dark) {
            // No bright copy of disabled text (as an etched shadow would draw).
            EXPECT_LT(brightest(image, edit->actionGeometry(cut)),
                      brightest(image, edit->actionGeometry(paste)));
        }
        edit->hide();
    }
}

TEST(ThemeTest, IconsAreDrawnAtTheDevicePixelRatio)
{
    const QIcon icon = designerIcon(QStringLiteral("zoom-in"));
    const QPixmap sharp = icon.pixmap(QSize(20, 20), 2.0, QIcon::Normal);
    EXPECT_EQ(sharp.size(), QSize(40, 40));
    EXPECT_DOUBLE_EQ(sharp.devicePixelRatio(), 2.0);
    // Colour icons keep their colours when enabled and turn grey when disabled.
    const QImage server = designerIcon(QStringLiteral("server"))
                              .pixmap(QSize(24, 24), 1.0, QIcon::Disabled)
                              .toImage();
    for (int y = 0; y < server.height(); ++y)
        for (int x = 0; x < server.width(); ++x) {
            const QColor c = QColor::fromRgba(server.pixel(x, y));
            if (c.alpha() == 255) {
                ASSERT_LE(std::abs(c.red() - c.blue()), 2) << x << "," << y;
            }
        }
}

TEST(ThemeTest, AnUncheckedCheckBoxHasAVisibleEdgeInBothThemes)
{
    auto f = openWindow();
    for (const ThemeChoice choice : {ThemeChoice::Light, ThemeChoice::Dark}) {
        ThemeScope theme(*f->window, choice);
        QCheckBox box(QStringLiteral("Deployment controller"));
        box.ensurePolished();
        box.resize(box.sizeHint());
        const QImage image = box.grab().toImage();
        QStyleOptionButton option;
        option.initFrom(&box);
        const QRect indicator =
            box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
        // The edge of the box: its left column, away from the corners.
        const QColor window = QApplication::palette().window().color();
        const QRect edge(indicator.left(), indicator.top() + 3, 2, indicator.height() - 6);
        EXPECT_GT(strongestContrast(image, edge, window), 0.15)
            << (choice == ThemeChoice::Dark ? "dark" : "light");
    }
}
