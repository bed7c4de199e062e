#include "ui/main/EditController.h"

#include "core/edit/Clipboard.h"
#include "core/edit/EditOperations.h"
#include "core/layout/Geometry.h"
#include "editor/document/Document.h"
#include "ui/canvas/CanvasView.h"
#include "ui/docks/Icons.h"
#include "ui/docks/ModelLookup.h"
#include "ui/docks/palette/PaletteDock.h"
#include "ui/docks/problems/FindingsSelection.h"
#include "ui/docks/problems/ProblemsDock.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>

namespace topo {

namespace {

std::vector<std::string> toIds(const QStringList& list)
{
    std::vector<std::string> ids;
    for (const QString& id : list)
        ids.push_back(id.toStdString());
    return ids;
}

QStringList toList(const std::vector<std::string>& ids)
{
    QStringList list;
    for (const std::string& id : ids)
        list << QString::fromStdString(id);
    return list;
}

const QString kFragmentMime =
    QString::fromLatin1(kFragmentMimeType.data(), static_cast<qsizetype>(kFragmentMimeType.size()));

} // namespace

EditController::EditController(MainWindow* window) : QObject(window), m_window(window)
{
    askAlsoDelete = [this](const QString& deleted, const QStringList& dependents) {
        QMessageBox box(QMessageBox::Question, tr("Delete %1").arg(deleted),
                        tr("%1 is the only user of %2. Delete it too?")
                            .arg(deleted, QLocale().createSeparatedList(dependents)),
                        QMessageBox::Cancel, m_window);
        box.setInformativeText(
            tr("Kept, it stays in the design holding no catalog, and the checks report it."));
        QPushButton* both = box.addButton(tr("Delete both"), QMessageBox::YesRole);
        QPushButton* only = box.addButton(tr("Keep %1").arg(dependents.join(QStringLiteral(", "))),
                                          QMessageBox::NoRole);
        box.setDefaultButton(both);
        box.exec();
        if (box.clickedButton() == both)
            return CanvasView::AlsoDelete::Yes;
        if (box.clickedButton() == only)
            return CanvasView::AlsoDelete::No;
        return CanvasView::AlsoDelete::Cancel;
    };
}

QAction* EditController::addAction(QMenu* menu, const QString& text, QKeySequence key,
                                   void (EditController::*slot)())
{
    QAction* action = menu->addAction(text, this, slot);
    action->setShortcut(key);
    action->setShortcutVisibleInContextMenu(true);
    // The shortcuts act on the canvas; text fields in the docks keep their own.
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

void EditController::populate(QMenu* menu, QToolBar* toolbar)
{
    QAction* undo = m_window->undoGroup()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(designerIcon(QStringLiteral("edit-undo")));
    QAction* redo = m_window->undoGroup()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Y as well, as on Windows and in office programs, wherever the platform's own redo
    // key is another one (Ctrl+Shift+Z on Linux desktops).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    redo->setShortcuts(redoKeys);
    redo->setIcon(designerIcon(QStringLiteral("edit-redo")));
    menu->addAction(undo);
    menu->addAction(redo);
    menu->addSeparator();
    QAction* cutAction = addAction(menu, tr("Cu&t"), QKeySequence::Cut, &EditController::cut);
    QAction* copyAction = addAction(menu, tr("&Copy"), QKeySequence::Copy, &EditController::copy);
    QAction* pasteAction =
        addAction(menu, tr("&Paste"), QKeySequence::Paste, &EditController::paste);
    QAction* duplicateAction = addAction(menu, tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D),
                                         &EditController::duplicate);
    QAction* deleteAction =
        addAction(menu, tr("&Delete"), QKeySequence::Delete, &EditController::deleteSelection);
    cutAction->setIcon(designerIcon(QStringLiteral("edit-cut")));
    copyAction->setIcon(designerIcon(QStringLiteral("edit-copy")));
    pasteAction->setIcon(designerIcon(QStringLiteral("edit-paste")));
    deleteAction->setIcon(designerIcon(QStringLiteral("edit-delete")));
    menu->addSeparator();
    QAction* selectAllAction =
        addAction(menu, tr("Select &all"), QKeySequence::SelectAll, &EditController::selectAll);
    cutAction->setObjectName(QStringLiteral("cutAction"));
    copyAction->setObjectName(QStringLiteral("copyAction"));
    pasteAction->setObjectName(QStringLiteral("pasteAction"));
    duplicateAction->setObjectName(QStringLiteral("duplicateAction"));
    deleteAction->setObjectName(QStringLiteral("deleteAction"));
    selectAllAction->setObjectName(QStringLiteral("selectAllAction"));
    m_selectionActions = {cutAction, copyAction, duplicateAction, deleteAction};
    m_documentActions = {pasteAction, selectAllAction};
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addAction(deleteAction);
    connect(m_window, &MainWindow::documentReplaced, this, [this](Document* document) {
        if (document)
            connect(document, &Document::selectionChanged, this, &EditController::updateActions);
        if (CanvasView* canvas = m_window->canvas())
            connectCanvas(canvas);
        m_pasteCount = 0;
        updateActions();
    });
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, [this] {
        const QMimeData* data = QApplication::clipboard()->mimeData();
        if (!data || data->data(kFragmentMime) != m_copied)
            m_pasteCount = 0; // another program's clipboard
    });
    // Enter (or a double click) on a palette entry adds that element: the palette without a
    // mouse drag.
    connect(m_window->palette()->list(), &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) {
                if (CanvasView* canvas = m_window->canvas())
                    canvas->addElement(m_window->palette()->list()->kindOf(item));
            });
    updateActions();
}

void EditController::connectCanvas(CanvasView* canvas)
{
    CanvasView::SharedActions shared;
    auto find = [this](const char* name) {
        return m_window->findChild<QAction*>(QLatin1String(name));
    };
    shared.cut = find("cutAction");
    shared.copy = find("copyAction");
    shared.paste = find("pasteAction");
    shared.duplicate = find("duplicateAction");
    shared.remove = find("deleteAction");
    shared.selectAll = find("selectAllAction");
    shared.fit = find("fitAction");
    shared.arrange = m_window->findChild<QMenu*>(QStringLiteral("arrangeMenu"));
    canvas->setSharedActions(shared);
    // A design just opened takes the keyboard: arrows, Tab and the Menu key work at once.
    canvas->setFocus(Qt::OtherFocusReason);
    connect(canvas, &CanvasView::problemsRequested, this, &EditController::showProblemsOf);
    canvas->askAlsoDelete = [this](const QString& deleted, const QStringList& dependents) {
        return askAlsoDelete(deleted, dependents);
    };
}

void EditController::showProblemsOf(const QString& id)
{
    ProblemsDock* problems = m_window->problems();
    problems->show();
    problems->raise();
    if (selectFindingsOf(*problems, id) > 0)
        problems->view()->setFocus(Qt::OtherFocusReason);
}

void EditController::updateActions()
{
    Document* document = m_window->document();
    const bool selection = document && !document->selection().isEmpty();
    for (QAction* action : std::as_const(m_selectionActions))
        action->setEnabled(selection);
    for (QAction* action : std::as_const(m_documentActions))
        action->setEnabled(document != nullptr);
}

void EditController::copy()
{
    Document* document = m_window->document();
    if (!document || document->selection().isEmpty())
        return;
    const std::string fragment = copyFragment(document->topology(), toIds(document->selection()));
    auto* data = new QMimeData;
    m_copied = QByteArray::fromStdString(fragment);
    data->setData(kFragmentMime, m_copied);
    data->setText(QString::fromStdString(fragment));
    QApplication::clipboard()->setMimeData(data);
    m_pasteCount = 1;
}

void EditController::cut()
{
    Document* document = m_window->document();
    if (!document || document->selection().isEmpty())
        return;
    copy();
    m_pasteCount = 0;
    const QStringList ids = document->selection();
    const QString text = ids.size() == 1
                             ? tr("Cut %1").arg(elementName(document->topology(), toIds(ids)[0]))
                             : tr("Cut %1 elements").arg(ids.size());
    document->apply(removeElements(document->topology(), toIds(ids)), text);
    document->setSelection({});
}

void EditController::paste()
{
    Document* document = m_window->document();
    const QMimeData* data = QApplication::clipboard()->mimeData();
    if (!document || !data)
        return;
    const QByteArray text =
        data->hasFormat(kFragmentMime) ? data->data(kFragmentMime) : data->text().toUtf8();
    PasteOptions options;
    CanvasView* canvas = m_window->canvas();
    if (const auto at = canvas ? canvas->menuPastePosition() : std::nullopt) {
        // The background's context menu: the copies' top-left where it was opened, in the
        // environment there.
        options.at = Point{layout::snapToGrid(at->x()), layout::snapToGrid(at->y())};
        if (const Environment* env =
                layout::environmentAt(document->topology(), Point{at->x(), at->y()}))
            options.targetEnvironment = env->id;
    } else {
        // Each paste of the same clipboard one step further (after a cut, the first one
        // goes back where the elements were).
        options.dx = options.dy = layout::kPasteOffset * m_pasteCount;
        ++m_pasteCount;
    }
    if (std::optional<PasteResult> result =
            pasteFragment(document->topology(), text.toStdString(), options))
        applyPaste(*document, std::move(*result), false);
}

void EditController::duplicate()
{
    Document* document = m_window->document();
    if (!document || document->selection().isEmpty())
        return;
    if (std::optional<PasteResult> result =
            duplicateElements(document->topology(), toIds(document->selection())))
        applyPaste(*document, std::move(*result), true);
}

void EditController::applyPaste(Document& document, PasteResult result, bool duplicated)
{
    if (result.patch.empty())
        return;
    QString text = QString::fromStdString(result.text);
    // A copied environment is cloned with everything inside it: the step names the clone.
    if (result.environments.size() == 1) {
        const QString source = QString::fromStdString(result.environments.front().sourceName);
        const QString clone = QString::fromStdString(result.environments.front().name);
        text = duplicated ? tr("Duplicate environment %1 as %2").arg(source, clone)
                          : tr("Paste environment %1 as %2").arg(source, clone);
    }
    document.apply(std::move(result.patch), text);
    document.setSelection(toList(result.ids));
}

void EditController::deleteSelection()
{
    if (CanvasView* canvas = m_window->canvas())
        canvas->deleteSelection();
}

void EditController::selectAll()
{
    if (CanvasView* canvas = m_window->canvas())
        canvas->selectAll();
}

} // namespace topo
