#include "editor/paint/LineObstacles.h"

#include <algorithm>
#include <cmath>

namespace topo::paint {
namespace {

constexpr double kBucket = 128; // scene units per bucket side: about a card

} // namespace

bool runsThrough(const QPointF& a, const QPointF& b, const QRectF& r)
{
    const double left = std::min(a.x(), b.x());
    const double right = std::max(a.x(), b.x());
    const double top = std::min(a.y(), b.y());
    const double bottom = std::max(a.y(), b.y());
    if (left == right) // vertical
        return left > r.left() && left < r.right() && top < r.bottom() && bottom > r.top();
    if (top == bottom) // horizontal
        return top > r.top() && top < r.bottom() && left < r.right() && right > r.left();
    return false; // diagonal segments are not routed around
}

LineObstacles::LineObstacles(const Topology& topology, const RectLookup& rectOf, bool keepIds)
{
    auto take = [&](const std::string& id, Layer& layer) {
        if (const auto rect = rectOf(id); rect && !rect->isEmpty()) {
            layer.rects.push_back(*rect);
            if (keepIds)
                m_byId.emplace(id, *rect);
        }
    };
    for (const Server& s : topology.servers)
        take(s.id, m_cards);
    for (const LoadBalancer& lb : topology.loadBalancers)
        take(lb.id, m_cards);
    for (const Database& db : topology.databases)
        take(db.id, m_cards);
    for (const MessageQueue& mq : topology.messageQueues)
        take(mq.id, m_cards);
    for (const Environment& env : topology.environments)
        take(env.id, m_frames);
    m_cards.build();
    m_frames.build();
}

int LineObstacles::Layer::columnOf(double x) const
{
    return std::clamp(int(std::floor((x - bounds.left()) / kBucket)), 0, columns - 1);
}

int LineObstacles::Layer::rowOf(double y) const
{
    return std::clamp(int(std::floor((y - bounds.top()) / kBucket)), 0, rows - 1);
}

void LineObstacles::Layer::build()
{
    for (const QRectF& r : rects)
        bounds = bounds.isNull() ? r : bounds.united(r);
    if (rects.empty())
        return;
    columns = int(std::floor(bounds.width() / kBucket)) + 1;
    rows = int(std::floor(bounds.height() / kBucket)) + 1;
    auto forEachBucket = [&](const QRectF& r, auto&& fn) {
        for (int c = columnOf(r.left()); c <= columnOf(r.right()); ++c)
            for (int w = rowOf(r.top()); w <= rowOf(r.bottom()); ++w)
                fn(bucket(c, w));
    };
    // Two passes: count per bucket, then fill; no vector per bucket.
    first.assign(std::size_t(columns) * std::size_t(rows) + 1, 0);
    for (const QRectF& r : rects)
        forEachBucket(r, [&](std::size_t b) { ++first[b + 1]; });
    for (std::size_t b = 1; b < first.size(); ++b)
        first[b] += first[b - 1];
    entries.assign(std::size_t(first.back()), 0);
    std::vector<int> filled(first.begin(), first.end() - 1);
    for (std::size_t i = 0; i < rects.size(); ++i)
        forEachBucket(rects[i], [&](std::size_t b) { entries[std::size_t(filled[b]++)] = int(i); });
}

int LineObstacles::Layer::crossings(const QPointF& a, const QPointF& b, const QRectF& skipA,
                                    const QRectF& skipB, std::vector<QRectF>* crossed,
                                    int enough) const
{
    if (rects.empty())
        return 0;
    const QRectF span = QRectF(a, b).normalized();
    if (!span.adjusted(-1, -1, 1, 1).intersects(bounds))
        return 0;
    if (lookedAt.size() != rects.size())
        lookedAt.assign(rects.size(), 0);
    ++query;
    int count = 0;
    for (int c = columnOf(span.left()); c <= columnOf(span.right()); ++c)
        for (int r = rowOf(span.top()); r <= rowOf(span.bottom()); ++r)
            for (int k = first[bucket(c, r)], stop = first[bucket(c, r) + 1]; k < stop; ++k) {
                const int index = entries[std::size_t(k)];
                if (lookedAt[std::size_t(index)] == query)
                    continue;
                lookedAt[std::size_t(index)] = query;
                const QRectF& rect = rects[std::size_t(index)];
                if (rect == skipA || rect == skipB || !runsThrough(a, b, rect))
                    continue;
                ++count;
                if (crossed)
                    crossed->push_back(rect);
                if (count >= enough)
                    return count;
            }
    return count;
}

int LineObstacles::cardsCrossed(const QPointF& a, const QPointF& b, const QRectF& fromEnd,
                                const QRectF& toEnd, std::vector<QRectF>* crossed, int enough) const
{
    return m_cards.crossings(a, b, fromEnd, toEnd, crossed, enough);
}

int LineObstacles::framesCrossed(const QPointF& a, const QPointF& b) const
{
    return m_frames.crossings(a, b, QRectF(), QRectF(), nullptr, 1 << 30);
}

const QRectF* LineObstacles::rectOf(const std::string& id) const
{
    const auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : &it->second;
}

} // namespace topo::paint
