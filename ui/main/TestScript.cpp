#include "ui/main/TestScript.h"

#include "core/edit/EditOperations.h"
#include "core/edit/ElementFactory.h"
#include "editor/document/DesignComparison.h"
#include "editor/document/Document.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"
#include "ui/dialogs/RuleCatalogueDialog.h"
#include "ui/main/CompareController.h"
#include "ui/main/EditController.h"
#include "ui/main/FileController.h"
#include "ui/main/FindBar.h"
#include "ui/main/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QEventLoop>
#include <QFile>
#include <QKeyEvent>
#include <QMenu>
#include <QMenuBar>
#include <QPixmap>
#include <QScreen>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace topo {

TestScript::TestScript(MainWindow* window, QString path)
    : QObject(window), m_window(window), m_path(std::move(path))
{
}

bool TestScript::start()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    m_text = file.readAll();
    answerForTheUser();
    QTimer::singleShot(0, this, &TestScript::run);
    return true;
}

void TestScript::showDock(const QString& objectName)
{
    auto* dock = m_window->findChild<QDockWidget*>(objectName);
    if (!dock) {
        std::fprintf(stderr, "script: no dock %s\n", qPrintable(objectName));
        return;
    }
    dock->show();
    dock->raise();
}

// "File" pops up that menu of the menu bar; "File/Open recent" also its submenu beside it.
void TestScript::openMenu(const QString& title)
{
    const QStringList path = title.split(QLatin1Char('/'));
    QWidget* parent = m_window->menuBar();
    QList<QAction*> actions = m_window->menuBar()->actions();
    for (const QString& name : path) {
        const auto found = std::find_if(actions.begin(), actions.end(), [&](QAction* action) {
            return action->menu() && action->text().remove(QLatin1Char('&')) == name;
        });
        if (found == actions.end()) {
            std::fprintf(stderr, "script: no menu %s\n", qPrintable(title));
            return;
        }
        QMenu* menu = (*found)->menu();
        if (auto* bar = qobject_cast<QMenuBar*>(parent))
            menu->popup(bar->mapToGlobal(bar->actionGeometry(*found).bottomLeft()));
        else if (auto* above = qobject_cast<QMenu*>(parent))
            menu->popup(above->mapToGlobal(above->actionGeometry(*found).topRight()));
        parent = menu;
        actions = menu->actions();
    }
}

void TestScript::screenshot(const QString& objectName, const QString& path, bool wholeScreen)
{
    if (wholeScreen) {
        // What the screen shows, open menus included.
        if (!m_window->screen()->grabWindow(0).save(path))
            std::fprintf(stderr, "script: cannot save a picture of the screen to %s\n",
                         qPrintable(path));
        return;
    }
    QWidget* widget = objectName.isEmpty() ? m_window : m_window->findChild<QWidget*>(objectName);
    if (!widget || !widget->grab().save(path))
        std::fprintf(stderr, "script: cannot save a picture of %s to %s\n", qPrintable(objectName),
                     qPrintable(path));
}

void TestScript::openContextMenu(const std::string& id)
{
    CanvasView* canvas = m_window->canvas();
    canvas->setFocus(Qt::TabFocusReason);
    if (!id.empty())
        canvas->focusElement(id);
    const auto rect = canvas->canvasScene()->itemRect(id);
    const QPointF at =
        rect ? rect->center() : canvas->mapToScene(canvas->viewport()->rect().center());
    QMenu* menu = canvas->contextMenuFor(id, at);
    if (!menu) {
        std::fprintf(stderr, "script: no context menu for %s\n", id.c_str());
        return;
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(canvas->viewport()->mapToGlobal(canvas->mapFromScene(at)));
}

void TestScript::activateRow(const QString& objectName, int row)
{
    auto* view = m_window->findChild<QAbstractItemView*>(objectName);
    if (!view) {
        std::fprintf(stderr, "script: no item view %s\n", qPrintable(objectName));
        return;
    }
    view->setFocus(Qt::TabFocusReason);
    view->setCurrentIndex(view->model()->index(row, 0));
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(view, &press);
    QCoreApplication::sendEvent(view, &release);
}

void TestScript::close(const QString& objectName)
{
    QWidget* widget = objectName.isEmpty() ? QApplication::activePopupWidget()
                                           : m_window->findChild<QWidget*>(objectName);
    if (widget)
        widget->close();
    else
        std::fprintf(stderr, "script: nothing to close (%s)\n", qPrintable(objectName));
}

void TestScript::run()
{
    const auto steps = nlohmann::json::parse(m_text.toStdString(), nullptr, false);
    if (!steps.is_array()) {
        std::fprintf(stderr, "script: %s is not a JSON array\n", qPrintable(m_path));
        return;
    }
    for (const auto& step : steps) {
        const std::string action = step.value("do", "");
        Document* document = m_window->document();
        if (action == "add-server" && document) {
            ElementFactory factory(document->topology());
            const Point at{step.value("x", 0.0), step.value("y", 0.0), emptyExtra()};
            auto creation = factory.create(ElementKind::Server, step.value("environment", ""), at);
            if (creation)
                document->apply(std::move(creation->patch), QString::fromStdString(creation->text));
        } else if (action == "rename-design" && document) {
            const DesignHeader before = headerOf(document->topology());
            DesignHeader after = before;
            after.name = step.value("name", "");
            TopologyPatch patch;
            patch.setHeader(before, after);
            document->apply(std::move(patch),
                            tr("Rename the design to %1").arg(QString::fromStdString(after.name)));
        } else if (action == "select" && document) {
            QStringList ids;
            for (const auto& id : step.value("ids", nlohmann::json::array()))
                ids.append(QString::fromStdString(id.get<std::string>()));
            document->setSelection(ids);
        } else if (action == "fail" && document) {
            for (const auto& id : step.value("ids", nlohmann::json::array()))
                document->setFailed(id.get<std::string>(), true);
        } else if (action == "set-cores" && document) {
            const int cores = step.value("cores", 0);
            document->apply(
                editElements<Server>(document->topology(), {step.value("id", "")},
                                     [cores](Server& s) { s.hardware.cpuCores = cores; }),
                tr("Set the cores"));
        } else if (action == "delete-selection") {
            m_window->edits()->deleteSelection();
        } else if (action == "compare-saved") {
            m_window->comparisons()->compareWithSaved();
        } else if (action == "compare-with") {
            m_window->comparisons()->compareWithFile(
                QString::fromStdString(step.value("path", "")));
        } else if (action == "compare-side" && document) {
            document->comparison()->setSide(step.value("before", false) ? CompareSide::Before
                                                                        : CompareSide::After);
        } else if (action == "resize") {
            m_window->resize(step.value("width", 1600), step.value("height", 1000));
        } else if (action == "fit") {
            if (m_window->canvas())
                m_window->canvas()->fitToWindow();
        } else if (action == "focus" && m_window->canvas()) {
            // The keyboard focus on an element, as Tab gives it.
            m_window->canvas()->setFocus(Qt::TabFocusReason);
            m_window->canvas()->focusElement(step.value("id", ""));
        } else if (action == "context-menu" && m_window->canvas()) {
            openContextMenu(step.value("id", ""));
        } else if (action == "zoom") {
            if (m_window->canvas())
                m_window->canvas()->setZoom(step.value("scale", 1.0));
        } else if (action == "find") {
            // Types the text into the find bar, as a user would after Ctrl+F.
            m_window->findBar()->setQuery(QString::fromStdString(step.value("text", "")));
        } else if (action == "find-next") {
            m_window->findBar()->findNext();
        } else if (action == "trigger") {
            // A menu action by its object name ("ruleCatalogueAction", "shortcutsAction").
            const QString name = QString::fromStdString(step.value("action", ""));
            const QString shot = QString::fromStdString(step.value("screenshot", ""));
            if (!shot.isEmpty())
                // A dialog the action opens waits for its user: the screen is taken once the
                // dialog has shown, and the dialog closed, so that the script goes on.
                QTimer::singleShot(step.value("ms", 1000), this, [this, shot] {
                    screenshot({}, shot, true);
                    if (QWidget* dialog = QApplication::activeModalWidget())
                        dialog->close();
                });
            if (auto* menuAction = m_window->findChild<QAction*>(name))
                menuAction->trigger();
            else
                std::fprintf(stderr, "script: no action %s\n", qPrintable(name));
        } else if (action == "filter-rules") {
            if (auto* rules = m_window->findChild<RuleCatalogueDialog*>())
                rules->setFilter(QString::fromStdString(step.value("text", "")));
        } else if (action == "screenshot") {
            screenshot(QString::fromStdString(step.value("widget", "")),
                       QString::fromStdString(step.value("path", "")), step.value("screen", false));
        } else if (action == "open-menu") {
            openMenu(QString::fromStdString(step.value("title", "")));
        } else if (action == "click") {
            if (auto* button = m_window->findChild<QAbstractButton*>(
                    QString::fromStdString(step.value("widget", ""))))
                button->click();
        } else if (action == "choose-row") {
            if (auto* view = m_window->findChild<QAbstractItemView*>(
                    QString::fromStdString(step.value("widget", ""))))
                view->setCurrentIndex(view->model()->index(step.value("row", 0), 0));
        } else if (action == "expand-row") {
            if (auto* view = m_window->findChild<QTreeView*>(
                    QString::fromStdString(step.value("widget", ""))))
                view->expand(view->model()->index(step.value("row", 0), 0));
        } else if (action == "choose-combo") {
            // A combo box's item by its text, as the user picks it.
            if (auto* box = m_window->findChild<QComboBox*>(
                    QString::fromStdString(step.value("widget", ""))))
                box->setCurrentIndex(box->findText(QString::fromStdString(step.value("text", ""))));
        } else if (action == "activate-row") {
            activateRow(QString::fromStdString(step.value("widget", "")), step.value("row", 0));
        } else if (action == "close") {
            close(QString::fromStdString(step.value("widget", "")));
        } else if (action == "show-dock") {
            showDock(QString::fromStdString(step.value("name", "")));
        } else if (action == "save") {
            m_window->files()->save();
        } else if (action == "wait") {
            // Lets the event loop run (file watchers, timers) before the next step.
            QEventLoop loop;
            QTimer::singleShot(step.value("ms", 0), &loop, &QEventLoop::quit);
            loop.exec();
        } else if (action == "save-as") {
            m_window->files()->saveTo(QString::fromStdString(step.value("path", "")));
        } else if (action == "quit") {
            m_window->close();
        } else if (!runFileStep(action, step)) {
            std::fprintf(stderr, "script: cannot run step %s\n", step.dump().c_str());
        }
    }
    std::printf("script: done\n");
    std::fflush(stdout);
}

} // namespace topo
