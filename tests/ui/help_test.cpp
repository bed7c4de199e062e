// The Help menu: the legend of the canvas marks, the About box naming the project's version
// and Qt's, and About Qt.
#include "UiTestSupport.h"

#include "HelpController.h"
#include "TopoVersion.h"
#include "dialogs/LegendDialog.h"
#include "paint/Theme.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QPalette>
#include <QTest>

using namespace topo;
using namespace topo::test;

TEST(HelpTest, AboutTextNamesTheVersionAndQt)
{
    const QString text = HelpController::aboutText();
    const std::string shown = text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Topology Designer " TOPO_VERSION))) << shown;
    EXPECT_TRUE(text.contains(QStringLiteral("OutSystems 11"))) << shown;
    EXPECT_TRUE(text.contains(QStringLiteral("Built with Qt " QT_VERSION_STR))) << shown;
    EXPECT_TRUE(text.contains(QStringLiteral("running on Qt %1").arg(QLatin1String(qVersion()))))
        << shown;
}

TEST(HelpTest, HelpIsAMenuOfTheWindowWithBothAboutEntries)
{
    auto f = openWindow();
    QMenu* help = nullptr;
    for (QAction* action : f->window->menuBar()->actions()) {
        if (action->text() == QStringLiteral("&Help"))
            help = action->menu();
    }
    ASSERT_NE(help, nullptr);
    QStringList texts;
    for (QAction* action : help->actions())
        if (!action->isSeparator())
            texts.append(action->text());
    EXPECT_EQ(texts, (QStringList{QStringLiteral("&Legend of canvas marks"),
                                  QStringLiteral("&About Topology Designer"),
                                  QStringLiteral("About &Qt")}));
    EXPECT_EQ(f->window->findChild<QAction*>(QStringLiteral("aboutAction"))->menuRole(),
              QAction::AboutRole);
}

// The share of the image's pixels that differ from `colour` (any channel by more than 8).
double inkedShare(const QImage& image, const QColor& colour)
{
    int inked = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            inked += std::abs(c.red() - colour.red()) > 8 ||
                     std::abs(c.green() - colour.green()) > 8 ||
                     std::abs(c.blue() - colour.blue()) > 8;
        }
    return double(inked) / (image.width() * image.height());
}

TEST(HelpTest, TheLegendDialogPaintsEveryMarkOfTheCanvas)
{
    auto f = openWindow();
    QAction* action = f->window->findChild<QAction*>(QStringLiteral("legendAction"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    auto* dialog = f->window->findChild<LegendDialog*>(QStringLiteral("legendDialog"));
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Legend of canvas marks"));
    LegendWidget* legend = dialog->legend();
    // Every mark of the painter, with the words the exports use.
    QStringList expected;
    for (LegendMark mark : allLegendMarks())
        expected.append(legendText(mark));
    EXPECT_EQ(legend->entries(), expected);
    for (const char* text : {"Front-end", "Deployment Controller", "Scheduler",
                             "LifeTime front-end", "Standby: kept out of service",
                             "Error: a rule is broken", "Failed in the failover scenario"})
        EXPECT_TRUE(legend->entries().contains(QString::fromUtf8(text))) << text;
    // The widget shows the whole legend, painted: the card of the legend and its marks.
    const QSizeF size = legendSize(allLegendMarks(), Theme::forPalette(legend->palette()), 660);
    EXPECT_GE(legend->width(), int(size.width()));
    EXPECT_GE(legend->height(), int(size.height()));
    const QImage image = legend->grab().toImage();
    const Theme theme = Theme::forPalette(legend->palette());
    int card = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            card += image.pixelColor(x, y) == theme.cardFill;
    EXPECT_GT(double(card) / (image.width() * image.height()), 0.5); // the legend's card
    EXPECT_GT(inkedShare(image, theme.cardFill), 0.05); // and its marks and texts on it
    const QString shots = QString::fromLocal8Bit(qgetenv("TOPO_SHOTS_DIR"));
    if (!shots.isEmpty())
        dialog->grab().save(shots + QStringLiteral("/legend-dialog.png"));

    // In a dark palette the legend is drawn in the dark look.
    QPalette dark = legend->palette();
    dark.setColor(QPalette::Window, Theme::dark().background);
    dark.setColor(QPalette::WindowText, Theme::dark().text);
    dialog->setPalette(dark);
    const QImage darkImage = legend->grab().toImage();
    EXPECT_EQ(darkImage.pixelColor(2, 2), Theme::dark().background);
    EXPECT_EQ(darkImage.pixelColor(12, 40), Theme::dark().cardFill); // inside the card
    if (!shots.isEmpty())
        dialog->grab().save(shots + QStringLiteral("/legend-dialog-dark.png"));
    dialog->close();
}
