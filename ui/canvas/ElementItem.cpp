#include "ui/canvas/ElementItem.h"

#include "core/layout/LayoutConstants.h"
#include "editor/document/DesignComparison.h"
#include "editor/document/Document.h"
#include "editor/paint/SceneGeometry.h"
#include "editor/paint/TopologyPainter.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/FrameResize.h"

#include <QPainter>

#include <algorithm>

namespace topo {
ElementItem::ElementItem(const std::string& id, ElementKind kind) : m_id(id), m_kind(kind)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(zFor(kind));
}

double ElementItem::zFor(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Site:
        return -10;
    case ElementKind::Environment:
        return 0;
    case ElementKind::Zone:
        return 1;
    case ElementKind::Database:
    case ElementKind::MessageQueue:
    case ElementKind::LoadBalancer:
        return 3;
    case ElementKind::Server:
        return 4;
    case ElementKind::Note:
        return 5;
    }
    return 0;
}

void ElementItem::setElement(ElementValue value)
{
    const QRectF rect = elementRect(value);
    if (rect.size() != m_size) {
        prepareGeometryChange();
        m_size = rect.size();
    }
    setPos(rect.topLeft());
    // A site without layout is not drawn.
    setVisible(!rect.isEmpty());
    m_value = std::move(value);
    update();
}

bool ElementItem::sync(const Topology& topology)
{
    auto value = findElement(topology, m_id);
    if (!value)
        return false;
    setElement(std::move(*value));
    return true;
}

void ElementItem::setSeverity(std::optional<Severity> severity)
{
    if (severity == m_severity)
        return;
    m_severity = severity;
    update();
}

void ElementItem::setDropTarget(bool target)
{
    if (target == m_dropTarget)
        return;
    m_dropTarget = target;
    update();
}

void ElementItem::setFailure(bool failed, const std::string& lost)
{
    if (failed == m_failed && lost == m_lost)
        return;
    m_failed = failed;
    m_lost = lost;
    update();
}

void ElementItem::setCompare(std::optional<CompareMark> mark, bool ghost, bool before)
{
    before = before && mark.has_value();
    if (mark == m_compare && ghost == m_compareGhost && before == m_compareBefore)
        return;
    m_compare = mark;
    m_compareGhost = ghost;
    m_compareBefore = before;
    update();
}

QPainterPath ElementItem::shape() const
{
    QPainterPath path;
    if (m_kind == ElementKind::Environment)
        path.addRect(0, 0, m_size.width(), layout::kEnvironmentHeaderHeight);
    else
        path.addRect(QRectF(QPointF(), m_size));
    return path;
}

QRectF ElementItem::boundingRect() const
{
    return QRectF(QPointF(), m_size)
        .adjusted(-kBadgeOverhang, -kBadgeOverhang, kBadgeOverhang, kBadgeOverhang);
}

CanvasScene* ElementItem::canvasScene() const
{
    return static_cast<CanvasScene*>(scene());
}

void ElementItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    CanvasScene* canvas = canvasScene();
    if (!m_value || !canvas)
        return;
    const PaintOptions& options = canvas->paintOptions();
    const Topology& topology = canvas->document()->topology();
    ElementState state;
    state.selected = isSelected();
    state.hovered = m_hovered;
    state.severity = m_severity;
    state.failed = m_failed;
    state.lost = m_lost;
    const QRectF rect(QPointF(), m_size);
    if (!m_compare) {
        paintElement(*painter, rect, topology, *m_value, state, options);
        if (state.selected && m_kind == ElementKind::Environment)
            paintHandles(*painter, rect, options.theme);
        if (m_dropTarget)
            paintDropTarget(*painter, rect, options.theme);
        return;
    }
    // The compared design shown: a changed element as it was there.
    const auto view = canvas->document()->comparison()->view();
    std::optional<ElementValue> old;
    if (view && m_compareBefore && *m_compare == CompareMark::Changed)
        old = findElement(*view->before, m_id);
    if (old)
        paintElement(*painter, rect, *view->before, *old, state, options);
    else
        paintElement(*painter, rect, topology, *m_value, state, options);
    drawCompareMark(*painter, rect, *m_compare, m_compareGhost, options.theme);
}

void ElementItem::paintHandles(QPainter& painter, const QRectF& rect, const Theme& theme) const
{
    // kHandlePixels on screen whatever the zoom.
    const double scale = std::max(painter.worldTransform().m11(), 0.01);
    painter.save();
    painter.setPen(QPen(theme.selection, 1 / scale));
    painter.setBrush(theme.background);
    for (const QRectF& handle : frameHandleRects(rect, kHandlePixels / scale))
        painter.drawRect(handle);
    painter.restore();
}

void ElementItem::paintDropTarget(QPainter& painter, const QRectF& rect, const Theme& theme) const
{
    painter.save();
    QColor fill = theme.selection;
    fill.setAlpha(28);
    painter.setBrush(fill);
    painter.setPen(QPen(theme.selection, 3));
    painter.drawRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), 6, 6);
    painter.restore();
}

void ElementItem::hoverEnterEvent(QGraphicsSceneHoverEvent*)
{
    m_hovered = true;
    update();
}

void ElementItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*)
{
    m_hovered = false;
    update();
}

ZoneItem::ZoneItem(const std::string& id, const std::string& environmentId)
    : m_id(id), m_environmentId(environmentId)
{
    setFlag(ItemIsSelectable);
    setZValue(ElementItem::zFor(ElementKind::Zone));
}

void ZoneItem::setZone(const Zone& zone, const std::optional<QRectF>& region)
{
    m_zone = zone;
    setVisible(region.has_value());
    if (region) {
        if (region->size() != m_size) {
            prepareGeometryChange();
            m_size = region->size();
        }
        setPos(region->topLeft());
    }
    update();
}

void ZoneItem::setSeverity(std::optional<Severity> severity)
{
    if (severity == m_severity)
        return;
    m_severity = severity;
    update();
}

void ZoneItem::setLost(const std::string& lost)
{
    if (lost == m_lost)
        return;
    m_lost = lost;
    update();
}

QPainterPath ZoneItem::shape() const
{
    QPainterPath path;
    path.addRect(0, 0, m_size.width(), layout::kZoneHeaderHeight);
    return path;
}

QRectF ZoneItem::boundingRect() const
{
    return QRectF(QPointF(), m_size)
        .adjusted(-kBadgeOverhang, -kBadgeOverhang, kBadgeOverhang, kBadgeOverhang);
}

void ZoneItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    auto* canvas = static_cast<CanvasScene*>(scene());
    if (!canvas)
        return;
    ElementState state;
    state.selected = isSelected();
    state.severity = m_severity;
    state.lost = m_lost;
    paintZone(*painter, QRectF(QPointF(), m_size), m_zone, state, canvas->paintOptions());
}

} // namespace topo
