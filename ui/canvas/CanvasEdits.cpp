#include "canvas/CanvasEdits.h"

#include "edit/EditOperations.h"
#include "edit/ElementLookup.h"
#include "paint/SceneGeometry.h"

#include <algorithm>
#include <cmath>

namespace topo {

EditSequence::EditSequence(const Topology& start) : m_start(start), m_current(start) {}

void EditSequence::add(const TopologyPatch& patch)
{
    if (patch.empty())
        return;
    patch.apply(m_current);
    m_structural = m_structural || patch.structural();
    for (const std::string& id : patch.touchedIds())
        if (m_seen.insert(id).second)
            m_touched.push_back(id);
    m_steps.push_back(patch);
}

TopologyPatch EditSequence::patch() const
{
    // Additions and removals keep their recorded positions only as a single step.
    if (m_steps.size() == 1 || m_structural)
        return m_steps.empty() ? TopologyPatch{} : m_steps.front();
    TopologyPatch result;
    for (const std::string& id : m_touched) {
        auto before = findElement(m_start, id);
        auto after = findElement(m_current, id);
        if (before && after && !(*before == *after))
            result.replace(std::move(*before), std::move(*after));
    }
    return result;
}

const Environment* environmentAt(const Topology& topology, const QPointF& point)
{
    const Environment* best = nullptr;
    double bestArea = 0;
    for (const Environment& env : topology.environments) {
        const QRectF frame = environmentRect(env);
        const double area = frame.width() * frame.height();
        if (frame.contains(point) && (!best || area < bestArea)) {
            best = &env;
            bestArea = area;
        }
    }
    return best;
}

std::string nameOf(const Topology& topology, const std::string& id)
{
    if (const auto value = findElement(topology, id)) {
        const std::string name = std::visit(
            [](const auto& e) -> std::string {
                if constexpr (std::is_same_v<std::decay_t<decltype(e)>, Note>)
                    return {};
                else
                    return e.name;
            },
            *value);
        if (!name.empty())
            return name;
    }
    if (const auto zone = findZone(topology, id); zone && !zone->zone->name.empty())
        return zone->zone->name;
    return id;
}

namespace {

struct Placed {
    std::string id;
    QRectF rect;
};

// The elements that have a place of their own (zones follow their members).
std::vector<Placed> placed(const Topology& topology, const std::vector<std::string>& ids)
{
    const auto rects = elementRects(topology);
    std::vector<Placed> result;
    for (const std::string& id : ids) {
        const auto kind = kindOf(topology, id);
        const auto it = rects.find(id);
        if (kind && *kind != ElementKind::Zone && it != rects.end())
            result.push_back({id, it->second});
    }
    return result;
}

// Moves each element by its own offset, one after the other.
TopologyPatch moveEach(const Topology& topology, const std::vector<Placed>& items,
                       const std::vector<QPointF>& targets)
{
    EditSequence edits(topology);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const QPointF delta = targets[i] - items[i].rect.topLeft();
        // Whole units keep the saved file tidy; exact alignment matters more than the grid.
        const double dx = std::round(delta.x());
        const double dy = std::round(delta.y());
        if (dx != 0 || dy != 0)
            edits.add(moveElements(edits.current(), {items[i].id}, dx, dy));
    }
    return edits.patch();
}

} // namespace

TopologyPatch alignElements(const Topology& topology, const std::vector<std::string>& ids,
                            Alignment alignment)
{
    const std::vector<Placed> items = placed(topology, ids);
    if (items.size() < 2)
        return {};
    QRectF bounds = items.front().rect;
    for (const Placed& p : items)
        bounds = bounds.united(p.rect);
    std::vector<QPointF> targets;
    for (const Placed& p : items) {
        QPointF to = p.rect.topLeft();
        switch (alignment) {
        case Alignment::Left:
            to.setX(bounds.left());
            break;
        case Alignment::Right:
            to.setX(bounds.right() - p.rect.width());
            break;
        case Alignment::Top:
            to.setY(bounds.top());
            break;
        case Alignment::Bottom:
            to.setY(bounds.bottom() - p.rect.height());
            break;
        case Alignment::HorizontalCenter: // one column: centres on a vertical line
            to.setX(bounds.center().x() - p.rect.width() / 2);
            break;
        case Alignment::VerticalCenter: // one row: centres on a horizontal line
            to.setY(bounds.center().y() - p.rect.height() / 2);
            break;
        }
        targets.push_back(to);
    }
    return moveEach(topology, items, targets);
}

TopologyPatch distributeElements(const Topology& topology, const std::vector<std::string>& ids,
                                 Qt::Orientation orientation)
{
    std::vector<Placed> items = placed(topology, ids);
    if (items.size() < 3)
        return {};
    const bool horizontal = orientation == Qt::Horizontal;
    auto start = [horizontal](const QRectF& r) { return horizontal ? r.left() : r.top(); };
    auto length = [horizontal](const QRectF& r) { return horizontal ? r.width() : r.height(); };
    std::sort(items.begin(), items.end(),
              [&](const Placed& a, const Placed& b) { return start(a.rect) < start(b.rect); });
    // Equal gaps between neighbours, the outermost two staying where they are.
    double total = 0;
    for (const Placed& p : items)
        total += length(p.rect);
    const double span =
        start(items.back().rect) + length(items.back().rect) - start(items.front().rect);
    const double gap = (span - total) / double(items.size() - 1);
    std::vector<QPointF> targets;
    double cursor = start(items.front().rect);
    for (const Placed& p : items) {
        QPointF to = p.rect.topLeft();
        (horizontal ? to.rx() : to.ry()) = cursor;
        targets.push_back(to);
        cursor += length(p.rect) + gap;
    }
    return moveEach(topology, items, targets);
}

} // namespace topo
