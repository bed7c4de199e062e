// Reading a problem: the Message column may cut a long message, so the row's tooltip and the
// detail pane show the finding's own text whole, above its rule's rationale.
#include "UiTestSupport.h"

#include "ui/docks/analysis/SizingDock.h"
#include "ui/docks/problems/FindingsModel.h"
#include "ui/docks/problems/ProblemsDock.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>

using namespace topo;
using namespace topo::test;

namespace {

QString plain(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

} // namespace

TEST(ProblemsReadingTest, TheTooltipAndTheDetailsShowTheWholeMessage)
{
    auto f = openWindow(QStringLiteral("design-with-problems"));
    ProblemsDock& dock = *f->window->problems();
    QTreeView* view = dock.view();
    QAbstractItemModel* model = view->model();
    // The longest message of the list: the one its column cuts first.
    QModelIndex longest;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, FindingsModel::MessageColumn);
        if (!longest.isValid() || index.data().toString().size() > longest.data().toString().size())
            longest = index;
    }
    ASSERT_TRUE(longest.isValid());
    const QString message = longest.data().toString();
    ASSERT_GT(view->fontMetrics().horizontalAdvance(message), view->columnWidth(longest.column()))
        << "the column cuts it";
    EXPECT_TRUE(plain(longest.data(Qt::ToolTipRole).toString()).contains(message));

    view->scrollTo(longest);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(longest).center());
    QApplication::processEvents(); // the details follow once per event-loop turn
    auto* details = dock.findChild<QLabel*>(QStringLiteral("problemDetails"));
    ASSERT_NE(details, nullptr);
    const QString shown = plain(details->text());
    EXPECT_TRUE(shown.startsWith(message)) << shown.toStdString();
    const QString rule = longest.siblingAtColumn(FindingsModel::RuleColumn).data().toString();
    EXPECT_TRUE(shown.contains(rule)) << "the rule's rationale follows";
}

TEST(ProblemsReadingTest, ACapacityProblemOpensTheSizingAdvisorForItsEnvironment)
{
    auto f = openWindow();
    ProblemsDock& dock = *f->window->problems();
    QTreeView* view = dock.view();
    QAbstractItemModel* model = view->model();
    QModelIndex capacity;
    for (int row = 0; row < model->rowCount() && !capacity.isValid(); ++row) {
        const QModelIndex rule = model->index(row, FindingsModel::RuleColumn);
        if (rule.data().toString().startsWith(QStringLiteral("CAPACITY-")))
            capacity = rule;
    }
    ASSERT_TRUE(capacity.isValid()) << "factory-standard's Production is short of front-ends";
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(capacity).center());
    QApplication::processEvents();
    ASSERT_TRUE(dock.fixButton()->isEnabled()) << "a pointer where no one fix applies";
    QMenu menu;
    ASSERT_TRUE(dock.fillFixesMenu(&menu, view->currentIndex()));
    auto* open = menu.findChild<QAction*>(QStringLiteral("openSizingAction"));
    ASSERT_NE(open, nullptr);
    EXPECT_EQ(open->text(), QStringLiteral("Open the Sizing advisor for Production"));
    open->trigger();
    QApplication::processEvents();
    auto* sizing = f->window->findChild<SizingDock*>();
    ASSERT_NE(sizing, nullptr);
    EXPECT_TRUE(sizing->isVisible());
    EXPECT_EQ(sizing->environment(), "prod");
}
