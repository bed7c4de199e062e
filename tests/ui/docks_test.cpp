// The inspector and problems docks driven with mouse and keyboard: each edit is one undo
// step with a readable text, the findings follow, invalid input is refused at the field.
#include "UiTestSupport.h"

#include "core/rules/Validator.h"
#include "editor/document/Document.h"
#include "ui/docks/inspector/InspectorDock.h"
#include "ui/docks/inspector/ServerEditor.h"
#include "ui/docks/inspector/ZoneEditor.h"
#include "ui/docks/problems/FindingsModel.h"
#include "ui/docks/problems/ProblemsDock.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

using namespace topo;
using namespace topo::test;

namespace {

bool hasFinding(const Document& doc, const std::string& rule, const std::string& subject)
{
    const auto& f = doc.findings();
    return std::any_of(f.begin(), f.end(), [&](const Finding& x) {
        return x.rule == rule &&
               std::find(x.subjects.begin(), x.subjects.end(), subject) != x.subjects.end();
    });
}

template <typename Editor> Editor* showEditor(MainWindow& w, const QStringList& selection)
{
    w.document()->setSelection(selection);
    QApplication::processEvents();
    return qobject_cast<Editor*>(w.inspector()->currentEditor());
}

// The row of the problems view showing a finding of `rule`.
QModelIndex problemRow(ProblemsDock& dock, const QString& rule)
{
    QAbstractItemModel* model = dock.view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, FindingsModel::RuleColumn);
        if (index.data().toString() == rule)
            return index;
    }
    return {};
}

} // namespace

TEST(InspectorTest, TogglingARoleCheckBoxIsOneNamedUndoStepAndRevalidates)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    auto* editor = showEditor<ServerEditor>(w, {QStringLiteral("prod-fe1")});
    ASSERT_NE(editor, nullptr);
    QCheckBox* dc = editor->roleBox(Role::DeploymentController);
    ASSERT_FALSE(dc->isChecked());
    EXPECT_FALSE(hasFinding(doc, "DC-MULTIPLE", "prod-fe1"));
    const int steps = doc.undoStack()->count();

    QTest::mouseClick(dc, Qt::LeftButton);

    EXPECT_TRUE(server(doc.topology(), "prod-fe1")->hasRole(Role::DeploymentController));
    EXPECT_TRUE(hasFinding(doc, "DC-MULTIPLE", "prod-fe1"));
    ASSERT_EQ(doc.undoStack()->count(), steps + 1);
    EXPECT_EQ(doc.undoStack()->text(steps),
              QStringLiteral("Add the deployment controller role to PROD-FE-01"));
    doc.undoStack()->undo();
    EXPECT_FALSE(server(doc.topology(), "prod-fe1")->hasRole(Role::DeploymentController));
    EXPECT_FALSE(hasFinding(doc, "DC-MULTIPLE", "prod-fe1"));
    QApplication::processEvents();
    EXPECT_FALSE(dc->isChecked());
}

TEST(InspectorTest, EditingSeveralServersSetsTheFieldOnAllInOneStep)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    const QStringList farm{QStringLiteral("prod-fe1"), QStringLiteral("prod-fe2"),
                           QStringLiteral("prod-fe3")};
    auto* editor = showEditor<ServerEditor>(w, farm);
    ASSERT_NE(editor, nullptr);
    auto* ram = editor->findChild<QDoubleSpinBox*>(QStringLiteral("ramGb"));
    ASSERT_NE(ram, nullptr);
    const int steps = doc.undoStack()->count();
    ram->setFocus();
    ram->selectAll();
    QTest::keyClicks(ram, QStringLiteral("16"));
    for (const QString& id : farm)
        EXPECT_EQ(server(doc.topology(), id.toStdString())->hardware.ramGb, 16) << id.toStdString();
    // Typing "1" then "6" merged into one step.
    ASSERT_EQ(doc.undoStack()->count(), steps + 1);
    // The merged step is named after the value the gesture ended on.
    EXPECT_EQ(doc.undoStack()->text(steps), QStringLiteral("Set 3 servers RAM to 16 GB"));
    EXPECT_EQ(server(doc.topology(), "prod-batch")->hardware.ramGb, 8);
}

TEST(InspectorTest, AnInvalidZoneAddressIsRefusedAtTheField)
{
    auto f = openWindow(QStringLiteral("example-4-production-zones"));
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    std::string zoneId;
    for (const Environment& e : doc.topology().environments)
        if (!e.zones.empty())
            zoneId = e.zones.front().id;
    ASSERT_FALSE(zoneId.empty());
    w.document()->setSelection({QString::fromStdString(zoneId)});
    QApplication::processEvents();
    auto* zones = w.inspector()->findChild<ZoneEditor*>();
    ASSERT_NE(zones, nullptr);
    EXPECT_EQ(zones->currentZone(), QString::fromStdString(zoneId));
    auto* address = zones->findChild<QLineEdit*>(QStringLiteral("zoneAddress"));
    ASSERT_NE(address, nullptr);
    address->setFocus();
    address->selectAll();
    QTest::keyClicks(address, QStringLiteral("https://apps"));
    // Each keystroke is checked: "https" was acceptable, nothing from the ':' on reached
    // the model.
    EXPECT_EQ(findZone(doc.topology(), zoneId)->zone->address, "https");
    EXPECT_EQ(address->text(), QStringLiteral("https://apps"));
    auto* error = address->parentWidget()->findChild<QLabel*>(QStringLiteral("fieldError"));
    ASSERT_NE(error, nullptr);
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("':'")));
    EXPECT_TRUE(address->styleSheet().contains(QStringLiteral("border")));

    // A valid host name is accepted and clears the refusal.
    address->selectAll();
    QTest::keyClicks(address, QStringLiteral("apps.example.com"));
    EXPECT_TRUE(error->isHidden());
    const auto zone = findZone(doc.topology(), zoneId);
    ASSERT_TRUE(zone.has_value());
    EXPECT_EQ(zone->zone->address, "apps.example.com");
}

TEST(ProblemsTest, ApplyingAQuickFixRemovesTheFindingInOneStep)
{
    auto f = openWindow(QStringLiteral("design-with-problems"));
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    ASSERT_TRUE(hasFinding(doc, "HW-MIN-CPU", "p-3"));
    ProblemsDock& dock = *w.problems();
    const QModelIndex row = problemRow(dock, QStringLiteral("HW-MIN-CPU"));
    ASSERT_TRUE(row.isValid());

    // A click selects the finding's subjects.
    dock.view()->scrollTo(row);
    QTest::mouseClick(dock.view()->viewport(), Qt::LeftButton, Qt::NoModifier,
                      dock.view()->visualRect(row).center());
    EXPECT_EQ(doc.selection(), QStringList{QStringLiteral("p-3")});
    EXPECT_TRUE(dock.fixButton()->isEnabled());

    QMenu menu;
    ASSERT_TRUE(dock.fillFixesMenu(&menu, row));
    QAction* fix = menu.actions().first();
    const QString title = fix->text();
    const int steps = doc.undoStack()->count();
    fix->trigger();

    EXPECT_FALSE(hasFinding(doc, "HW-MIN-CPU", "p-3"));
    ASSERT_EQ(doc.undoStack()->count(), steps + 1);
    EXPECT_EQ(doc.undoStack()->text(steps), title);
    doc.undoStack()->undo();
    EXPECT_TRUE(hasFinding(doc, "HW-MIN-CPU", "p-3"));
}

TEST(ProblemsTest, FiltersBySeverityAndEnvironmentAndSummarises)
{
    auto f = openWindow(QStringLiteral("design-with-problems"));
    MainWindow& w = *f->window;
    ProblemsDock& dock = *w.problems();
    QAbstractItemModel* view = dock.view()->model();
    const int all = view->rowCount();
    EXPECT_EQ(all, static_cast<int>(w.document()->findings().size()));
    const QString summary = w.findingsSummaryLabel()->text();
    EXPECT_TRUE(summary.contains(QStringLiteral(" errors · "))) << summary.toStdString();

    QTest::mouseClick(dock.severityButton(static_cast<int>(Severity::Error)), Qt::LeftButton);
    ASSERT_LT(view->rowCount(), all);
    for (int row = 0; row < view->rowCount(); ++row)
        EXPECT_NE(view->index(row, 0).data(FindingsModel::SeverityRole).toInt(),
                  static_cast<int>(Severity::Error));

    QTest::mouseClick(dock.severityButton(static_cast<int>(Severity::Error)), Qt::LeftButton);
    QComboBox* env = dock.environmentFilter();
    env->setCurrentIndex(env->findData(QStringLiteral("dev")));
    Q_EMIT env->activated(env->currentIndex());
    ASSERT_GT(view->rowCount(), 0);
    ASSERT_LT(view->rowCount(), all);
    for (int row = 0; row < view->rowCount(); ++row)
        EXPECT_EQ(view->index(row, 0).data(FindingsModel::EnvironmentRole).toString(),
                  QStringLiteral("dev"));
    // Tooltips carry the rule's rationale and reference.
    const QModelIndex first = view->index(0, 0);
    const QString tip = first.data(Qt::ToolTipRole).toString();
    const RuleInfo* rule = findRule(first.data(FindingsModel::RuleRole).toString().toStdString());
    ASSERT_NE(rule, nullptr);
    EXPECT_TRUE(tip.contains(QString::fromStdString(rule->reference))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QString::fromStdString(rule->title).toHtmlEscaped()));
}
