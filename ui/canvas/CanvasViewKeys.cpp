// CanvasView's keyboard: nudging the selection with the arrows, walking the elements with Tab,
// the focus rectangle and the context menu from the keyboard.
#include "core/edit/EditOperations.h"
#include "core/edit/FrameKeeping.h"
#include "core/layout/LayoutConstants.h"
#include "core/layout/ReadingOrder.h"
#include "core/model/DisplayName.h"
#include "editor/document/Document.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QPainter>

#include <algorithm>

namespace topo {
namespace {

// Consecutive nudges merge into one undo step (PatchCommand); apart from the inspector's keys.
constexpr int kNudgeMergeKey = 0x2000;
// Shift+arrow moves this many grid steps.
constexpr int kBigNudge = 10;
// The focus rectangle's distance from the element's own outline and the selection's.
constexpr double kFocusMargin = 6;

} // namespace

void CanvasView::followSelection()
{
    const QStringList& selection = m_document->selection();
    // One element chosen (by the mouse, the problems list, Find…) takes the keyboard focus.
    if (selection.size() == 1 && m_scene->elementItem(selection.front().toStdString()))
        m_focusedId = selection.front().toStdString();
    updateFocusRing();
}

void CanvasView::focusElement(const std::string& id)
{
    m_focusedId = m_scene->elementItem(id) ? id : std::string();
    if (!m_focusedId.empty()) {
        m_document->setSelection({QString::fromStdString(id)});
        if (const auto rect = m_scene->itemRect(id))
            ensureVisible(*rect, 40, 40);
    }
    updateFocusRing();
}

bool CanvasView::focusNextElement(bool forward)
{
    const std::vector<std::string> order = layout::readingOrder(m_document->topology());
    if (order.empty())
        return false;
    const auto at = std::find(order.begin(), order.end(), m_focusedId);
    std::string next;
    if (at == order.end())
        next = forward ? order.front() : order.back();
    else if (forward && at + 1 != order.end())
        next = *(at + 1);
    else if (!forward && at != order.begin())
        next = *(at - 1);
    if (next.empty())
        return false;
    focusElement(next);
    return true;
}

bool CanvasView::event(QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (tab && plain) {
            // Past the last element (or before the first) the focus leaves the canvas.
            if (focusNextElement(key->key() == Qt::Key_Tab)) {
                event->accept();
                return true;
            }
            m_focusedId.clear();
            updateFocusRing();
            return QWidget::focusNextPrevChild(key->key() == Qt::Key_Tab);
        }
    }
    return QGraphicsView::event(event);
}

void CanvasView::focusInEvent(QFocusEvent* event)
{
    QGraphicsView::focusInEvent(event);
    // Tabbing into the canvas lands on its first element (Shift+Tab: on its last).
    if (m_focusedId.empty() &&
        (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason))
        focusNextElement(event->reason() == Qt::TabFocusReason);
    updateFocusRing();
}

void CanvasView::focusOutEvent(QFocusEvent* event)
{
    QGraphicsView::focusOutEvent(event);
    updateFocusRing();
}

void CanvasView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QGraphicsView::drawForeground(painter, rect);
    const std::optional<QRectF> item = focusRingItemRect();
    if (!item)
        return;
    const double margin = kFocusMargin / zoom();
    const QRectF ring = item->adjusted(-margin, -margin, margin, margin);
    const Theme& theme = m_scene->paintOptions().theme;
    painter->save();
    painter->setBrush(Qt::NoBrush);
    // A dashed line in the text colour over a halo of the background: legible on frames,
    // cards and the grid in both themes.
    QPen halo(theme.background, 4);
    halo.setCosmetic(true);
    painter->setPen(halo);
    painter->drawRoundedRect(ring, 4 / zoom(), 4 / zoom());
    QPen dashes(theme.text, 2, Qt::DashLine);
    dashes.setCosmetic(true);
    painter->setPen(dashes);
    painter->drawRoundedRect(ring, 4 / zoom(), 4 / zoom());
    painter->restore();
}

std::optional<QRectF> CanvasView::focusRingItemRect() const
{
    if (m_focusedId.empty() || !hasFocus())
        return std::nullopt;
    return m_scene->itemRect(m_focusedId);
}

void CanvasView::updateFocusRing()
{
    const std::optional<QRectF> now = focusRingItemRect();
    if (now == m_ringItemRect)
        return;
    // The ring's margin and both pens, in pixels, at any zoom.
    const int pad = int(kFocusMargin) + 4;
    for (const std::optional<QRectF>& rect : {m_ringItemRect, now})
        if (rect)
            viewport()->update(mapFromScene(*rect).boundingRect().adjusted(-pad, -pad, pad, pad));
    m_ringItemRect = now;
}

void CanvasView::nudgeSelection(int stepsX, int stepsY)
{
    const std::vector<std::string> ids = selectedIds();
    const Topology& topology = m_document->topology();
    TopologyPatch patch = keepFramesApart(
        topology, moveElements(topology, ids, stepsX * layout::kGrid, stepsY * layout::kGrid));
    if (patch.empty())
        return;
    const QString what =
        ids.size() == 1 ? QString::fromStdString(displayName(m_document->topology(), ids.front()))
                        : tr("%n elements", nullptr, int(ids.size()));
    m_document->apply(std::move(patch), tr("Move %1").arg(what), kNudgeMergeKey);
    if (!m_focusedId.empty())
        if (const auto rect = m_scene->itemRect(m_focusedId))
            ensureVisible(*rect, 40, 40);
}

bool CanvasView::handleKeyboardKey(QKeyEvent* event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool menuKey =
        event->key() == Qt::Key_Menu || (event->key() == Qt::Key_F10 && mods == Qt::ShiftModifier);
    if (menuKey) {
        // As the Menu key's own context menu event: about the focused element.
        const auto focused = m_scene->itemRect(m_focusedId);
        const QPoint at =
            mapFromScene(focused ? focused->center() : mapToScene(viewport()->rect().center()));
        QContextMenuEvent menu(QContextMenuEvent::Keyboard, at, viewport()->mapToGlobal(at),
                               event->modifiers());
        contextMenuEvent(&menu);
        return true;
    }
    if (event->key() == Qt::Key_Escape && mods == Qt::NoModifier &&
        !m_document->selection().isEmpty()) {
        m_document->setSelection({}); // the arrows scroll again
        return true;
    }
    if (mods != Qt::NoModifier && mods != Qt::ShiftModifier)
        return false;
    int dx = 0;
    int dy = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        dx = -1;
        break;
    case Qt::Key_Right:
        dx = 1;
        break;
    case Qt::Key_Up:
        dy = -1;
        break;
    case Qt::Key_Down:
        dy = 1;
        break;
    default:
        return false;
    }
    // Nothing selected: the arrows scroll the view as before.
    if (m_document->selection().isEmpty())
        return false;
    const int steps = mods == Qt::ShiftModifier ? kBigNudge : 1;
    nudgeSelection(dx * steps, dy * steps);
    return true;
}

} // namespace topo
