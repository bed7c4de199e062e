#include "ui/canvas/FrameResize.h"

#include "core/edit/EditOperations.h"
#include "core/layout/FrameGeometry.h"
#include "core/layout/Geometry.h"
#include "core/layout/LayoutConstants.h"
#include "core/model/DisplayName.h"
#include "editor/document/Document.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/ElementItem.h"

#include <QCoreApplication>

#include <algorithm>

namespace topo {
namespace {

struct Handle {
    Qt::Edges edges;
    double fx; // where on the frame, as fractions of its width and height
    double fy;
};

const Handle kHandles[] = {
    {Qt::TopEdge | Qt::LeftEdge, 0, 0},     {Qt::TopEdge, 0.5, 0},
    {Qt::TopEdge | Qt::RightEdge, 1, 0},    {Qt::RightEdge, 1, 0.5},
    {Qt::BottomEdge | Qt::RightEdge, 1, 1}, {Qt::BottomEdge, 0.5, 1},
    {Qt::BottomEdge | Qt::LeftEdge, 0, 1},  {Qt::LeftEdge, 0, 0.5},
};

QRectF handleRect(const QRectF& frame, const Handle& handle, double size)
{
    // Inside the frame: a corner's square sits in the corner, an edge's square on the edge.
    const double x = frame.left() + handle.fx * (frame.width() - size);
    const double y = frame.top() + handle.fy * (frame.height() - size);
    return QRectF(x, y, size, size);
}

QRectF toQRect(const Rect& r)
{
    return QRectF(r.x, r.y, r.width, r.height);
}

// One axis of the frame: its two edges.
struct Span {
    double low;
    double high;
};

// The edges a handle holds follow the mouse by `delta`, on the grid; each gives way rather
// than come nearer the other edge than `minimum` or cut into `needed` (the padded content).
Span resizedSpan(Span span, double delta, bool moveLow, bool moveHigh, double minimum,
                 const std::optional<Span>& needed)
{
    if (moveLow) {
        span.low = std::min(layout::snapToGrid(span.low + delta), span.high - minimum);
        if (needed)
            span.low = std::min(span.low, needed->low);
    }
    if (moveHigh) {
        span.high = std::max(layout::snapToGrid(span.high + delta), span.low + minimum);
        if (needed)
            span.high = std::max(span.high, needed->high);
    }
    return span;
}

} // namespace

std::vector<QRectF> frameHandleRects(const QRectF& frame, double size)
{
    std::vector<QRectF> rects;
    for (const Handle& handle : kHandles)
        rects.push_back(handleRect(frame, handle, size));
    return rects;
}

Qt::Edges frameHandleAt(const QRectF& frame, const QPointF& scenePos, double size)
{
    for (const Handle& handle : kHandles)
        if (handleRect(frame, handle, size).contains(scenePos))
            return handle.edges;
    return {};
}

Qt::CursorShape resizeCursor(Qt::Edges edges)
{
    const bool horizontal = edges & (Qt::LeftEdge | Qt::RightEdge);
    const bool vertical = edges & (Qt::TopEdge | Qt::BottomEdge);
    if (horizontal && vertical) {
        const bool falling = bool(edges & Qt::TopEdge) == bool(edges & Qt::LeftEdge);
        return falling ? Qt::SizeFDiagCursor : Qt::SizeBDiagCursor;
    }
    return horizontal ? Qt::SizeHorCursor : Qt::SizeVerCursor;
}

FrameResizeGesture::FrameResizeGesture(CanvasScene& scene, ElementItem& frame, Qt::Edges edges,
                                       const QPointF& start)
    : m_scene(scene), m_id(frame.id()), m_edges(edges), m_start(start), m_origin(frame.sceneRect()),
      m_rect(m_origin)
{
    const Topology& topology = scene.document()->topology();
    if (const Environment* env = findById(topology.environments, m_id))
        if (const auto content = layout::contentBounds(topology, *env))
            m_needed = toQRect(layout::paddedAround(*content));
}

void FrameResizeGesture::update(const QPointF& scenePos)
{
    const QPointF delta = scenePos - m_start;
    const auto x = resizedSpan(
        {m_origin.left(), m_origin.right()}, delta.x(), m_edges.testFlag(Qt::LeftEdge),
        m_edges.testFlag(Qt::RightEdge), layout::kEnvironmentMinWidth,
        m_needed ? std::optional(Span{m_needed->left(), m_needed->right()}) : std::nullopt);
    const auto y = resizedSpan(
        {m_origin.top(), m_origin.bottom()}, delta.y(), m_edges.testFlag(Qt::TopEdge),
        m_edges.testFlag(Qt::BottomEdge), layout::kEnvironmentMinHeight,
        m_needed ? std::optional(Span{m_needed->top(), m_needed->bottom()}) : std::nullopt);
    const QRectF r(QPointF(x.low, y.low), QPointF(x.high, y.high));
    if (r == m_rect)
        return;
    m_rect = r;
    if (ElementItem* item = m_scene.elementItem(m_id))
        if (const auto* env = std::get_if<Environment>(&item->value())) {
            Environment resized = *env;
            resized.layout = Rect{r.x(), r.y(), r.width(), r.height(), emptyExtra()};
            item->setElement(std::move(resized));
        }
}

std::optional<CanvasEdit> FrameResizeGesture::finish() const
{
    if (m_rect == m_origin)
        return std::nullopt;
    const Topology& topology = m_scene.document()->topology();
    const auto patch = editElements<Environment>(topology, {m_id}, [this](Environment& env) {
        env.layout = Rect{m_rect.x(), m_rect.y(), m_rect.width(), m_rect.height(),
                          env.layout ? env.layout->extra : emptyExtra()};
    });
    return CanvasEdit{patch, QCoreApplication::translate("topo::FrameResizeGesture", "Resize %1")
                                 .arg(QString::fromStdString(displayName(topology, m_id)))};
}

void FrameResizeGesture::cancel()
{
    if (ElementItem* item = m_scene.elementItem(m_id))
        item->sync(m_scene.document()->topology());
}

} // namespace topo
