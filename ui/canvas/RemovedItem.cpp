#include "ui/canvas/RemovedItem.h"

#include "editor/paint/TopologyPainter.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/ElementItem.h"

namespace topo {

RemovedItem::RemovedItem(const std::string& id, ElementValue element,
                         std::shared_ptr<const CompareView> view)
    : m_id(id), m_element(std::move(element)), m_view(std::move(view))
{
    const QRectF rect = elementRect(m_element);
    m_size = rect.size();
    setPos(rect.topLeft());
    setVisible(!rect.isEmpty());
    const auto kind = kindOf(*m_view->before, id);
    // Just under the open design's elements of the same kind.
    setZValue(ElementItem::zFor(kind ? *kind : ElementKind::Note) - 0.5);
}

QRectF RemovedItem::boundingRect() const
{
    return QRectF(QPointF(), m_size)
        .adjusted(-kBadgeOverhang, -kBadgeOverhang, kBadgeOverhang, kBadgeOverhang);
}

void RemovedItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    auto* canvas = static_cast<CanvasScene*>(scene());
    if (!canvas)
        return;
    const PaintOptions& options = canvas->paintOptions();
    const QRectF rect(QPointF(), m_size);
    paintElement(*painter, rect, *m_view->before, m_element, {}, options);
    drawCompareMark(*painter, rect, CompareMark::Removed, isGhost(), options.theme);
}

} // namespace topo
