// CanvasView's context menu: marking elements failed for the failover simulation.
#include "canvas/CanvasScene.h"
#include "canvas/CanvasView.h"
#include "canvas/ElementItem.h"
#include "document/Document.h"
#include "model/DisplayName.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>

#include <memory>

namespace topo {

std::string CanvasView::elementAt(const QPoint& viewPos) const
{
    for (QGraphicsItem* item : items(viewPos))
        if (item->type() == ElementItem::Type)
            return static_cast<ElementItem*>(item)->id();
    return {};
}

QMenu* CanvasView::contextMenuAt(const QPoint& viewPos)
{
    auto menu = std::make_unique<QMenu>(this);
    const std::string id = elementAt(viewPos);
    if (!id.empty() && Document::canFail(m_document->topology(), id)) {
        const ElementItem* item = m_scene->elementItem(id);
        QAction* fail = menu->addAction(
            tr("Simulate failure of %1").arg(QString::fromStdString(displayName(item->value()))));
        fail->setObjectName(QStringLiteral("simulateFailureAction"));
        fail->setCheckable(true);
        fail->setChecked(m_document->isFailed(id));
        fail->setToolTip(tr("Fail this element in the failover simulation (not saved)"));
        connect(fail, &QAction::toggled, m_document,
                [document = m_document, id](bool on) { document->setFailed(id, on); });
    }
    if (!m_document->failedElements().empty()) {
        QAction* clear = menu->addAction(tr("Clear simulated failures"));
        clear->setObjectName(QStringLiteral("clearFailuresAction"));
        connect(clear, &QAction::triggered, m_document, &Document::clearFailures);
    }
    return menu->isEmpty() ? nullptr : menu.release();
}

void CanvasView::contextMenuEvent(QContextMenuEvent* event)
{
    const std::unique_ptr<QMenu> menu(contextMenuAt(event->pos()));
    if (!menu) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    menu->exec(event->globalPos());
    event->accept();
}

} // namespace topo
