#include "ui/canvas/AlignmentGuides.h"

#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/ElementItem.h"

#include <QGraphicsPathItem>
#include <QPainterPath>
#include <QPen>

#include <array>
#include <cmath>
#include <optional>

namespace topo {

namespace {

// Above every element, below nothing: the guides are read over the cards.
constexpr double kGuidesZ = 1e6;

// Left, centre and right (or top, middle and bottom) of a span.
std::array<double, 3> stops(double start, double length)
{
    return {start, start + length / 2, start + length};
}

struct Match {
    double shift = 0; // added to the offset on this axis
    double at = 0;    // the aligned coordinate
    QRectF with;
};

// The closest alignment on one axis: the dragged span [start, start + length] against the
// others' spans, within `tolerance`.
template <typename Span>
std::optional<Match> closest(double start, double length, const std::vector<QRectF>& others,
                             Span span, double tolerance)
{
    std::optional<Match> best;
    for (const QRectF& other : others) {
        const auto [otherStart, otherLength] = span(other);
        // Like with like (left with left, centre with centre): a top snapping to another
        // card's middle would pull cards off the grid for no alignment anyone asked for.
        const std::array<double, 3> mine = stops(start, length);
        const std::array<double, 3> theirs = stops(otherStart, otherLength);
        for (std::size_t i = 0; i < mine.size(); ++i) {
            const double shift = theirs[i] - mine[i];
            if (std::abs(shift) <= tolerance && (!best || std::abs(shift) < std::abs(best->shift)))
                best = Match{shift, theirs[i], other};
        }
    }
    return best;
}

} // namespace

AlignmentGuides::AlignmentGuides(CanvasScene& scene, const QRectF& dragged,
                                 const std::unordered_set<std::string>& carried, bool frames)
    : m_dragged(dragged), m_item(new QGraphicsPathItem)
{
    for (QGraphicsItem* item : scene.items()) {
        if (item->type() != ElementItem::Type)
            continue;
        const auto* element = static_cast<const ElementItem*>(item);
        const bool frame = element->kind() == ElementKind::Environment;
        if (frame == frames && !carried.count(element->id()) && element->isVisible())
            m_others.push_back(element->sceneRect());
    }
    QPen pen(scene.paintOptions().theme.selection, 1, Qt::DashLine);
    pen.setCosmetic(true);
    m_item->setPen(pen);
    m_item->setZValue(kGuidesZ);
    scene.addItem(m_item);
}

AlignmentGuides::~AlignmentGuides()
{
    delete m_item; // removes it from the scene
}

QPointF AlignmentGuides::align(const QPointF& raw, const QPointF& grid, double tolerance)
{
    const QRectF moved = m_dragged.translated(raw);
    const auto horizontal = [](const QRectF& r) { return std::pair(r.left(), r.width()); };
    const auto vertical = [](const QRectF& r) { return std::pair(r.top(), r.height()); };
    const std::optional<Match> x =
        closest(moved.left(), moved.width(), m_others, horizontal, tolerance);
    const std::optional<Match> y =
        closest(moved.top(), moved.height(), m_others, vertical, tolerance);
    const QPointF aligned(x ? raw.x() + x->shift : grid.x(), y ? raw.y() + y->shift : grid.y());
    const QRectF placed = m_dragged.translated(aligned);
    m_lines.clear();
    if (x)
        m_lines.emplace_back(x->at, std::min(placed.top(), x->with.top()), x->at,
                             std::max(placed.bottom(), x->with.bottom()));
    if (y)
        m_lines.emplace_back(std::min(placed.left(), y->with.left()), y->at,
                             std::max(placed.right(), y->with.right()), y->at);
    QPainterPath path;
    for (const QLineF& line : m_lines) {
        path.moveTo(line.p1());
        path.lineTo(line.p2());
    }
    m_item->setPath(path);
    return aligned;
}

} // namespace topo
