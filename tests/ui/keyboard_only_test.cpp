// A whole design task with the keyboard alone: only key events reach the window, sent to
// whatever has the focus (a menu, a dialog, a field), as a keyboard would.
#include "KeySupport.h"
#include "UiTestSupport.h"

#include "editor/document/Document.h"
#include "editor/files/TopologyFile.h"
#include "ui/canvas/CanvasView.h"
#include "ui/docks/inspector/InspectorDock.h"
#include "ui/docks/palette/PaletteDock.h"
#include "ui/main/FileController.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

using namespace topo;
using namespace topo::test;

namespace {

QString focusName()
{
    QWidget* focus = QApplication::focusWidget();
    return focus ? focus->objectName() : QString();
}

// The key of a File menu entry (Ctrl+Shift+S, Ctrl+W, Ctrl+O), pressed where the focus is.
// (The offscreen platform has no menu bar to open with Alt+F.)
void pressShortcutOf(QWidget& window, const char* actionName)
{
    auto* action = window.findChild<QAction*>(QString::fromLatin1(actionName));
    ASSERT_NE(action, nullptr) << actionName;
    ASSERT_FALSE(action->shortcut().isEmpty()) << actionName << " has no key";
    const QKeyCombination combination = action->shortcut()[0];
    press(combination.key(), combination.keyboardModifiers());
}

const Server* serverNamed(const Topology& t, const std::string& name)
{
    for (const Server& s : t.servers)
        if (s.name == name)
            return &s;
    return nullptr;
}

} // namespace

TEST(KeyboardOnly, TemplateThenAnEightCoreFrontEndInProductionSavedUnderANewName)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path =
        QDir(folder.path()).filePath(QStringLiteral("keyboard-made.topology.json"));
    // The window with its own dialogs (the file dialogs are answered with keys); only unsaved
    // changes at the end are dropped without asking.
    MainWindow w;
    w.files()->askToSave = [](const QString&) { return QMessageBox::Discard; };
    w.resize(1500, 950);
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));

    // The start view: Tab to the templates, the first one (the standard factory), Return.
    ASSERT_TRUE(pressUntil([] { return focusName() == QLatin1String("startTemplates"); }));
    press(Qt::Key_Home);
    press(Qt::Key_Return);
    ASSERT_NE(w.document(), nullptr) << "the template opened";
    Document* doc = w.document();
    ASSERT_EQ(QApplication::focusWidget(), w.canvas()) << "the new design has the keyboard";

    // Tab through the canvas to Production.
    ASSERT_TRUE(
        pressUntil([doc] { return doc->selection() == QStringList{QStringLiteral("prod")}; }));

    // F6 to the palette, down to Server, Return: a new server in Production.
    press(Qt::Key_F6);
    PaletteList* palette = w.palette()->list();
    ASSERT_EQ(QApplication::focusWidget(), palette);
    press(Qt::Key_Home);
    ASSERT_TRUE(pressUntil(
        [palette] { return palette->kindOf(palette->currentItem()) == QLatin1String("server"); },
        Qt::Key_Down, Qt::NoModifier, 10));
    const std::size_t servers = doc->topology().servers.size();
    press(Qt::Key_Return);
    ASSERT_EQ(doc->topology().servers.size(), servers + 1);
    const Server added = doc->topology().servers.back();
    EXPECT_EQ(added.environment, "prod");
    ASSERT_EQ(doc->selection(), QStringList{QString::fromStdString(added.id)});

    // F6 to the inspector; Tab to the front-end role (on), then to the cores: 8.
    press(Qt::Key_F6);
    ASSERT_TRUE(w.inspector()->isAncestorOf(QApplication::focusWidget()));
    ASSERT_TRUE(pressUntil([] { return focusName() == QLatin1String("role-frontend"); }));
    if (!static_cast<QCheckBox*>(QApplication::focusWidget())->isChecked())
        press(Qt::Key_Space);
    ASSERT_TRUE(pressUntil([] { return focusName() == QLatin1String("cpuCores"); }));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("8"));
    press(Qt::Key_Tab);
    {
        const Server* s = server(doc->topology(), added.id);
        ASSERT_NE(s, nullptr);
        EXPECT_TRUE(s->hasRole(Role::Frontend));
        EXPECT_EQ(s->hardware.cpuCores, 8);
    }

    // File › Save as… (its key), the dialog answered with the new name.
    answerNextFileDialog(path);
    pressShortcutOf(w, "saveAsAction");
    ASSERT_TRUE(QFileInfo::exists(path)) << "saved under the new name";
    EXPECT_EQ(QFileInfo(doc->filePath()).canonicalFilePath(), QFileInfo(path).canonicalFilePath());
    EXPECT_FALSE(doc->isModified());
    {
        FileLoadResult onDisk = loadTopologyFile(path);
        ASSERT_TRUE(onDisk.ok()) << onDisk.errorText.toStdString();
        const Server* saved = server(*onDisk.topology, added.id);
        ASSERT_NE(saved, nullptr) << "the new server is in the file";
        EXPECT_EQ(saved->environment, "prod");
        EXPECT_TRUE(saved->hasRole(Role::Frontend));
        EXPECT_EQ(saved->hardware.cpuCores, 8);
    }

    // File › Close, then File › Open… the saved file (their keys).
    pressShortcutOf(w, "closeAction");
    ASSERT_EQ(w.document(), nullptr);
    answerNextFileDialog(path);
    pressShortcutOf(w, "openAction");
    ASSERT_NE(w.document(), nullptr) << "the saved file opened";
    const Server* loaded = serverNamed(w.document()->topology(), added.name);
    ASSERT_NE(loaded, nullptr);
    EXPECT_EQ(loaded->environment, "prod");
    EXPECT_TRUE(loaded->hasRole(Role::Frontend));
    EXPECT_EQ(loaded->hardware.cpuCores, 8);
}
