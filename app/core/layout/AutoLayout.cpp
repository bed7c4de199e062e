#include "core/layout/AutoLayout.h"

#include "core/edit/ElementArrays.h"
#include "core/layout/FrameGeometry.h"
#include "core/layout/Geometry.h"
#include "core/layout/LayoutConstants.h"
#include "core/layout/RowPacking.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_set>

namespace topo {

using namespace layout;

namespace {

// One element to place: where its position lives and the size of its card.
struct Card {
    std::optional<Point>* layout;
    double width;
    double height;
};

// What sits inside one environment frame, in drawing order.
struct EnvContent {
    Environment* env = nullptr;
    std::vector<Card> balancers;
    std::vector<std::vector<Card>> serverGroups; // one per zone, the unzoned last
    std::vector<Card> bottom;                    // databases and queues
    int zoneLevels = 0;                          // nesting levels of the zone regions
    std::optional<Rect> fixed;                   // the content already placed

    template <typename Fn> void forEachCard(Fn&& fn)
    {
        for (Card& c : balancers)
            fn(c);
        for (auto& group : serverGroups)
            for (Card& c : group)
                fn(c);
        for (Card& c : bottom)
            fn(c);
    }
};

Card serverCardOf(Server& s)
{
    return {&s.layout, kServerCardWidth, kServerCardHeight};
}

template <typename T> Card nodeCardOf(T& item)
{
    return {&item.layout, kNodeWidth, kNodeHeight};
}

// Servers grouped by the first non-default zone listing them, the rest in a last group.
std::vector<std::vector<Card>> serverGroups(Topology& topology, const Environment& env)
{
    std::map<std::string, std::size_t> groupOf;
    std::size_t zoneGroups = 0;
    for (const Zone& zone : env.zones) {
        if (zone.isDefault)
            continue;
        for (const std::string& member : zone.members)
            groupOf.emplace(member, zoneGroups);
        ++zoneGroups;
    }
    std::vector<std::vector<Card>> groups(zoneGroups + 1);
    for (Server& s : topology.servers) {
        if (s.environment != env.id)
            continue;
        const auto found = groupOf.find(s.id);
        groups[found == groupOf.end() ? zoneGroups : found->second].push_back(serverCardOf(s));
    }
    return groups;
}

std::vector<EnvContent> collect(Topology& topology, std::vector<Card>& loose)
{
    std::vector<EnvContent> contents;
    std::map<std::string, std::size_t> index;
    for (Environment& env : topology.environments) {
        index.emplace(env.id, contents.size());
        EnvContent c;
        c.env = &env;
        c.serverGroups = serverGroups(topology, env);
        for (const Zone& zone : env.zones)
            c.zoneLevels = std::max(c.zoneLevels, zoneDepth(env, zone) + 1);
        contents.push_back(std::move(c));
    }
    auto contentOf = [&](const std::string& envId) -> EnvContent* {
        const auto found = index.find(envId);
        return found == index.end() ? nullptr : &contents[found->second];
    };
    for (LoadBalancer& lb : topology.loadBalancers)
        if (EnvContent* c = contentOf(lb.environment))
            c->balancers.push_back(nodeCardOf(lb));
        else
            loose.push_back(nodeCardOf(lb));
    for (Database& db : topology.databases) {
        EnvContent* c = db.catalogs.empty() ? nullptr : contentOf(db.catalogs.front().environment);
        (c ? c->bottom : loose).push_back(nodeCardOf(db));
    }
    for (MessageQueue& mq : topology.messageQueues)
        if (EnvContent* c = contentOf(mq.environment))
            c->bottom.push_back(nodeCardOf(mq));
        else
            loose.push_back(nodeCardOf(mq));
    for (EnvContent& c : contents)
        c.forEachCard([&](Card& card) {
            if (*card.layout) {
                const Rect r{(*card.layout)->x, (*card.layout)->y, card.width, card.height};
                c.fixed = c.fixed ? united(*c.fixed, r) : r;
            }
        });
    return contents;
}

// Places the cards without a position in rows from (x, y), wrapping after `columns`; moves
// `y` below the row and widens `placed` to hold what was placed.
void placeRow(std::vector<Card>& cards, int columns, double x, double& y,
              std::optional<Rect>& placed)
{
    int n = 0;
    double rowHeight = 0;
    for (Card& card : cards) {
        if (*card.layout)
            continue;
        const int col = n % columns;
        if (col == 0 && n > 0) {
            y += rowHeight + kCardGapY;
            rowHeight = 0;
        }
        Point at;
        at.x = x + col * (card.width + kCardGapX);
        at.y = y;
        *card.layout = at;
        const Rect r{at.x, at.y, card.width, card.height};
        placed = placed ? united(*placed, r) : r;
        rowHeight = std::max(rowHeight, card.height);
        ++n;
    }
    if (n > 0)
        y += rowHeight;
}

std::size_t missingCount(const std::vector<Card>& cards)
{
    return static_cast<std::size_t>(std::count_if(
        cards.begin(), cards.end(), [](const Card& c) { return !c.layout->has_value(); }));
}

int columnsFitting(double width, double cardWidth, double gap)
{
    return std::max(1, static_cast<int>(std::floor((width + gap) / (cardWidth + gap))));
}

// Columns of the server grid of an environment with `servers` servers to place: up to four
// in one row; then a wide grid of at most ten columns, as long as it stays wider than tall;
// then as many columns as make the grid near square (the cards are wider than tall, so
// fewer columns than rows), so that a large environment is legible when the view fits it.
int serverColumnsFor(std::size_t servers)
{
    if (servers <= 4)
        return static_cast<int>(std::max<std::size_t>(servers, 1));
    const double n = static_cast<double>(servers);
    const int wide = std::min(10, static_cast<int>(std::ceil(std::sqrt(2.0 * n))));
    const double pitchX = kServerCardWidth + kCardGapX;
    const double pitchY = kServerCardHeight + kCardGapY;
    const int square = static_cast<int>(std::ceil(std::sqrt(n * pitchY / pitchX)));
    return std::max(wide, square);
}

// Lays out the environment's unplaced content from the top-left (x, y). `maxWidth` limits
// the rows (0 = free). Returns the rectangle of what was placed.
std::optional<Rect> placeContent(EnvContent& c, double x, double y, double maxWidth)
{
    std::size_t servers = 0;
    for (const auto& group : c.serverGroups)
        servers += missingCount(group);
    int serverColumns = serverColumnsFor(servers);
    if (maxWidth > 0)
        serverColumns =
            std::min(serverColumns, columnsFitting(maxWidth, kServerCardWidth, kCardGapX));
    const double rowWidth =
        std::max(maxWidth, serverColumns * (kServerCardWidth + kCardGapX) - kCardGapX);
    const int nodeColumns = columnsFitting(std::max(rowWidth, kNodeWidth), kNodeWidth, kCardGapX);

    std::optional<Rect> placed;
    auto section = [&](std::vector<Card>& cards, int columns, double gapAfter) {
        if (missingCount(cards) == 0)
            return;
        placeRow(cards, columns, x, y, placed);
        y = snapUp(y + gapAfter);
    };
    section(c.balancers, nodeColumns, kCardGapY);
    if (servers > 0 && c.zoneLevels > 0)
        y = snapUp(y + (kZoneHeaderHeight + kZonePadding) * c.zoneLevels);
    for (std::size_t g = 0; g < c.serverGroups.size(); ++g) {
        const bool zoneGroup = g + 1 < c.serverGroups.size();
        section(c.serverGroups[g], serverColumns, zoneGroup ? kZoneGroupGap : kCardGapY);
    }
    if (servers > 0 && c.zoneLevels > 0)
        y = snapUp(y + kZonePadding * c.zoneLevels);
    section(c.bottom, nodeColumns, 0);
    return placed;
}

void shiftContent(EnvContent& c, double dx, double dy)
{
    c.forEachCard([&](Card& card) {
        if (*card.layout) {
            (*card.layout)->x += dx;
            (*card.layout)->y += dy;
        }
    });
    if (c.fixed) {
        c.fixed->x += dx;
        c.fixed->y += dy;
    }
}

// Moves an automatic frame (and its content) right until it overlaps no settled frame.
void keepApart(EnvContent& c, Rect& frame, const std::vector<Rect>& settled)
{
    for (bool moved = true; moved;) {
        moved = false;
        for (const Rect& other : settled) {
            if (!overlaps(frame, other))
                continue;
            const double dx = other.x + other.width + kEnvironmentGap - frame.x;
            frame.x += dx;
            shiftContent(c, dx, 0);
            moved = true;
        }
    }
}

// Lays out each environment that has no frame on its own, then arranges their frames in
// rows from (x, y) so that together they come near the target aspect.
void placeNewEnvironments(std::vector<EnvContent>& contents, double x, double y,
                          double targetAspect)
{
    std::vector<EnvContent*> fresh;
    std::vector<BoxSize> sizes;
    for (EnvContent& c : contents) {
        if (c.env->layout)
            continue;
        const auto placed =
            placeContent(c, kEnvironmentPadding, kEnvironmentHeaderHeight + kEnvironmentPadding, 0);
        c.env->layout =
            placed ? frameAround(*placed) : Rect{0, 0, kEnvironmentMinWidth, kEnvironmentMinHeight};
        fresh.push_back(&c);
        sizes.push_back({c.env->layout->width, c.env->layout->height});
    }
    const std::vector<Point> at = packInRows(sizes, kEnvironmentGap, targetAspect);
    for (std::size_t i = 0; i < fresh.size(); ++i) {
        Rect& frame = *fresh[i]->env->layout;
        const double dx = x + at[i].x - frame.x;
        const double dy = y + at[i].y - frame.y;
        shiftContent(*fresh[i], dx, dy);
        frame.x += dx;
        frame.y += dy;
    }
}

} // namespace

bool AutoLayout::needsPlacement(const Topology& topology)
{
    auto anyMissing = [](const auto& items) {
        return std::any_of(items.begin(), items.end(),
                           [](const auto& item) { return !item.layout.has_value(); });
    };
    return anyMissing(topology.environments) || anyMissing(topology.servers) ||
           anyMissing(topology.loadBalancers) || anyMissing(topology.databases) ||
           anyMissing(topology.messageQueues);
}

bool AutoLayout::place(Topology& topology, double targetAspect)
{
    if (!needsPlacement(topology))
        return false;
    std::vector<Card> loose;
    std::vector<EnvContent> contents = collect(topology, loose);
    std::stable_partition(contents.begin(), contents.end(),
                          [](const EnvContent& c) { return c.env->purpose == Purpose::Lifetime; });

    std::vector<Rect> settled;
    // Frames the file gives stay where they are, grown to hold their content.
    for (EnvContent& c : contents)
        if (c.env->layout) {
            if (c.fixed)
                c.env->layout = united(*c.env->layout, frameAround(*c.fixed));
            settled.push_back(*c.env->layout);
        }
    // Frames around content placed by hand, kept apart from the others.
    for (EnvContent& c : contents)
        if (!c.env->layout && c.fixed) {
            Rect frame = frameAround(*c.fixed);
            keepApart(c, frame, settled);
            c.env->layout = frame;
            settled.push_back(frame);
        }
    // Missing content of framed environments goes below what is there.
    for (EnvContent& c : contents) {
        if (!c.env->layout)
            continue;
        Rect& frame = *c.env->layout;
        const double top = c.fixed ? c.fixed->y + c.fixed->height + kCardGapY
                                   : frame.y + kEnvironmentHeaderHeight + kEnvironmentPadding;
        const auto placed = placeContent(c, frame.x + kEnvironmentPadding, snapUp(top),
                                         frame.width - 2 * kEnvironmentPadding);
        if (placed)
            frame = united(frame, frameAround(*placed));
    }
    // Environments with nothing placed go to the right, in rows.
    double cursor = kMargin;
    double top = kMargin;
    if (!settled.empty()) {
        top = settled.front().y;
        for (const Rect& r : settled) {
            cursor = std::max(cursor, snapUp(r.x + r.width + kEnvironmentGap));
            top = std::min(top, r.y);
        }
    }
    placeNewEnvironments(contents, cursor, top, targetAspect);
    // Elements of no environment go in a row under everything.
    if (missingCount(loose) > 0) {
        const auto bounds = designBounds(topology);
        double y = bounds ? snapUp(bounds->y + bounds->height + kEnvironmentGap) : kMargin;
        std::optional<Rect> placed;
        placeRow(loose, 8, kMargin, y, placed);
    }
    return true;
}

void AutoLayout::placeOnly(Topology& topology, const std::vector<std::string>& ids)
{
    Topology placed = topology;
    if (!place(placed))
        return;
    const std::unordered_set<std::string> wanted(ids.begin(), ids.end());
    std::unordered_set<std::string> frames;
    auto take = [&](auto& items, const auto& placedItems, auto environmentOf) {
        for (std::size_t i = 0; i < items.size(); ++i)
            if (!items[i].layout && wanted.count(items[i].id)) {
                items[i].layout = placedItems[i].layout;
                frames.insert(environmentOf(items[i]));
            }
    };
    auto own = [](const auto& item) { return item.environment; };
    take(topology.servers, placed.servers, own);
    take(topology.loadBalancers, placed.loadBalancers, own);
    take(topology.databases, placed.databases, [](const Database& db) {
        return db.catalogs.empty() ? std::string() : db.catalogs.front().environment;
    });
    take(topology.messageQueues, placed.messageQueues, own);
    for (std::size_t i = 0; i < topology.environments.size(); ++i)
        if (topology.environments[i].layout && frames.count(topology.environments[i].id))
            topology.environments[i].layout = placed.environments[i].layout;
}

} // namespace topo
