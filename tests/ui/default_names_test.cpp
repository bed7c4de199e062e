// Default names follow the environment's tag (PROD-FE-01, LB-PROD).
#include "UiTestSupport.h"

#include "core/edit/ElementArrays.h"
#include "editor/document/Document.h"
#include "ui/docks/inspector/ElementEditor.h"
#include "ui/docks/inspector/InspectorDock.h"
#include "ui/docks/palette/PaletteDock.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QTest>
#include <QUndoStack>

using namespace topo;
using namespace topo::test;

namespace {

// Chooses `kind` on the palette and presses Return, as a keyboard user adds an element.
void addFromPalette(MainWindow& window, const QString& kind)
{
    PaletteList* palette = window.palette()->list();
    palette->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < palette->count(); ++i)
        if (palette->kindOf(palette->item(i)) == kind)
            palette->setCurrentRow(i);
    ASSERT_EQ(palette->kindOf(palette->currentItem()), kind);
    QTest::keyClick(palette, Qt::Key_Return);
}

} // namespace

TEST(DefaultNamesTest, ElementsAddedToANewEnvironmentCarryItsTag)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    const std::size_t environments = doc.topology().environments.size();
    addFromPalette(w, QStringLiteral("environment"));
    ASSERT_EQ(doc.topology().environments.size(), environments + 1);
    const Environment created = doc.topology().environments.back();
    EXPECT_EQ(created.purpose, Purpose::Development);

    addFromPalette(w, QStringLiteral("server"));
    const Server added = doc.topology().servers.back();
    EXPECT_EQ(added.environment, created.id);
    EXPECT_EQ(added.name, "DEV-FE-01");
    EXPECT_EQ(added.id, "dev-fe-01");

    doc.setSelection({QString::fromStdString(created.id)});
    addFromPalette(w, QStringLiteral("loadBalancer"));
    EXPECT_EQ(doc.topology().loadBalancers.back().name, "LB-DEV");
    EXPECT_EQ(doc.topology().loadBalancers.back().targets, std::vector<std::string>{added.id});
}

TEST(DefaultNamesTest, ChangingThePurposeRenamesWhatCarriesTheOldTagInOneStep)
{
    auto f = openWindow(QStringLiteral("example-1-nonproduction"));
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    addFromPalette(w, QStringLiteral("environment"));
    const std::string environment = doc.topology().environments.back().id;
    addFromPalette(w, QStringLiteral("server"));
    const std::string serverId = doc.topology().servers.back().id;
    ASSERT_EQ(doc.topology().servers.back().name, "DEV-FE-01");

    doc.setSelection({QString::fromStdString(environment)});
    QApplication::processEvents(); // the inspector shows the environment
    ASSERT_NE(w.inspector()->currentEditor(), nullptr);
    auto* purpose =
        w.inspector()->currentEditor()->findChild<QComboBox*>(QStringLiteral("purpose"));
    ASSERT_NE(purpose, nullptr);
    const int steps = doc.undoStack()->count();
    purpose->setFocus(Qt::TabFocusReason);
    // Development, non-production, production: two down.
    QTest::keyClick(purpose, Qt::Key_Down);
    QTest::keyClick(purpose, Qt::Key_Down);
    EXPECT_EQ(findById(doc.topology().environments, environment)->purpose, Purpose::Production);
    const Server* renamed = server(doc.topology(), serverId);
    ASSERT_NE(renamed, nullptr) << "the id stays";
    EXPECT_EQ(renamed->name, "PROD-FE-01");
    // Choices of the same field in a row merge into one step.
    EXPECT_EQ(doc.undoStack()->count(), steps + 1);
    doc.undoStack()->undo();
    ASSERT_NE(server(doc.topology(), serverId), nullptr);
    EXPECT_EQ(server(doc.topology(), serverId)->name, "DEV-FE-01");
}
