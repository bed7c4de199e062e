#include "ui/canvas/CanvasScene.h"

#include "core/edit/ElementLookup.h"
#include "core/edit/FrameKeeping.h"
#include "core/layout/Geometry.h"
#include "core/layout/LayoutConstants.h"
#include "editor/document/DesignComparison.h"
#include "editor/document/Document.h"
#include "ui/canvas/ConnectionsItem.h"
#include "ui/canvas/ElementItem.h"
#include "ui/canvas/FlowLinesItem.h"
#include "ui/canvas/FrameResize.h"
#include "ui/canvas/ItemToolTip.h"
#include "ui/canvas/MoveGesture.h"
#include "ui/canvas/RemovedItem.h"

#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QToolTip>

#include <algorithm>
#include <unordered_set>

namespace topo {

namespace {

// How near (screen pixels) an edge or centre must come to another's to snap to it.
constexpr double kGuidePixels = 8;

QGraphicsView* viewOf(const QGraphicsSceneMouseEvent* event)
{
    return event->widget() ? qobject_cast<QGraphicsView*>(event->widget()->parent()) : nullptr;
}

// One screen pixel in scene units at the zoom of the view the event came from.
double pixelOf(const QGraphicsSceneMouseEvent* event)
{
    const QGraphicsView* view = viewOf(event);
    const double zoom = view ? view->transform().m11() : 1.0;
    return 1.0 / std::max(zoom, 0.01);
}

// kGuidePixels in scene units.
double guideTolerance(const QGraphicsSceneMouseEvent* event)
{
    return kGuidePixels * pixelOf(event);
}

} // namespace

CanvasScene::CanvasScene(Document* document, QObject* parent)
    : QGraphicsScene(parent), m_document(document), m_connections(nullptr)
{
    // Most items never move: the index makes hit tests and partial repaints cheap.
    setItemIndexMethod(BspTreeIndex);
    connect(document, &Document::changed, this, &CanvasScene::onDocumentChanged);
    connect(document, &Document::findingsChanged, this, &CanvasScene::onFindingsChanged);
    connect(document, &Document::selectionChanged, this, &CanvasScene::onDocumentSelectionChanged);
    connect(document, &Document::failuresChanged, this, &CanvasScene::updateFailureMarks);
    connect(document->comparison(), &DesignComparison::changed, this,
            &CanvasScene::updateCompareMarks);
    connect(this, &QGraphicsScene::selectionChanged, this, &CanvasScene::onSceneSelectionChanged);
    rebuild();
}

CanvasScene::~CanvasScene()
{
    // Items are deleted with the scene; selection changes during that must not reach the
    // document.
    disconnect(this, &QGraphicsScene::selectionChanged, this,
               &CanvasScene::onSceneSelectionChanged);
}

void CanvasScene::setTheme(const Theme& theme)
{
    m_options.theme = theme;
    update();
}

void CanvasScene::setDropTarget(const std::string& environmentId)
{
    if (environmentId == m_dropTarget)
        return;
    if (ElementItem* was = elementItem(m_dropTarget))
        was->setDropTarget(false);
    if (ElementItem* now = elementItem(environmentId))
        now->setDropTarget(true);
    m_dropTarget = environmentId;
}

void CanvasScene::setHiddenLines(const std::vector<ConnectionKind>& kinds)
{
    if (kinds == m_options.hiddenLines)
        return;
    m_options.hiddenLines = kinds;
    m_connections->update();
}

ElementItem* CanvasScene::elementItem(const std::string& id) const
{
    const auto it = m_items.find(id);
    return it == m_items.end() ? nullptr : it->second;
}

ZoneItem* CanvasScene::zoneItem(const std::string& id) const
{
    const auto it = m_zones.find(id);
    return it == m_zones.end() ? nullptr : it->second;
}

RemovedItem* CanvasScene::removedItem(const std::string& id) const
{
    const auto it = m_removed.find(id);
    return it == m_removed.end() ? nullptr : it->second;
}

std::optional<QRectF> CanvasScene::itemRect(const std::string& id) const
{
    if (const ElementItem* item = elementItem(id); item && item->isVisible())
        return item->sceneRect();
    if (const ZoneItem* zone = zoneItem(id); zone && zone->isVisible())
        return zone->sceneBoundingRect();
    return std::nullopt;
}

void CanvasScene::showFlows(const std::vector<Flow>& flows)
{
    std::vector<FlowLinesItem::Line> lines;
    for (const Flow& flow : flows) {
        const std::optional<QRectF> from = flow.from.empty() ? QRectF() : itemRect(flow.from);
        const std::optional<QRectF> to = flow.to.empty() ? QRectF() : itemRect(flow.to);
        if (from && to && !(from->isNull() && to->isNull()))
            lines.push_back({*from, *to, flow.outside, flow.label});
    }
    if (!m_flowLines) {
        if (lines.empty())
            return;
        m_flowLines = new FlowLinesItem;
        addItem(m_flowLines);
    }
    m_flowLines->setLines(std::move(lines), m_options.theme);
}

QRectF CanvasScene::designRect() const
{
    QRectF bounds;
    for (const auto& [id, item] : m_items)
        if (item->isVisible())
            bounds = bounds.isNull() ? item->sceneRect() : bounds.united(item->sceneRect());
    // Room for LifeTime's management lines above the frames.
    return bounds.adjusted(-20, -50, 20, 20);
}

QStringList CanvasScene::selectedIds() const
{
    QStringList ids;
    for (QGraphicsItem* item : selectedItems()) {
        if (item->type() == ElementItem::Type)
            ids.append(QString::fromStdString(static_cast<ElementItem*>(item)->id()));
        else if (item->type() == ZoneItem::Type)
            ids.append(QString::fromStdString(static_cast<ZoneItem*>(item)->id()));
    }
    return ids;
}

ElementItem* CanvasScene::addElementItem(const std::string& id)
{
    const auto kind = kindOf(m_document->topology(), id);
    if (!kind || *kind == ElementKind::Zone)
        return nullptr;
    auto* item = new ElementItem(id, *kind);
    addItem(item);
    if (!item->sync(m_document->topology())) {
        delete item;
        return nullptr;
    }
    m_items[id] = item;
    return item;
}

void CanvasScene::removeElementItem(const std::string& id)
{
    if (const auto it = m_items.find(id); it != m_items.end()) {
        delete it->second;
        m_items.erase(it);
    }
}

void CanvasScene::rebuild()
{
    m_move.reset();
    m_applyingSelection = true;
    clear();
    m_items.clear();
    m_zones.clear();
    m_removed.clear();
    m_flowLines = nullptr; // deleted by clear(); the Network view draws its flows again
    m_connections = new ConnectionsItem;
    addItem(m_connections);
    const Topology& t = m_document->topology();
    std::vector<std::string> environments;
    auto addAll = [this](const auto& elements, ElementKind kind) {
        for (const auto& e : elements) {
            auto* item = new ElementItem(e.id, kind);
            item->setElement(e);
            addItem(item);
            m_items[e.id] = item;
        }
    };
    addAll(t.sites, ElementKind::Site);
    addAll(t.environments, ElementKind::Environment);
    addAll(t.servers, ElementKind::Server);
    addAll(t.loadBalancers, ElementKind::LoadBalancer);
    addAll(t.databases, ElementKind::Database);
    addAll(t.messageQueues, ElementKind::MessageQueue);
    addAll(t.notes, ElementKind::Note);
    for (const Environment& env : t.environments)
        environments.push_back(env.id);
    m_applyingSelection = false;
    syncZones(environments);
    syncConnections();
    onFindingsChanged();
    onDocumentSelectionChanged();
    m_failureMarks = true; // the new items carry none, but the scenario may have some
    updateFailureMarks();
    updateCompareMarks();
    updateSceneRect();
}

void CanvasScene::onDocumentChanged(const DocumentChange& change)
{
    if (change.reset) {
        rebuild();
        return;
    }
    if (m_move) {
        m_move->cancel();
        m_move.reset();
    }
    const Topology& t = m_document->topology();
    std::unordered_set<std::string> envs;
    bool framesChanged = false;
    auto noteEnvironment = [&](const ElementItem& item) {
        std::visit(
            [&](const auto& e) {
                using T = std::decay_t<decltype(e)>;
                if constexpr (std::is_same_v<T, Environment>)
                    envs.insert(e.id);
                else if constexpr (std::is_same_v<T, Server>)
                    envs.insert(e.environment);
            },
            item.value());
        framesChanged = framesChanged || item.kind() == ElementKind::Environment ||
                        item.kind() == ElementKind::Site;
    };
    std::unordered_set<std::string> moved; // elements added, removed, moved or resized
    bool linesMayChange = change.structural;
    for (const std::string& id : change.ids) {
        if (ElementItem* item = elementItem(id)) {
            noteEnvironment(*item); // where it was
            const QRectF was = item->sceneRect();
            const ElementValue before = item->value();
            if (!item->sync(t)) {
                removeElementItem(id);
                moved.insert(id);
                linesMayChange = true;
                continue;
            }
            if (item->sceneRect() != was)
                moved.insert(id);
            linesMayChange = linesMayChange || changesConnections(before, item->value());
            noteEnvironment(*item); // where it is now
        } else if (ElementItem* added = addElementItem(id)) {
            noteEnvironment(*added);
            moved.insert(id);
            linesMayChange = true;
        }
    }
    const bool zonesMoved = syncZones(std::vector<std::string>(envs.begin(), envs.end()));
    // Only the lines of what moved are routed again; the lines are derived again only when
    // a change can give other ones (a rename or new hardware keeps them all).
    if (linesMayChange)
        syncConnections(&moved);
    else if (!moved.empty())
        m_connections->refresh(&moved);
    // Cards show their environment's purpose and their site's name.
    if (framesChanged)
        update();
    updateFailureMarks();
    updateCompareMarks();
    if (!moved.empty() || zonesMoved)
        updateSceneRect();
}

std::optional<QRectF> CanvasScene::zoneRegion(const std::string& environmentId,
                                              const std::string& zoneId) const
{
    const Topology& t = m_document->topology();
    for (const Environment& env : t.environments)
        if (env.id == environmentId)
            for (const Zone& zone : env.zones)
                if (zone.id == zoneId) {
                    std::optional<QRectF> box;
                    for (const std::string& member : zone.members)
                        if (const ElementItem* item = elementItem(member))
                            box = box ? box->united(item->sceneRect()) : item->sceneRect();
                    if (!box)
                        return std::nullopt;
                    // The same outline as layout::zoneRect, from the items' rectangles.
                    const double levels = layout::zoneDepth(env, zone) + 1;
                    const double pad = layout::kZonePadding * levels;
                    const double top = (layout::kZonePadding + layout::kZoneHeaderHeight) * levels;
                    return box->adjusted(-pad, -top, pad, pad);
                }
    return std::nullopt;
}

bool CanvasScene::syncZones(const std::vector<std::string>& environmentIds)
{
    bool moved = false;
    const Topology& t = m_document->topology();
    const std::unordered_set<std::string> wanted(environmentIds.begin(), environmentIds.end());
    std::unordered_set<std::string> present;
    for (const Environment& env : t.environments) {
        if (!wanted.count(env.id))
            continue;
        for (const Zone& zone : env.zones) {
            present.insert(zone.id);
            ZoneItem*& item = m_zones[zone.id];
            if (!item) {
                item = new ZoneItem(zone.id, env.id);
                addItem(item);
                moved = true;
            }
            const QRectF was = item->sceneBoundingRect();
            item->setZone(zone, zoneRegion(env.id, zone.id));
            moved = moved || item->sceneBoundingRect() != was;
        }
    }
    for (auto it = m_zones.begin(); it != m_zones.end();) {
        if (wanted.count(it->second->environmentId()) && !present.count(it->first)) {
            delete it->second;
            it = m_zones.erase(it);
            moved = true;
        } else {
            ++it;
        }
    }
    return moved;
}

void CanvasScene::syncConnections(const std::unordered_set<std::string>* moved)
{
    m_connections->setConnections(deriveConnections(m_document->topology()), moved);
}

void CanvasScene::updateSceneRect()
{
    // Generous room around the design so that the view can scroll past its edges.
    const QRectF design = designRect();
    setSceneRect(design.adjusted(-2000, -2000, 2000, 2000));
}

void CanvasScene::onDocumentSelectionChanged()
{
    const QStringList& ids = m_document->selection();
    const std::unordered_set<QString> wanted(ids.begin(), ids.end());
    m_applyingSelection = true;
    for (const auto& [id, item] : m_items)
        item->setSelected(wanted.count(QString::fromStdString(id)) > 0);
    for (const auto& [id, zone] : m_zones)
        zone->setSelected(wanted.count(QString::fromStdString(id)) > 0);
    m_applyingSelection = false;
}

void CanvasScene::onSceneSelectionChanged()
{
    if (!m_applyingSelection)
        m_document->setSelection(selectedIds());
}

std::pair<ElementItem*, Qt::Edges> CanvasScene::frameHandleAt(const QPointF& scenePos,
                                                              double pixel) const
{
    for (QGraphicsItem* item : selectedItems()) {
        if (item->type() != ElementItem::Type)
            continue;
        auto* frame = static_cast<ElementItem*>(item);
        if (frame->kind() != ElementKind::Environment)
            continue;
        const Qt::Edges edges =
            topo::frameHandleAt(frame->sceneRect(), scenePos, ElementItem::kHandlePixels * pixel);
        if (edges)
            return {frame, edges};
    }
    return {nullptr, {}};
}

void CanvasScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    m_resize.reset();
    if (event->button() == Qt::LeftButton) {
        // A press on a selected frame's handle resizes it (no rubber band, no move).
        const auto [frame, edges] = frameHandleAt(event->scenePos(), pixelOf(event));
        if (frame) {
            m_move.reset();
            m_resize =
                std::make_unique<FrameResizeGesture>(*this, *frame, edges, event->scenePos());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    m_move.reset();
    if (event->button() != Qt::LeftButton)
        return;
    auto* grabbed = dynamic_cast<ElementItem*>(mouseGrabberItem());
    if (!grabbed || !grabbed->isSelected())
        return;
    std::vector<std::string> ids;
    for (QGraphicsItem* item : selectedItems())
        if (item->type() == ElementItem::Type)
            ids.push_back(static_cast<ElementItem*>(item)->id());
    m_move = std::make_unique<MoveGesture>(*this, event->scenePos(), ids, grabbed->id());
}

void CanvasScene::renderWithoutLines(QPainter* painter, const QRectF& target, const QRectF& source)
{
    m_linesHidden = true;
    render(painter, target, source);
    m_linesHidden = false;
}

void CanvasScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_resize && (event->buttons() & Qt::LeftButton)) {
        m_resize->update(event->scenePos());
        event->accept();
        return;
    }
    if (event->buttons() == Qt::NoButton)
        if (QGraphicsView* view = viewOf(event)) {
            // Over a handle the pointer tells which way it resizes.
            const Qt::Edges edges = frameHandleAt(event->scenePos(), pixelOf(event)).second;
            if (edges) {
                view->viewport()->setCursor(resizeCursor(edges));
                m_resizeCursorShown = true;
            } else if (m_resizeCursorShown) {
                view->viewport()->unsetCursor();
                m_resizeCursorShown = false;
            }
        }
    if (m_move && (event->buttons() & Qt::LeftButton)) {
        m_move->update(event->scenePos(), guideTolerance(event));
        m_connections->refresh(&m_move->carriedIds());
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void CanvasScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_resize && event->button() == Qt::LeftButton) {
        const std::unique_ptr<FrameResizeGesture> resize = std::move(m_resize);
        if (auto edit = resize->finish())
            m_document->apply(keepFramesApart(m_document->topology(), edit->patch), edit->text);
        else
            resize->cancel();
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || !m_move)
        return;
    // The gesture's items may be rebuilt by the change: take the edit, then drop the gesture.
    const std::unique_ptr<MoveGesture> move = std::move(m_move);
    if (auto edit = move->finish())
        m_document->apply(keepFramesApart(m_document->topology(), edit->patch), edit->text);
    else
        move->cancel();
}

void CanvasScene::helpEvent(QGraphicsSceneHelpEvent* event)
{
    const QString text = itemToolTip(*this, event->scenePos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->screenPos(), text);
    event->setAccepted(!text.isEmpty());
}

} // namespace topo
