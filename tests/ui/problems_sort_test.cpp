// The problems list sorted worst first by default and by a click on a column title, grouped by
// environment on request, keeping its selection across reloads, and computing the selected
// finding's details once per change.
#include "UiTestSupport.h"

#include "core/edit/EditOperations.h"
#include "editor/document/Document.h"
#include "ui/docks/problems/FindingsModel.h"
#include "ui/docks/problems/ProblemsDock.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QStyle>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace topo;
using namespace topo::test;

namespace {

const QString kProblems = QStringLiteral("design-with-problems");

int severityAt(QAbstractItemModel* model, int row, const QModelIndex& parent = {})
{
    return model->index(row, 0, parent).data(FindingsModel::SeverityRole).toInt();
}

void clickHeader(ProblemsDock& dock, int column)
{
    QHeaderView* header = dock.view()->header();
    const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier,
                      QPoint(x, header->height() / 2));
}

void clickRow(ProblemsDock& dock, const QModelIndex& index)
{
    dock.view()->scrollTo(index);
    QTest::mouseClick(dock.view()->viewport(), Qt::LeftButton, Qt::NoModifier,
                      dock.view()->visualRect(index).center());
}

} // namespace

TEST(ProblemsSortTest, ErrorsComeFirstThenWarningsThenInfos)
{
    auto f = openWindow(kProblems);
    ProblemsDock& dock = *f->window->problems();
    QAbstractItemModel* model = dock.view()->model();
    ASSERT_GT(model->rowCount(), 10);
    EXPECT_TRUE(dock.view()->header()->isSortIndicatorShown());
    EXPECT_EQ(dock.view()->header()->sortIndicatorSection(), FindingsModel::SeverityColumn);
    EXPECT_EQ(severityAt(model, 0), static_cast<int>(Severity::Error));
    EXPECT_EQ(severityAt(model, model->rowCount() - 1), static_cast<int>(Severity::Info));
    for (int row = 1; row < model->rowCount(); ++row) {
        ASSERT_GE(severityAt(model, row - 1), severityAt(model, row)) << row;
        // Ties go by environment (design order), then rule id.
        if (severityAt(model, row - 1) != severityAt(model, row))
            continue;
        const int envBefore =
            model->index(row - 1, 0).data(FindingsModel::EnvironmentOrderRole).toInt();
        const int env = model->index(row, 0).data(FindingsModel::EnvironmentOrderRole).toInt();
        ASSERT_LE(envBefore, env) << row;
        if (envBefore == env) {
            EXPECT_LE(model->index(row - 1, 0).data(FindingsModel::RuleRole).toString(),
                      model->index(row, 0).data(FindingsModel::RuleRole).toString());
        }
    }
}

TEST(ProblemsSortTest, AClickOnAColumnTitleSortsByItAndAgainReverses)
{
    auto f = openWindow(kProblems);
    ProblemsDock& dock = *f->window->problems();
    QAbstractItemModel* model = dock.view()->model();
    clickHeader(dock, FindingsModel::RuleColumn);
    EXPECT_EQ(dock.view()->header()->sortIndicatorSection(), FindingsModel::RuleColumn);
    EXPECT_EQ(dock.view()->header()->sortIndicatorOrder(), Qt::AscendingOrder);
    for (int row = 1; row < model->rowCount(); ++row)
        ASSERT_LE(model->index(row - 1, FindingsModel::RuleColumn).data().toString(),
                  model->index(row, FindingsModel::RuleColumn).data().toString())
            << row;

    clickHeader(dock, FindingsModel::SeverityColumn);
    EXPECT_EQ(severityAt(model, 0), static_cast<int>(Severity::Error));
    clickHeader(dock, FindingsModel::SeverityColumn);
    EXPECT_EQ(dock.view()->header()->sortIndicatorOrder(), Qt::DescendingOrder);
    EXPECT_EQ(severityAt(model, 0), static_cast<int>(Severity::Info));
    EXPECT_EQ(severityAt(model, model->rowCount() - 1), static_cast<int>(Severity::Error));
}

TEST(ProblemsSortTest, ClickAndQuickFixWorkOnTheSortedRows)
{
    auto f = openWindow(kProblems);
    Document& doc = *f->window->document();
    ProblemsDock& dock = *f->window->problems();
    clickHeader(dock, FindingsModel::MessageColumn);
    QAbstractItemModel* model = dock.view()->model();
    // The last row in message order, whatever its place in the document's list.
    const QModelIndex last = model->index(model->rowCount() - 1, FindingsModel::MessageColumn);
    const QStringList subjects = last.data(FindingsModel::SubjectsRole).toStringList();
    clickRow(dock, last);
    EXPECT_EQ(doc.selection(), subjects);

    // A finding with a fix, clicked in the sorted view, enables Fix for that finding.
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(FindingsModel::RuleRole).toString() ==
            QStringLiteral("LB-STICKY")) {
            clickRow(dock, model->index(row, FindingsModel::MessageColumn));
            break;
        }
    EXPECT_TRUE(dock.fixButton()->isEnabled());
    EXPECT_EQ(dock.view()->currentIndex().data(FindingsModel::RuleRole).toString(),
              QStringLiteral("LB-STICKY"));
}

TEST(ProblemsSortTest, GroupedByEnvironmentWithCountsOfWhatIsShown)
{
    auto f = openWindow(kProblems);
    Document& doc = *f->window->document();
    ProblemsDock& dock = *f->window->problems();
    QTest::mouseClick(dock.groupButton(), Qt::LeftButton);
    ASSERT_TRUE(dock.groupButton()->isChecked());
    QAbstractItemModel* model = dock.view()->model();

    // One group per environment with findings, design-level first, then the design's order.
    int total = 0;
    int lastOrder = -2;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex group = model->index(row, 0);
        ASSERT_TRUE(group.data(FindingsModel::GroupRole).toBool());
        EXPECT_TRUE(dock.view()->isExpanded(group));
        EXPECT_TRUE(dock.view()->isFirstColumnSpanned(row, {}));
        const int order = group.data(FindingsModel::EnvironmentOrderRole).toInt();
        EXPECT_LT(lastOrder, order);
        lastOrder = order;
        int errors = 0;
        const QString environment = group.data(FindingsModel::EnvironmentRole).toString();
        for (int child = 0; child < model->rowCount(group); ++child) {
            EXPECT_EQ(model->index(child, 0, group).data(FindingsModel::EnvironmentRole).toString(),
                      environment);
            errors += severityAt(model, child, group) == static_cast<int>(Severity::Error);
            if (child > 0) { // worst first inside each group too
                EXPECT_GE(severityAt(model, child - 1, group), severityAt(model, child, group));
            }
        }
        total += model->rowCount(group);
        if (environment == QStringLiteral("prod")) {
            EXPECT_TRUE(group.data().toString().startsWith(QStringLiteral("Production — ")));
            EXPECT_TRUE(group.data().toString().contains(QStringLiteral("%1 errors").arg(errors)))
                << group.data().toString().toStdString();
        }
    }
    EXPECT_EQ(total, static_cast<int>(doc.findings().size()));

    // Hiding the errors updates the counts; a click on a finding still selects its subjects.
    QTest::mouseClick(dock.severityButton(static_cast<int>(Severity::Error)), Qt::LeftButton);
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_FALSE(model->index(row, 0).data().toString().contains(QStringLiteral("error")));
    const QModelIndex group = model->index(0, 0);
    ASSERT_GT(model->rowCount(group), 0);
    const QModelIndex first = model->index(0, FindingsModel::MessageColumn, group);
    clickRow(dock, first);
    EXPECT_EQ(doc.selection(), first.data(FindingsModel::SubjectsRole).toStringList());

    // Back to the flat list.
    QTest::mouseClick(dock.groupButton(), Qt::LeftButton);
    EXPECT_FALSE(model->index(0, 0).data(FindingsModel::GroupRole).toBool());
}

TEST(ProblemsSortTest, DetailsOncePerFindingsChangeAndTheSelectionKept)
{
    auto f = openWindow(kProblems);
    Document& doc = *f->window->document();
    ProblemsDock& dock = *f->window->problems();
    QAbstractItemModel* model = dock.view()->model();
    QModelIndex chosen;
    for (int row = 0; row < model->rowCount() && !chosen.isValid(); ++row)
        if (model->index(row, 0).data(FindingsModel::RuleRole).toString() ==
            QStringLiteral("HW-MIN-CPU"))
            chosen = model->index(row, FindingsModel::MessageColumn);
    ASSERT_TRUE(chosen.isValid());
    clickRow(dock, chosen);

    // A move changes no finding: nothing to recompute.
    int before = dock.detailsUpdates();
    doc.apply(moveElements(doc.topology(), {"p-3"}, 20, 0), QStringLiteral("Move"));
    QApplication::processEvents();
    EXPECT_EQ(dock.detailsUpdates(), before);

    // Another finding goes away: the details run once, on the same selected finding.
    const int rows = model->rowCount();
    before = dock.detailsUpdates();
    doc.apply(editElements<LoadBalancer>(doc.topology(), {"lb-1"},
                                         [](LoadBalancer& lb) { lb.stickySessions = false; }),
              QStringLiteral("Turn off sticky sessions"));
    QApplication::processEvents();
    EXPECT_LT(model->rowCount(), rows);
    EXPECT_EQ(dock.detailsUpdates(), before + 1);
    EXPECT_EQ(dock.view()->currentIndex().data(FindingsModel::RuleRole).toString(),
              QStringLiteral("HW-MIN-CPU"));
    EXPECT_TRUE(
        dock.view()->selectionModel()->isRowSelected(dock.view()->currentIndex().row(), {}));
}

TEST(ProblemsSortTest, GroupedRowsShowTheWholeSeverity)
{
    // Indented under their group, "Warning" and its icon still fit their column: no "War…",
    // also with a larger interface font (a Windows machine at 150 %).
    const QFont normal = QApplication::font();
    QFont larger = normal;
    larger.setPointSizeF(normal.pointSizeF() * 1.6);
    QApplication::setFont(larger);
    auto f = openWindow(kProblems);
    QApplication::setFont(normal);
    ProblemsDock& dock = *f->window->problems();
    QTest::mouseClick(dock.groupButton(), Qt::LeftButton);
    QTreeView* view = dock.view();
    QAbstractItemModel* model = view->model();
    int checked = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex group = model->index(row, 0);
        for (int child = 0; child < model->rowCount(group); ++child) {
            const QModelIndex cell = model->index(child, FindingsModel::SeverityColumn, group);
            const QString text = cell.data().toString();
            const QRect shown = view->visualRect(cell);
            const int needed = view->fontMetrics().horizontalAdvance(text) +
                               view->style()->pixelMetric(QStyle::PM_SmallIconSize);
            EXPECT_GE(shown.width(), needed) << text.toStdString();
            ++checked;
        }
    }
    EXPECT_GT(checked, 0);
}
