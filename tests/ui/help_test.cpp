// The Help menu: the legend of the canvas marks, the rule catalogue, the keyboard shortcuts,
// the About box naming the project's version and Qt's, and About Qt.
#include "UiTestSupport.h"

#include "TopoVersion.h"
#include "core/edit/ElementSearch.h"
#include "core/rules/Validator.h"
#include "editor/export/ExportText.h"
#include "editor/paint/Theme.h"
#include "ui/dialogs/LegendDialog.h"
#include "ui/dialogs/RuleCatalogueDialog.h"
#include "ui/dialogs/ShortcutsDialog.h"
#include "ui/main/HelpController.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPalette>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

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

TEST(HelpTest, HelpIsAMenuOfTheWindowWithItsDialogsAndBothAboutEntries)
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
    EXPECT_EQ(texts, (QStringList{
                         QStringLiteral("&Legend of canvas marks"),
                         QStringLiteral("&Rule catalogue"), QStringLiteral("&Keyboard shortcuts"),
                         QStringLiteral("&About Topology Designer"), QStringLiteral("About &Qt")}));
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

TEST(HelpTest, TheRuleCatalogueListsEveryRuleAndTheFilterNarrowsIt)
{
    auto f = openWindow();
    f->window->findChild<QAction*>(QStringLiteral("ruleCatalogueAction"))->trigger();
    auto* dialog =
        f->window->findChild<RuleCatalogueDialog*>(QStringLiteral("ruleCatalogueDialog"));
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    const std::vector<RuleInfo>& rules = ruleCatalog();
    QTreeWidget* list = dialog->ruleList();
    ASSERT_EQ(list->topLevelItemCount(), int(rules.size()));
    EXPECT_EQ(dialog->shownRuleCount(), int(rules.size()));
    // Every rule with its severity, title and documentation page.
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = list->topLevelItem(i);
        const RuleInfo* rule = findRule(item->text(0).toStdString());
        ASSERT_NE(rule, nullptr) << item->text(0).toStdString();
        EXPECT_EQ(item->text(1), severityLabel(rule->severity));
        EXPECT_EQ(item->text(2), QString::fromStdString(rule->title));
        EXPECT_EQ(item->text(3), QString::fromStdString(rule->reference));
        EXPECT_FALSE(rule->reference.empty()) << rule->id;
    }

    // Typing narrows the list to the rules that mention the text, ignoring case.
    QTest::keyClicks(dialog->filterField(), QStringLiteral("cache invalidation"));
    int expected = 0;
    for (const RuleInfo& rule : rules)
        expected += containsIgnoringCase(rule.id + rule.title, "cache invalidation") ||
                    containsIgnoringCase(rule.rationale, "cache invalidation") ||
                    containsIgnoringCase(rule.reference, "cache invalidation");
    EXPECT_GT(expected, 2);
    EXPECT_LT(expected, int(rules.size()));
    EXPECT_EQ(dialog->shownRuleCount(), expected);
    // The first rule shown is described below the list, rationale and reference.
    QTreeWidgetItem* current = list->currentItem();
    ASSERT_NE(current, nullptr);
    EXPECT_FALSE(current->isHidden());
    const RuleInfo* shown = findRule(current->text(0).toStdString());
    ASSERT_NE(shown, nullptr);
    const QString details = dialog->details()->toPlainText();
    EXPECT_TRUE(details.contains(QString::fromStdString(shown->rationale)))
        << details.toStdString();
    EXPECT_TRUE(details.contains(QString::fromStdString(shown->reference)));

    dialog->setFilter(QStringLiteral("MQ-SPOF"));
    EXPECT_EQ(dialog->shownRuleCount(), 1);
    dialog->setFilter(QStringLiteral("no rule says this"));
    EXPECT_EQ(dialog->shownRuleCount(), 0);
    EXPECT_TRUE(dialog->details()->toPlainText().contains(QStringLiteral("No rule matches")));
    const QString shots = QString::fromLocal8Bit(qgetenv("TOPO_SHOTS_DIR"));
    dialog->setFilter(QString());
    if (!shots.isEmpty())
        dialog->grab().save(shots + QStringLiteral("/rule-catalogue.png"));
    dialog->close();
}

TEST(HelpTest, TheShortcutListIsReadFromTheWindowsActions)
{
    auto f = openWindow();
    const QList<ShortcutEntry> entries = windowShortcuts(*f->window);
    auto keysOf = [&entries](const QString& action) { return shortcutKeys(entries, action); };
    EXPECT_EQ(keysOf(QStringLiteral("Undo")),
              QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    EXPECT_EQ(keysOf(QStringLiteral("Find…")),
              QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
    EXPECT_EQ(keysOf(QStringLiteral("Fit to window")), QStringLiteral("Ctrl+0"));
    for (const ShortcutEntry& entry : entries) {
        EXPECT_FALSE(entry.action.contains(QLatin1Char('&'))) << entry.action.toStdString();
        EXPECT_FALSE(entry.keys.isEmpty()) << entry.action.toStdString();
    }
    // A shortcut given to an action later is in the list the next time it is read.
    QAction* legend = f->window->findChild<QAction*>(QStringLiteral("legendAction"));
    legend->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    EXPECT_EQ(keysOf(QStringLiteral("Legend of canvas marks")), QString());
    const QList<ShortcutEntry> again = windowShortcuts(*f->window);
    bool found = false;
    for (const ShortcutEntry& entry : again)
        found = found || (entry.menu == QStringLiteral("Help") &&
                          entry.action == QStringLiteral("Legend of canvas marks") &&
                          entry.keys == QStringLiteral("Ctrl+Shift+L"));
    EXPECT_TRUE(found);
    EXPECT_EQ(plainActionText(QStringLiteral("Save && &close")), QStringLiteral("Save & close"));

    // The dialog shows them under their menus.
    f->window->findChild<QAction*>(QStringLiteral("shortcutsAction"))->trigger();
    auto* dialog = f->window->findChild<ShortcutsDialog*>(QStringLiteral("shortcutsDialog"));
    ASSERT_NE(dialog, nullptr);
    QTreeWidget* list = dialog->shortcutList();
    const QList<QTreeWidgetItem*> undo =
        list->findItems(QStringLiteral("Undo"), Qt::MatchExactly | Qt::MatchRecursive, 0);
    ASSERT_EQ(undo.size(), 1);
    EXPECT_EQ(undo.front()->text(1),
              QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    ASSERT_NE(undo.front()->parent(), nullptr);
    EXPECT_EQ(undo.front()->parent()->text(0), QStringLiteral("Edit"));
    dialog->close();
}
