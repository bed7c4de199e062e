// The Help menu: the About box names the project's version and Qt's, and About Qt is there.
#include "UiTestSupport.h"

#include "HelpController.h"
#include "TopoVersion.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QMenu>
#include <QMenuBar>

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
        texts.append(action->text());
    EXPECT_EQ(texts, (QStringList{QStringLiteral("&About Topology Designer"),
                                  QStringLiteral("About &Qt")}));
    EXPECT_EQ(help->actions().constFirst()->menuRole(), QAction::AboutRole);
}
