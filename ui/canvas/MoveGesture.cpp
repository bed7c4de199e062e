#include "ui/canvas/MoveGesture.h"

#include "core/edit/EditOperations.h"
#include "core/edit/EditSequence.h"
#include "core/edit/ElementLookup.h"
#include "core/edit/EnvironmentMove.h"
#include "core/layout/Geometry.h"
#include "core/model/DisplayName.h"
#include "editor/document/Document.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/ElementItem.h"

#include <QCoreApplication>

#include <map>
#include <unordered_set>

namespace topo {
namespace {

// The ids an environment carries when it moves (as moveElements() moves them) and its
// zones.
std::vector<std::string> contentOf(const Topology& t, const std::unordered_set<std::string>& envs)
{
    std::vector<std::string> ids;
    for (const Environment& env : t.environments)
        if (envs.count(env.id))
            for (const Zone& zone : env.zones)
                ids.push_back(zone.id);
    auto collect = [&](const auto& items) {
        for (const auto& item : items)
            if (envs.count(item.environment))
                ids.push_back(item.id);
    };
    collect(t.servers);
    collect(t.loadBalancers);
    collect(t.messageQueues);
    for (const Database& db : t.databases)
        if (!db.catalogs.empty() && envs.count(db.catalogs.front().environment))
            ids.push_back(db.id);
    return ids;
}

bool movesBetweenEnvironments(ElementKind kind)
{
    return kind == ElementKind::Server || kind == ElementKind::LoadBalancer ||
           kind == ElementKind::MessageQueue;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("MoveGesture", text);
}

} // namespace

MoveGesture::MoveGesture(CanvasScene& scene, const QPointF& start,
                         const std::vector<std::string>& ids, const std::string& anchorId)
    : m_scene(scene), m_start(start), m_ids(ids)
{
    std::unordered_set<std::string> envs;
    std::unordered_set<std::string> all(ids.begin(), ids.end());
    for (const std::string& id : ids)
        if (const ElementItem* item = scene.elementItem(id);
            item && item->kind() == ElementKind::Environment)
            envs.insert(id);
    for (const std::string& id : contentOf(scene.document()->topology(), envs))
        all.insert(id);
    for (const std::string& id : all) {
        QGraphicsItem* item = scene.elementItem(id);
        if (!item)
            item = scene.zoneItem(id);
        if (item)
            m_carried.push_back({item, item->pos()});
    }
    m_carriedIds = std::move(all);
    if (const ElementItem* anchor = scene.elementItem(anchorId))
        m_anchorOrigin = anchor->pos();
    QRectF dragged;
    for (const std::string& id : ids)
        if (const ElementItem* item = scene.elementItem(id))
            dragged = dragged.isNull() ? item->sceneRect() : dragged.united(item->sceneRect());
    m_guides = std::make_unique<AlignmentGuides>(scene, dragged, m_carriedIds, !envs.empty());
}

void MoveGesture::update(const QPointF& scenePos, double tolerance)
{
    // Snap the grabbed item's corner to the grid; everything else keeps its offset to it. An
    // alignment with another element near the unsnapped position wins over the grid.
    const QPointF raw = m_anchorOrigin + (scenePos - m_start);
    const QPointF snapped(layout::snapToGrid(raw.x()), layout::snapToGrid(raw.y()));
    const QPointF offset =
        m_guides->align(raw - m_anchorOrigin, snapped - m_anchorOrigin, tolerance);
    if (offset == m_offset)
        return;
    m_offset = offset;
    for (const Carried& c : m_carried)
        c.item->setPos(c.origin + m_offset);
}

void MoveGesture::cancel()
{
    for (const Carried& c : m_carried)
        c.item->setPos(c.origin);
    m_offset = QPointF();
}

std::optional<CanvasEdit> MoveGesture::finish() const
{
    if (!moved())
        return std::nullopt;
    const Topology& topology = m_scene.document()->topology();
    TopologyPatch move = moveElements(topology, m_ids, m_offset.x(), m_offset.y());

    // Servers, load balancers and queues dragged on their own into another environment's
    // frame join it there (moveToEnvironment: the same move as the inspector's).
    bool carriesEnvironment = false;
    for (const std::string& id : m_ids)
        if (kindOf(topology, id) == ElementKind::Environment)
            carriesEnvironment = true;
    QString joined;
    std::map<std::string, std::vector<std::string>> arrivals; // environment -> ids
    if (!carriesEnvironment) {
        // No frame moves with them: the frames are where the design has them.
        for (const std::string& id : m_ids) {
            const ElementItem* item = m_scene.elementItem(id);
            if (!item || !movesBetweenEnvironments(item->kind()))
                continue;
            const QPointF centre = item->sceneRect().center();
            const auto target = layout::environmentAt(topology, Point{centre.x(), centre.y()});
            if (target && target->id != environmentOf(topology, id)) {
                arrivals[target->id].push_back(id);
                joined = QString::fromStdString(target->name);
            }
        }
    }
    CanvasEdit edit{std::move(move), {}};
    if (!arrivals.empty()) {
        // The joins are worked out on the moved design, and all of it is one undo step.
        EditSequence edits(topology);
        edits.add(edit.patch);
        for (const auto& [environment, ids] : arrivals)
            edits.add(moveToEnvironment(edits.current(), ids, environment, Placement::Keep));
        edit.patch = edits.patch();
    }
    if (edit.patch.empty())
        return std::nullopt;
    const QString what =
        m_ids.size() == 1
            ? QString::fromStdString(displayName(topology, m_ids.front()))
            : QCoreApplication::translate("MoveGesture", "%n elements", nullptr, int(m_ids.size()));
    edit.text = joined.isEmpty() ? tr("Move %1").arg(what) : tr("Move %1 to %2").arg(what, joined);
    return edit;
}

} // namespace topo
