#include "ui/canvas/InPlaceRename.h"

#include "core/edit/ElementLookup.h"
#include "core/edit/RenameElement.h"
#include "editor/document/Document.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"
#include "ui/docks/inspector/FieldWidgets.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>

namespace topo {

namespace {

// The field is at least this wide (pixels), so a small card at a low zoom still takes a name.
constexpr int kMinEditorWidth = 160;

} // namespace

InPlaceRename* InPlaceRename::attach(CanvasView* canvas)
{
    return new InPlaceRename(canvas);
}

InPlaceRename::InPlaceRename(CanvasView* canvas) : QObject(canvas), m_canvas(canvas)
{
    setObjectName(QStringLiteral("inPlaceRename"));
    canvas->viewport()->installEventFilter(this);
    canvas->installEventFilter(this);
    // The field follows its element when the view scrolls or zooms under it.
    connect(canvas, &CanvasView::zoomChanged, this, &InPlaceRename::place);
    for (QScrollBar* bar : {canvas->horizontalScrollBar(), canvas->verticalScrollBar()})
        connect(bar, &QScrollBar::valueChanged, this, &InPlaceRename::place);
    // An undo, a file reload or another window's edit may take the element away.
    connect(canvas->document(), &Document::changed, this, [this] {
        if (m_editor && !containsId(m_canvas->document()->topology(), m_id))
            close();
    });
}

bool InPlaceRename::begin(const std::string& id)
{
    const std::optional<std::string> name = storedName(m_canvas->document()->topology(), id);
    if (!name || !m_canvas->canvasScene()->itemRect(id))
        return false;
    close();
    m_id = id;
    m_editor = new QLineEdit(m_canvas->viewport());
    m_editor->setObjectName(QStringLiteral("inPlaceRenameField"));
    m_editor->setAccessibleName(tr("New name"));
    m_editor->setText(QString::fromStdString(*name));
    m_editor->selectAll();
    m_editor->installEventFilter(this);
    connect(m_editor, &QLineEdit::returnPressed, this, [this] {
        if (commit())
            close();
    });
    place();
    m_editor->show();
    m_editor->setFocus(Qt::OtherFocusReason);
    return true;
}

void InPlaceRename::place()
{
    if (!m_editor)
        return;
    const std::optional<QRectF> rect = m_canvas->canvasScene()->itemRect(m_id);
    if (!rect) {
        close();
        return;
    }
    // Over the element's top edge, where its name is drawn.
    const QRect onView = m_canvas->mapFromScene(*rect).boundingRect();
    const int height = m_editor->sizeHint().height();
    m_editor->setGeometry(onView.left(), onView.top(), std::max(onView.width(), kMinEditorWidth),
                          height);
}

bool InPlaceRename::commit()
{
    Document& document = *m_canvas->document();
    const std::optional<std::string> before = storedName(document.topology(), m_id);
    if (!before)
        return true;
    const QString text = m_editor->text().trimmed();
    const bool server = kindOf(document.topology(), m_id) == ElementKind::Server;
    const QString refusal = server ? checkHostName(text) : checkName(text);
    if (!refusal.isEmpty()) {
        m_editor->setToolTip(refusal);
        QToolTip::showText(m_editor->mapToGlobal(QPoint(0, m_editor->height())), refusal, m_editor);
        return false;
    }
    TopologyPatch patch = renameElement(document.topology(), m_id, text.toStdString());
    if (!patch.empty())
        document.apply(std::move(patch),
                       tr("Rename %1 to %2").arg(QString::fromStdString(*before), text));
    return true;
}

void InPlaceRename::close()
{
    if (!m_editor)
        return;
    QLineEdit* editor = m_editor;
    m_editor = nullptr;
    m_id.clear();
    editor->removeEventFilter(this);
    editor->hide();
    editor->deleteLater();
    m_canvas->setFocus(Qt::OtherFocusReason);
}

bool InPlaceRename::eventFilter(QObject* watched, QEvent* event)
{
    if (m_editor && watched == m_editor) {
        if (event->type() == QEvent::KeyPress &&
            static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        // A click elsewhere keeps what was typed, as in file managers; a refused name is
        // dropped then rather than left in a field nobody looks at.
        if (event->type() == QEvent::FocusOut &&
            static_cast<QFocusEvent*>(event)->reason() != Qt::PopupFocusReason) {
            commit();
            close();
        }
        return false;
    }
    if (watched == m_canvas->viewport() && event->type() == QEvent::MouseButtonDblClick) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton &&
            begin(m_canvas->elementAt(mouse->position().toPoint())))
            return true;
    }
    if (watched == m_canvas && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_F2 &&
        static_cast<QKeyEvent*>(event)->modifiers() == Qt::NoModifier) {
        const QStringList& selection = m_canvas->document()->selection();
        const std::string id = !m_canvas->focusedId().empty() ? m_canvas->focusedId()
                               : selection.size() == 1        ? selection.front().toStdString()
                                                              : std::string();
        if (begin(id))
            return true;
    }
    return false;
}

} // namespace topo
