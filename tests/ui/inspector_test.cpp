// The inspector on the real widgets: moving elements to another environment is the same move
// as a drag; a multi-selection shows the fields that differ as mixed and leaves them alone
// until the user edits them; a dropped server gets the roles its environment lacks.
#include "UiTestSupport.h"

#include "core/edit/EditOperations.h"
#include "core/edit/ElementArrays.h"
#include "core/io/TopologyReader.h"
#include "core/io/TopologyWriter.h"
#include "core/layout/Geometry.h"
#include "editor/document/Document.h"
#include "ui/canvas/CanvasView.h"
#include "ui/docks/inspector/InspectorDock.h"
#include "ui/docks/inspector/LoadBalancerEditor.h"
#include "ui/docks/inspector/QueueEditor.h"
#include "ui/docks/inspector/ServerEditor.h"
#include "ui/main/FileController.h"

#include <gtest/gtest.h>

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <map>
#include <set>

using namespace topo;
using namespace topo::test;

namespace {

template <typename Editor> Editor* showEditor(MainWindow& w, const QStringList& selection)
{
    w.document()->setSelection(selection);
    QApplication::processEvents();
    return qobject_cast<Editor*>(w.inspector()->currentEditor());
}

std::string savedText(const Document& doc)
{
    return writeTopology(doc.topology(), "test");
}

// The design without its canvas positions: what a move means beyond where the card sits.
std::string withoutLayout(Topology t)
{
    for (Environment& e : t.environments)
        e.layout.reset();
    for (Server& s : t.servers)
        s.layout.reset();
    for (LoadBalancer& lb : t.loadBalancers)
        lb.layout.reset();
    for (MessageQueue& mq : t.messageQueues)
        mq.layout.reset();
    return writeTopology(t, "test");
}

std::set<std::string> ruleIds(const Document& doc)
{
    std::set<std::string> rules;
    for (const Finding& f : doc.findings())
        rules.insert(f.rule);
    return rules;
}

// Picks the combo's item `text` with the mouse: a click opens the list, a click on the item
// chooses it.
void choose(QComboBox* combo, const QString& text)
{
    const int index = combo->findText(text);
    ASSERT_GE(index, 0) << text.toStdString();
    // An editable combo opens its list from the arrow at its right end.
    const QPoint opener = combo->isEditable() ? QPoint(combo->width() - 8, combo->height() / 2)
                                              : combo->rect().center();
    QTest::mouseClick(combo, Qt::LeftButton, Qt::NoModifier, opener);
    QAbstractItemView* list = combo->view();
    ASSERT_TRUE(list->isVisible());
    const QPoint item = list->visualRect(combo->model()->index(index, 0)).center();
    QTest::mouseMove(list->viewport(), item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, item);
    QApplication::processEvents();
    ASSERT_FALSE(list->isVisible());
}

// A click on a check box's label, where a user clicks (the widget is wider than its label).
void clickCheckBox(QCheckBox* box)
{
    QTest::mouseClick(box, Qt::LeftButton, Qt::NoModifier, QPoint(8, box->height() / 2));
    QApplication::processEvents();
}

QComboBox* comboNamed(QWidget* editor, const QString& accessibleName)
{
    for (QComboBox* combo : editor->findChildren<QComboBox*>())
        if (combo->accessibleName() == accessibleName)
            return combo;
    return nullptr;
}

QLineEdit* lineNamed(QWidget* editor, const QString& accessibleName)
{
    for (QLineEdit* edit : editor->findChildren<QLineEdit*>())
        if (edit->accessibleName() == accessibleName)
            return edit;
    return nullptr;
}

void typeInto(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
    QApplication::processEvents();
}

} // namespace

TEST(InspectorEnvironment, MovingPRODFE02ToQualityIsTheSameMoveAsADrag)
{
    auto byInspector = openWindow();
    Document& doc = *byInspector->window->document();
    const std::string before = savedText(doc);
    const int steps = doc.undoStack()->count();
    auto* editor = showEditor<ServerEditor>(*byInspector->window, {QStringLiteral("prod-fe2")});
    ASSERT_NE(editor, nullptr);
    choose(comboNamed(editor, QStringLiteral("Environment")), QStringLiteral("Quality"));

    const Server* moved = server(doc.topology(), "prod-fe2");
    EXPECT_EQ(moved->environment, "qa");
    EXPECT_EQ(ruleIds(doc).count("LB-SCOPE"), 0u);
    ASSERT_EQ(doc.undoStack()->count(), steps + 1);
    EXPECT_EQ(doc.undoStack()->text(steps), QStringLiteral("Move PROD-FE-02 to Quality"));
    // The card sits in the Quality frame, as after a drag.
    const Rect frame = *findById(doc.topology().environments, "qa")->layout;
    EXPECT_TRUE(layout::contains(frame, *layout::elementRect(doc.topology(), "prod-fe2")));

    // A drag of the same server into the same environment gives the same design.
    auto byDrag = openWindow();
    MainWindow& w = *byDrag->window;
    dragOnViewport(w, serverCentre(w, "prod-fe2"), environmentCentre(w, "qa"));
    ASSERT_EQ(server(w.document()->topology(), "prod-fe2")->environment, "qa");
    EXPECT_EQ(withoutLayout(doc.topology()), withoutLayout(w.document()->topology()));
    EXPECT_EQ(ruleIds(doc), ruleIds(*w.document()));

    doc.undoStack()->undo();
    EXPECT_EQ(savedText(doc), before);
}

TEST(InspectorEnvironment, ALoadBalancerMovedThroughTheInspectorBalancesTheNewEnvironment)
{
    auto f = openWindow();
    Document& doc = *f->window->document();
    auto* editor = showEditor<LoadBalancerEditor>(*f->window, {QStringLiteral("lb-prod")});
    ASSERT_NE(editor, nullptr);
    choose(comboNamed(editor, QStringLiteral("Environment")), QStringLiteral("Quality"));
    const LoadBalancer* lb = findById(doc.topology().loadBalancers, "lb-prod");
    EXPECT_EQ(lb->environment, "qa");
    EXPECT_EQ(lb->targets, std::vector<std::string>{"qa-1"});
    EXPECT_EQ(ruleIds(doc).count("LB-SCOPE"), 0u);
}

TEST(InspectorEnvironment, AQueueMovedThroughTheInspectorLeavesItsHostBehind)
{
    auto f = openWindow();
    Document& doc = *f->window->document();
    auto* editor = showEditor<QueueEditor>(*f->window, {QStringLiteral("mq-dev")});
    ASSERT_NE(editor, nullptr);
    choose(comboNamed(editor, QStringLiteral("Environment")), QStringLiteral("Quality"));
    const MessageQueue* mq = findById(doc.topology().messageQueues, "mq-dev");
    EXPECT_EQ(mq->environment, "qa");
    EXPECT_EQ(mq->hostServer, "");
    EXPECT_EQ(ruleIds(doc).count("MQ-HOST-ENV"), 0u);
}

TEST(InspectorEnvironment, DraggingALoadBalancerIntoAnotherFrameMovesItThere)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    const Point at = *findById(doc.topology().loadBalancers, "lb-prod")->layout;
    const QPoint centre = viewportPoint(w, QPointF(at.x + 20, at.y + 20));
    dragOnViewport(w, centre, environmentCentre(w, "qa"));
    const LoadBalancer* lb = findById(doc.topology().loadBalancers, "lb-prod");
    EXPECT_EQ(lb->environment, "qa");
    EXPECT_EQ(lb->targets, std::vector<std::string>{"qa-1"});
}

namespace {

// PROD-FE-01, PROD-FE-02, PROD-BATCH-01 and QA-01, made to differ in every kind of field:
// environment and site (combos), cores (number), OS (text), serves traffic and the
// controller role (check boxes). RAM and disk are the same on all four.
const QStringList kMixed{QStringLiteral("prod-fe1"), QStringLiteral("prod-fe2"),
                         QStringLiteral("prod-batch"), QStringLiteral("qa-1")};

ServerEditor* showMixedSelection(MainWindow& w)
{
    Document& doc = *w.document();
    doc.apply(editElements<Server>(doc.topology(), {"prod-fe2"},
                                   [](Server& s) { s.hardware.cpuCores = 16; }),
              QStringLiteral("setup"));
    doc.apply(editElements<Server>(doc.topology(), {"prod-fe1"},
                                   [](Server& s) { s.os = "windows-server-2022"; }),
              QStringLiteral("setup"));
    return showEditor<ServerEditor>(w, kMixed);
}

struct ServerFields {
    std::string environment, site, os;
    int cores;
    double ram;
    bool servesTraffic, controller, standby;
    bool operator==(const ServerFields&) const = default;
};

ServerFields fieldsOf(const Document& doc, const QString& id)
{
    const Server& s = *server(doc.topology(), id.toStdString());
    return {s.environment,
            s.site,
            s.os,
            s.hardware.cpuCores,
            s.hardware.ramGb,
            s.servesTraffic,
            s.hasRole(Role::DeploymentController),
            s.standby};
}

} // namespace

TEST(InspectorMixed, FieldsThatDifferShowTheMixedStateAndSharedOnesTheirValue)
{
    auto f = openWindow();
    ServerEditor* editor = showMixedSelection(*f->window);
    ASSERT_NE(editor, nullptr);

    for (const QString& name : {QStringLiteral("Environment"), QStringLiteral("Site")}) {
        QComboBox* combo = comboNamed(editor, name);
        ASSERT_NE(combo, nullptr);
        EXPECT_EQ(combo->currentIndex(), -1) << name.toStdString();
        EXPECT_EQ(combo->currentText(), QString()) << name.toStdString();
        EXPECT_EQ(combo->placeholderText(), QStringLiteral("— mixed —"));
    }
    auto* cores = editor->findChild<QSpinBox*>(QStringLiteral("cpuCores"));
    auto* ram = editor->findChild<QDoubleSpinBox*>(QStringLiteral("ramGb"));
    EXPECT_EQ(cores->text(), QStringLiteral("Mixed"));
    EXPECT_EQ(cores->palette().color(QPalette::Text),
              cores->palette().color(QPalette::PlaceholderText))
        << "greyed: a hint, not a value";
    EXPECT_EQ(ram->text(), QStringLiteral("8 GB"));
    QLineEdit* os = lineNamed(editor, QStringLiteral("Operating system"));
    EXPECT_EQ(os->text(), QString());
    EXPECT_EQ(os->placeholderText(), QStringLiteral("Mixed"));
    EXPECT_EQ(editor->findChild<QCheckBox*>(QStringLiteral("servesTraffic"))->checkState(),
              Qt::PartiallyChecked);
    EXPECT_EQ(editor->roleBox(Role::DeploymentController)->checkState(), Qt::PartiallyChecked);
    EXPECT_EQ(editor->roleBox(Role::Frontend)->checkState(), Qt::Checked);
    EXPECT_EQ(editor->findChild<QCheckBox*>(QStringLiteral("standby"))->checkState(),
              Qt::Unchecked);

    // One server again: its own values, the fields' own hints back.
    showEditor<ServerEditor>(*f->window, {QStringLiteral("prod-fe2")});
    EXPECT_EQ(comboNamed(editor, QStringLiteral("Site"))->currentText(),
              QStringLiteral("Datacenter B"));
    EXPECT_EQ(cores->text(), QStringLiteral("16 cores"));
    EXPECT_NE(cores->palette().color(QPalette::Text),
              cores->palette().color(QPalette::PlaceholderText));
    EXPECT_EQ(os->placeholderText(), QStringLiteral("e.g. windows-server-2022"));
    cores->setValue(0);
    QApplication::processEvents();
    EXPECT_EQ(cores->text(), QStringLiteral("not specified"));
}

TEST(InspectorMixed, EditingAnotherFieldLeavesTheDifferingOnesAsTheyWere)
{
    auto f = openWindow();
    Document& doc = *f->window->document();
    ServerEditor* editor = showMixedSelection(*f->window);
    ASSERT_NE(editor, nullptr);
    std::map<QString, ServerFields> before;
    for (const QString& id : kMixed)
        before[id] = fieldsOf(doc, id);

    clickCheckBox(editor->findChild<QCheckBox*>(QStringLiteral("standby")));
    typeInto(editor->findChild<QDoubleSpinBox*>(QStringLiteral("ramGb")), QStringLiteral("32"));

    for (const QString& id : kMixed) {
        ServerFields expected = before[id];
        expected.standby = true;
        expected.ram = 32;
        EXPECT_EQ(fieldsOf(doc, id), expected) << id.toStdString();
    }
    // And the fields still say they differ.
    EXPECT_EQ(editor->findChild<QSpinBox*>(QStringLiteral("cpuCores"))->text(),
              QStringLiteral("Mixed"));
    EXPECT_EQ(comboNamed(editor, QStringLiteral("Site"))->currentIndex(), -1);
}

TEST(InspectorMixed, EditingAMixedFieldSetsItOnAllInOneStep)
{
    auto f = openWindow();
    Document& doc = *f->window->document();
    ServerEditor* editor = showMixedSelection(*f->window);
    ASSERT_NE(editor, nullptr);
    QUndoStack& undo = *doc.undoStack();
    auto all = [&](auto get) {
        std::set<decltype(get(fieldsOf(doc, kMixed.front())))> values;
        for (const QString& id : kMixed)
            values.insert(get(fieldsOf(doc, id)));
        return values;
    };

    int steps = undo.count();
    typeInto(editor->findChild<QSpinBox*>(QStringLiteral("cpuCores")), QStringLiteral("12"));
    EXPECT_EQ(all([](const ServerFields& s) { return s.cores; }), std::set<int>{12});
    EXPECT_EQ(undo.count(), steps + 1);

    steps = undo.count();
    typeInto(lineNamed(editor, QStringLiteral("Operating system")),
             QStringLiteral("windows-server-2019"));
    EXPECT_EQ(all([](const ServerFields& s) { return s.os; }),
              std::set<std::string>{"windows-server-2019"});
    EXPECT_EQ(undo.count(), steps + 1);

    steps = undo.count();
    choose(comboNamed(editor, QStringLiteral("Site")), QStringLiteral("Datacenter B"));
    EXPECT_EQ(all([](const ServerFields& s) { return s.site; }), std::set<std::string>{"dc-b"});
    EXPECT_EQ(undo.count(), steps + 1);

    steps = undo.count();
    clickCheckBox(editor->findChild<QCheckBox*>(QStringLiteral("servesTraffic")));
    EXPECT_EQ(all([](const ServerFields& s) { return s.servesTraffic; }), std::set<bool>{true});
    EXPECT_EQ(undo.count(), steps + 1);
    QApplication::processEvents();
    EXPECT_EQ(editor->findChild<QCheckBox*>(QStringLiteral("servesTraffic"))->checkState(),
              Qt::Checked);

    steps = undo.count();
    choose(comboNamed(editor, QStringLiteral("Environment")), QStringLiteral("Production"));
    EXPECT_EQ(all([](const ServerFields& s) { return s.environment; }),
              std::set<std::string>{"prod"});
    EXPECT_EQ(undo.count(), steps + 1);
}

TEST(NewServerDrop, TheFirstServerOfAnEnvironmentHoldsAllThreeRoles)
{
    auto f = openWindow(QString());
    MainWindow& w = *f->window;
    w.files()->newBlank();
    w.canvas()->fitToWindow();
    QApplication::processEvents();
    Document& doc = *w.document();
    ASSERT_TRUE(doc.topology().servers.empty());

    ASSERT_TRUE(dropFromPalette(w, QStringLiteral("server"), environmentCentre(w, "dev")));
    ASSERT_EQ(doc.topology().servers.size(), 1u);
    EXPECT_EQ(doc.topology().servers[0].roles,
              (std::vector<Role>{Role::Frontend, Role::DeploymentController, Role::Scheduler}));
    const auto rules = ruleIds(doc);
    for (const char* rule : {"DC-MISSING", "FE-MISSING", "SCHED-MISSING"})
        EXPECT_EQ(rules.count(rule), 0u) << rule;

    ASSERT_TRUE(dropFromPalette(w, QStringLiteral("server"), environmentCentre(w, "dev")));
    ASSERT_EQ(doc.topology().servers.size(), 2u);
    EXPECT_EQ(doc.topology().servers[1].roles,
              (std::vector<Role>{Role::Frontend, Role::Scheduler}));
    EXPECT_EQ(ruleIds(doc).count("DC-MULTIPLE"), 0u);
}

TEST(NewServerDrop, AServerDroppedWhereNoControllerIsActiveBecomesTheController)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    auto* editor = showEditor<ServerEditor>(w, {QStringLiteral("prod-dc")});
    ASSERT_NE(editor, nullptr);
    clickCheckBox(editor->findChild<QCheckBox*>(QStringLiteral("standby")));
    ASSERT_EQ(ruleIds(doc).count("DC-MISSING"), 1u);

    const std::size_t servers = doc.topology().servers.size();
    ASSERT_TRUE(dropFromPalette(w, QStringLiteral("server"), environmentCentre(w, "prod")));
    ASSERT_EQ(doc.topology().servers.size(), servers + 1);
    EXPECT_TRUE(doc.topology().servers.back().hasRole(Role::DeploymentController));
    EXPECT_EQ(ruleIds(doc).count("DC-MISSING"), 0u);
    EXPECT_EQ(ruleIds(doc).count("DC-MULTIPLE"), 0u);
}

TEST(InspectorText, ControlCharactersInAFieldNeverReachTheDesign)
{
    // A terminal escape in the description would make the saved file one the loader refuses.
    auto opened = openWindow();
    Document& doc = *opened->window->document();
    QWidget* editor = showEditor<QWidget>(*opened->window, {});
    ASSERT_NE(editor, nullptr);
    auto* description = editor->findChild<QPlainTextEdit*>();
    ASSERT_NE(description, nullptr);
    // Text set by other means than typing (input methods, drops, accessibility tools)
    // reaches the field as it is; the field then shows what the design holds.
    description->setPlainText(QStringLiteral("Pasted\x1b[2J\a text\nsecond line"));
    QApplication::processEvents();
    EXPECT_EQ(doc.topology().description, "Pasted[2J text\nsecond line");
    EXPECT_TRUE(readTopology(savedText(doc)).ok());
    EXPECT_FALSE(description->toPlainText().contains(QChar(0x1b)));
}

TEST(InspectorSoftware, TheNewMembersAreEditableWithTheSupportedValuesOffered)
{
    auto opened = openWindow();
    Document& doc = *opened->window->document();
    auto* server = showEditor<ServerEditor>(*opened->window, {QStringLiteral("prod-fe1")});
    ASSERT_NE(server, nullptr);
    QComboBox* os = comboNamed(server, QStringLiteral("Operating system"));
    ASSERT_NE(os, nullptr);
    EXPECT_GE(os->findText(QStringLiteral("windows-server-2025")), 0);
    typeInto(lineNamed(server, QStringLiteral("Time zone")), QStringLiteral("UTC"));
    EXPECT_EQ(findById(doc.topology().servers, std::string("prod-fe1"))->timezone, "UTC");
    typeInto(lineNamed(server, QStringLiteral("Platform Server version")), QStringLiteral("11.19"));
    EXPECT_EQ(findById(doc.topology().servers, std::string("prod-fe1"))->platformVersion, "11.19");

    const int steps = doc.undoStack()->count();
    QWidget* database = showEditor<QWidget>(*opened->window, {QStringLiteral("db-prod")});
    ASSERT_NE(database, nullptr);
    QComboBox* version = comboNamed(database, QStringLiteral("Engine version"));
    ASSERT_NE(version, nullptr);
    EXPECT_GE(version->findText(QStringLiteral("2022")), 0); // a SQL Server
    choose(version, QStringLiteral("2019"));
    EXPECT_EQ(findById(doc.topology().databases, std::string("db-prod"))->version, "2019");
    typeInto(lineNamed(database, QStringLiteral("Edition")), QStringLiteral("express"));
    const Database* edited = findById(doc.topology().databases, std::string("db-prod"));
    EXPECT_EQ(edited->edition, "express");
    EXPECT_EQ(doc.undoStack()->count(), steps + 2); // typing merges into one step per field
    EXPECT_EQ(ruleIds(doc).count("DB-EDITION"), 1u);
}

TEST(InspectorSoftware, TheTimeZoneListKeepsItsOrderWhateverWasPicked)
{
    auto opened = openWindow();
    Document& doc = *opened->window->document();
    auto items = [](QComboBox* combo) {
        QStringList texts;
        for (int i = 0; i < combo->count(); ++i)
            texts.append(combo->itemText(i));
        return texts;
    };
    auto* server = showEditor<ServerEditor>(*opened->window, {QStringLiteral("prod-fe1")});
    ASSERT_NE(server, nullptr);
    const QStringList before = items(comboNamed(server, QStringLiteral("Time zone")));
    ASSERT_GE(before.size(), 8);
    choose(comboNamed(server, QStringLiteral("Time zone")), QStringLiteral("Tokyo Standard Time"));
    ASSERT_EQ(findById(doc.topology().servers, std::string("prod-fe1"))->timezone,
              "Tokyo Standard Time");
    // The next click finds every zone where it was.
    server = showEditor<ServerEditor>(*opened->window, {QStringLiteral("prod-fe2")});
    EXPECT_EQ(items(comboNamed(server, QStringLiteral("Time zone"))), before);
}

TEST(InspectorSoftware, OneNodeIsOneNodeNotOneNodes)
{
    auto opened = openWindow();
    auto* database = showEditor<QWidget>(*opened->window, {QStringLiteral("db-shared")});
    ASSERT_NE(database, nullptr);
    QSpinBox* nodes = nullptr;
    for (QSpinBox* spin : database->findChildren<QSpinBox*>())
        if (spin->accessibleName() == QStringLiteral("Nodes"))
            nodes = spin;
    ASSERT_NE(nodes, nullptr);
    EXPECT_EQ(nodes->value(), 1);
    EXPECT_EQ(nodes->text(), QStringLiteral("1 node"));
    nodes->setFocus();
    QTest::keyClick(nodes, Qt::Key_Up);
    EXPECT_EQ(nodes->text(), QStringLiteral("2 nodes"));
}
