#include "editor/paint/ScalingLayout.h"

#include "core/layout/LayoutConstants.h"

#include <algorithm>

namespace topo {

namespace {

using layout::kNodeHeight;
using layout::kNodeWidth;
using layout::kServerCardHeight;
using layout::kServerCardWidth;

constexpr double kMargin = 24;   // around the whole picture
constexpr double kFramePad = 24; // inside an environment frame
constexpr double kEnvironmentGap = 32;
constexpr double kHeaderHeight = 46;
constexpr double kTitleHeight = 30; // a section title
constexpr double kSectionGap = 22;
constexpr double kMaxRowWidth = 1180; // boxes of a section wrap beyond this width
constexpr double kGap = 16;
constexpr double kClusterPad = 16;
constexpr double kBalancerDrop = 40; // from the balancer down to the nodes
constexpr double kHeadingHeight = 24;
constexpr double kMarkerRoom = 10; // the "other spec" pill hangs below a card
constexpr double kCaptionLine = 16;
constexpr int kNodesPerRow = 5;
constexpr double kMinContentWidth = 720;

constexpr double kColumnSlot = 96;
constexpr double kColumnWidth = 34;
constexpr double kColumnTop = 20;
constexpr double kColumnHeight = 110;
constexpr double kArrowWidth = 84;
constexpr double kNextSizeWidth = 190;

constexpr double kChipWidth = 160;
constexpr double kChipHeight = 46;
constexpr int kChipsPerRow = 5;
constexpr double kZonePad = 12;
constexpr double kZoneTitle = 24;
constexpr double kMessageWidth = 360;
constexpr double kMinZoneWidth = 2 * kChipWidth + kGap + 100; // room for the zone's title

// Places boxes of the given sizes left to right from `origin`, wrapping at kMaxRowWidth;
// returns their rectangles and grows `extent` to the area used.
std::vector<QRectF> flow(const std::vector<QSizeF>& sizes, QPointF origin, QSizeF& extent)
{
    std::vector<QRectF> placed;
    double x = 0;
    double y = 0;
    double rowHeight = 0;
    extent = {};
    for (const QSizeF& size : sizes) {
        if (x > 0 && x + size.width() > kMaxRowWidth) {
            x = 0;
            y += rowHeight + kGap;
            rowHeight = 0;
        }
        placed.emplace_back(origin + QPointF(x, y), size);
        extent.setWidth(std::max(extent.width(), x + size.width()));
        rowHeight = std::max(rowHeight, size.height());
        x += size.width() + kGap;
    }
    extent.setHeight(placed.empty() ? 0 : y + rowHeight);
    return placed;
}

// The cells of a grid of `count` cards of `cell` size, `perRow` a row, from `topLeft`.
std::vector<QRectF> grid(int count, int perRow, QSizeF cell, QPointF topLeft, double rowGap)
{
    std::vector<QRectF> cells;
    for (int i = 0; i < count; ++i)
        cells.emplace_back(topLeft + QPointF((i % perRow) * (cell.width() + kGap),
                                             (i / perRow) * (cell.height() + rowGap)),
                           cell);
    return cells;
}

ClusterLayout clusterAt(const ScalingCluster& cluster, QPointF topLeft)
{
    const int cards = static_cast<int>(cluster.nodes.size()) + (cluster.growable ? 1 : 0);
    const int columns = std::min(cards, kNodesPerRow);
    const int rows = (cards + columns - 1) / columns;
    const double rowGap = kMarkerRoom + 6;
    const double cardsWidth = columns * kServerCardWidth + (columns - 1) * kGap;
    const double width = std::max(cardsWidth, 2 * kServerCardWidth + kGap) + 2 * kClusterPad;
    ClusterLayout layout;
    double y = topLeft.y() + kClusterPad;
    const double innerLeft = topLeft.x() + kClusterPad;
    if (!cluster.balancer.empty()) {
        layout.balancer =
            QRectF(topLeft.x() + (width - kNodeWidth) / 2, y, kNodeWidth, kNodeHeight);
        y += kNodeHeight + kBalancerDrop;
    } else {
        layout.heading = QRectF(innerLeft, y, width - 2 * kClusterPad, kHeadingHeight);
        y += kHeadingHeight + 6;
    }
    std::vector<QRectF> cells =
        grid(cards, columns, {kServerCardWidth, kServerCardHeight}, {innerLeft, y}, rowGap);
    if (cluster.growable) {
        layout.next = cells.back();
        cells.pop_back();
    }
    layout.nodes = std::move(cells);
    y += rows * kServerCardHeight + (rows - 1) * rowGap + kMarkerRoom + 4;
    // The spec and capacity, plus the call for a balancer when a lone node could grow.
    const int captionLines = (cluster.growable && cluster.balancer.empty() ? 3 : 2) +
                             (cluster.sharedWith.empty() ? 0 : 1);
    layout.caption = QRectF(innerLeft, y, width - 2 * kClusterPad, captionLines * kCaptionLine);
    y += layout.caption.height() + kClusterPad;
    layout.box = QRectF(topLeft, QPointF(topLeft.x() + width, y));
    return layout;
}

ControllerLayout controllerAt(const ControllerScaling& controller, QPointF topLeft)
{
    ControllerLayout layout;
    const double x = topLeft.x();
    const double y = topLeft.y();
    if (!controller.server) {
        layout.caption = QRectF(x, y, kMinContentWidth, 2 * kCaptionLine);
        layout.body = layout.caption;
        return layout;
    }
    const double columnsBottom = y + kColumnTop + kColumnHeight;
    layout.card = QRectF(x, columnsBottom - kServerCardHeight, kServerCardWidth, kServerCardHeight);
    double cx = layout.card.right() + 36;
    for (QRectF& column : layout.columns) {
        column = QRectF(cx, y + kColumnTop, kColumnWidth, kColumnHeight);
        cx += kColumnSlot;
    }
    layout.arrow = QRectF(cx, y + kColumnTop + kColumnHeight / 2 - 20, kArrowWidth - 16, 40);
    layout.next = QRectF(cx + kArrowWidth, y + kColumnTop - 12, kNextSizeWidth, kColumnHeight + 12);
    const double captionTop = columnsBottom + 24; // the column names sit under the columns
    layout.caption = QRectF(x, captionTop, layout.next.right() - x, 2 * kCaptionLine);
    layout.body = QRectF(topLeft, QPointF(layout.next.right(), layout.caption.bottom()));
    return layout;
}

ZoneLayout zoneAt(const ZoneTimers& zone, QPointF topLeft)
{
    ZoneLayout layout;
    const double innerLeft = topLeft.x() + kZonePad;
    double y = topLeft.y() + kZonePad;
    const int chips = static_cast<int>(zone.nodes.size());
    double width = 0;
    layout.title = QRectF(innerLeft, y, 0, kZoneTitle);
    y += kZoneTitle + 4;
    if (chips == 0) {
        layout.message = QRectF(innerLeft, y, kMessageWidth, 2 * kCaptionLine);
        width = kMessageWidth;
        y += layout.message.height();
    } else {
        const int cards = chips + 1;
        const int columns = std::min(cards, kChipsPerRow);
        const int rows = (cards + columns - 1) / columns;
        std::vector<QRectF> cells =
            grid(cards, columns, {kChipWidth, kChipHeight}, {innerLeft, y}, 10);
        layout.next = cells.back();
        cells.pop_back();
        layout.chips = std::move(cells);
        width = columns * kChipWidth + (columns - 1) * kGap;
        y += rows * kChipHeight + (rows - 1) * 10;
    }
    width = std::max(width, kMinZoneWidth);
    layout.title.setWidth(width);
    layout.box = QRectF(topLeft, QSizeF(width + 2 * kZonePad, y + kZonePad - topLeft.y()));
    return layout;
}

// Lays out the clusters (or zones) in a flow from `origin`; `extent` receives the area used.
template <typename Item, typename Place>
auto placeFlow(const std::vector<Item>& items, QPointF origin, Place place, QSizeF& extent)
{
    // Measure at the origin first, then move every box to the place the flow gives it.
    std::vector<decltype(place(items.front(), origin))> measured;
    std::vector<QSizeF> sizes;
    for (const Item& item : items) {
        measured.push_back(place(item, QPointF()));
        sizes.push_back(measured.back().box.size());
    }
    const std::vector<QRectF> spots = flow(sizes, origin, extent);
    for (std::size_t i = 0; i < items.size(); ++i)
        measured[i] = place(items[i], spots[i].topLeft());
    return measured;
}

EnvironmentLayout environmentAt(EnvironmentScaling plan, QPointF topLeft)
{
    EnvironmentLayout layout;
    const double left = topLeft.x() + kFramePad;
    double y = topLeft.y();
    layout.header = QRectF(topLeft.x(), y, 0, kHeaderHeight);
    y += kHeaderHeight + 14;
    double width = kMinContentWidth;

    layout.frontEndsTitle = QRectF(left, y, 0, kTitleHeight);
    y += kTitleHeight;
    QSizeF extent;
    if (!plan.frontEnds.empty()) {
        layout.clusters = placeFlow(plan.frontEnds, QPointF(left, y), clusterAt, extent);
        y += extent.height();
    } else {
        extent = QSizeF(kMinContentWidth, kCaptionLine);
        y += kCaptionLine; // "no front-end" under the title
    }
    width = std::max(width, extent.width());
    y += kSectionGap;

    layout.controllerTitle = QRectF(left, y, 0, kTitleHeight);
    y += kTitleHeight + 4;
    layout.controller = controllerAt(plan.controller, QPointF(left, y));
    width = std::max(width, layout.controller.body.width());
    y = layout.controller.body.bottom() + kSectionGap;

    layout.timersTitle = QRectF(left, y, 0, kTitleHeight);
    y += kTitleHeight;
    layout.zones = placeFlow(plan.timers, QPointF(left, y), zoneAt, extent);
    width = std::max(width, extent.width());
    y += extent.height() + kFramePad;

    layout.frame = QRectF(topLeft, QPointF(topLeft.x() + width + 2 * kFramePad, y));
    layout.plan = std::move(plan);
    return layout;
}

} // namespace

ScalingLayout::ScalingLayout(std::vector<EnvironmentScaling> plan)
{
    double y = kMargin;
    double width = 0;
    for (EnvironmentScaling& environment : plan) {
        m_environments.push_back(environmentAt(std::move(environment), QPointF(kMargin, y)));
        y = m_environments.back().frame.bottom() + kEnvironmentGap;
        width = std::max(width, m_environments.back().frame.width());
    }
    // One width for every frame, so that stacked environments line up.
    for (EnvironmentLayout& environment : m_environments) {
        environment.frame.setWidth(width);
        environment.header.setWidth(width);
        for (QRectF* title :
             {&environment.frontEndsTitle, &environment.controllerTitle, &environment.timersTitle})
            title->setWidth(width - 2 * kFramePad);
    }
    if (!m_environments.empty())
        m_bounds =
            QRectF(0, 0, width + 2 * kMargin, m_environments.back().frame.bottom() + kMargin);
}

} // namespace topo
