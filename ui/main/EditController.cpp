#include "EditController.h"

#include "Icons.h"
#include "MainWindow.h"
#include "ModelLookup.h"
#include "canvas/CanvasView.h"
#include "document/Document.h"
#include "edit/Clipboard.h"
#include "edit/EditOperations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMimeData>
#include <QToolBar>
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

EditController::EditController(MainWindow* window) : QObject(window), m_window(window) {}

QAction* EditController::addAction(QMenu* menu, const QString& text, QKeySequence key,
                                   void (EditController::*slot)())
{
    QAction* action = menu->addAction(text, this, slot);
    action->setShortcut(key);
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
    redo->setShortcut(QKeySequence::Redo);
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
    deleteAction->setIcon(designerIcon(QStringLiteral("edit-delete")));
    menu->addSeparator();
    QAction* selectAllAction =
        addAction(menu, tr("Select &all"), QKeySequence::SelectAll, &EditController::selectAll);
    m_selectionActions = {cutAction, copyAction, duplicateAction, deleteAction};
    m_documentActions = {pasteAction, selectAllAction};
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addAction(deleteAction);
    connect(m_window, &MainWindow::documentReplaced, this, [this](Document* document) {
        if (document)
            connect(document, &Document::selectionChanged, this, &EditController::updateActions);
        updateActions();
    });
    updateActions();
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
    data->setData(kFragmentMime, QByteArray::fromStdString(fragment));
    data->setText(QString::fromStdString(fragment));
    QApplication::clipboard()->setMimeData(data);
}

void EditController::cut()
{
    Document* document = m_window->document();
    if (!document || document->selection().isEmpty())
        return;
    copy();
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
    std::optional<PasteResult> result = pasteFragment(document->topology(), text.toStdString());
    if (!result || result->patch.empty())
        return;
    document->apply(std::move(result->patch), QString::fromStdString(result->text));
    document->setSelection(toList(result->ids));
}

void EditController::duplicate()
{
    Document* document = m_window->document();
    if (!document || document->selection().isEmpty())
        return;
    std::optional<PasteResult> result =
        duplicateElements(document->topology(), toIds(document->selection()));
    if (!result || result->patch.empty())
        return;
    document->apply(std::move(result->patch), QString::fromStdString(result->text));
    document->setSelection(toList(result->ids));
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
