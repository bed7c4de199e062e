// The view's editing commands: palette drops and the arrangement of the selection.
#include "core/edit/Arrange.h"
#include "core/edit/DeletionScope.h"
#include "core/edit/EditOperations.h"
#include "core/edit/ElementArrays.h"
#include "core/edit/ElementFactory.h"
#include "core/edit/FrameKeeping.h"
#include "core/edit/PastePlacement.h"
#include "core/edit/TidyUp.h"
#include "core/layout/Geometry.h"
#include "core/layout/LayoutConstants.h"
#include "core/model/DisplayName.h"
#include "editor/document/Document.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"
#include "ui/canvas/MoveGesture.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>

#include <algorithm>

namespace topo {
namespace {

const QString kPaletteMime = QStringLiteral("application/x-topology-palette");

std::optional<ElementKind> paletteKind(const QMimeData* mime)
{
    if (!mime || !mime->hasFormat(kPaletteMime))
        return std::nullopt;
    return parseElementKind(mime->data(kPaletteMime).toStdString());
}

// How the refusal of a drop names the kind ("server", "load balancer").
QString paletteKindName(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Server:
        return CanvasView::tr("server");
    case ElementKind::LoadBalancer:
        return CanvasView::tr("load balancer");
    case ElementKind::MessageQueue:
        return CanvasView::tr("RabbitMQ cluster");
    case ElementKind::Zone:
        return CanvasView::tr("deployment zone");
    default:
        return CanvasView::tr("element");
    }
}

// The top-left corner that centres a new element of `kind` on the drop point.
Point dropCorner(ElementKind kind, const QPointF& at)
{
    QSizeF size;
    if (kind == ElementKind::Server)
        size = {layout::kServerCardWidth, layout::kServerCardHeight};
    else if (kind == ElementKind::LoadBalancer || kind == ElementKind::Database ||
             kind == ElementKind::MessageQueue)
        size = {layout::kNodeWidth, layout::kNodeHeight};
    const QPointF corner = at - QPointF(size.width() / 2, size.height() / 2);
    return layout::snapToGrid(Point{corner.x(), corner.y()});
}

} // namespace

std::vector<std::string> CanvasView::selectedIds() const
{
    std::vector<std::string> ids;
    for (const QString& id : m_document->selection())
        ids.push_back(id.toStdString());
    return ids;
}

void CanvasView::applyEdit(const CanvasEdit& edit)
{
    if (!edit.patch.empty())
        m_document->apply(keepFramesApart(m_document->topology(), edit.patch), edit.text);
}

void CanvasView::alignLeft()
{
    applyEdit(
        {alignElements(m_document->topology(), selectedIds(), Alignment::Left), tr("Align left")});
}

void CanvasView::alignRight()
{
    applyEdit({alignElements(m_document->topology(), selectedIds(), Alignment::Right),
               tr("Align right")});
}

void CanvasView::alignTop()
{
    applyEdit(
        {alignElements(m_document->topology(), selectedIds(), Alignment::Top), tr("Align top")});
}

void CanvasView::alignBottom()
{
    applyEdit({alignElements(m_document->topology(), selectedIds(), Alignment::Bottom),
               tr("Align bottom")});
}

void CanvasView::alignHorizontalCenters()
{
    applyEdit({alignElements(m_document->topology(), selectedIds(), Alignment::HorizontalCenter),
               tr("Align centres")});
}

void CanvasView::alignVerticalCenters()
{
    applyEdit({alignElements(m_document->topology(), selectedIds(), Alignment::VerticalCenter),
               tr("Align middles")});
}

void CanvasView::distributeHorizontally()
{
    applyEdit({distributeElements(m_document->topology(), selectedIds(), Axis::Horizontal),
               tr("Distribute horizontally")});
}

void CanvasView::distributeVertically()
{
    applyEdit({distributeElements(m_document->topology(), selectedIds(), Axis::Vertical),
               tr("Distribute vertically")});
}

std::vector<std::string> CanvasView::arrangedEnvironments() const
{
    const Topology& topology = m_document->topology();
    std::vector<std::string> ids;
    for (const std::string& id : selectedIds())
        if (const std::string env = environmentOf(topology, id);
            !env.empty() && std::find(ids.begin(), ids.end(), env) == ids.end())
            ids.push_back(env);
    if (ids.empty())
        for (const Environment& env : topology.environments)
            ids.push_back(env.id);
    return ids;
}

namespace {

QString environmentsText(const Topology& topology, const std::vector<std::string>& ids)
{
    return ids.size() == 1 ? QString::fromStdString(displayName(topology, ids.front()))
                           : CanvasView::tr("%n environments", nullptr, int(ids.size()));
}

} // namespace

void CanvasView::tidyEnvironments(const std::vector<std::string>& environmentIds)
{
    const Topology& topology = m_document->topology();
    applyEdit({topo::tidyUp(topology, environmentIds),
               tr("Tidy up %1").arg(environmentsText(topology, environmentIds))});
}

void CanvasView::fitEnvironments(const std::vector<std::string>& environmentIds)
{
    const Topology& topology = m_document->topology();
    applyEdit({topo::fitFramesToContent(topology, environmentIds),
               tr("Fit %1 to content").arg(environmentsText(topology, environmentIds))});
}

void CanvasView::tidyUp()
{
    tidyEnvironments(arrangedEnvironments());
}

void CanvasView::fitFramesToContent()
{
    fitEnvironments(arrangedEnvironments());
}

void CanvasView::deleteSelection()
{
    std::vector<std::string> ids = selectedIds();
    if (ids.empty())
        return;
    // A deleted environment's own database would stay behind holding nothing: ask.
    const Topology& topology = m_document->topology();
    if (const std::vector<std::string> dependents = usedOnlyBy(topology, ids);
        !dependents.empty()) {
        QStringList names;
        for (const std::string& id : dependents)
            names.append(QString::fromStdString(displayName(topology, id)));
        const QString deleted = ids.size() == 1
                                    ? QString::fromStdString(displayName(topology, ids.front()))
                                    : tr("%n elements", nullptr, int(ids.size()));
        switch (askAlsoDelete(deleted, names)) {
        case AlsoDelete::Cancel:
            return;
        case AlsoDelete::Yes:
            ids.insert(ids.end(), dependents.begin(), dependents.end());
            break;
        case AlsoDelete::No:
            break;
        }
    }
    const QString text =
        ids.size() == 1
            ? tr("Delete %1")
                  .arg(QString::fromStdString(displayName(m_document->topology(), ids.front())))
            : tr("Delete %n elements", nullptr, int(ids.size()));
    applyEdit({removeElements(m_document->topology(), ids), text});
}

void CanvasView::selectAll()
{
    QStringList ids;
    const Topology& t = m_document->topology();
    auto collect = [&ids](const auto& items) {
        for (const auto& item : items)
            ids.append(QString::fromStdString(item.id));
    };
    collect(t.environments);
    collect(t.servers);
    collect(t.loadBalancers);
    collect(t.databases);
    collect(t.messageQueues);
    collect(t.notes);
    m_document->setSelection(ids);
}

void CanvasView::selectEnvironmentContent(const std::string& environmentId)
{
    const Topology& t = m_document->topology();
    QStringList ids;
    auto collect = [&](const auto& items) {
        for (const auto& item : items)
            if (environmentOf(t, item.id) == environmentId)
                ids.append(QString::fromStdString(item.id));
    };
    collect(t.servers);
    collect(t.loadBalancers);
    collect(t.databases);
    collect(t.messageQueues);
    m_document->setSelection(ids);
}

void CanvasView::addElement(const QString& kindName)
{
    const auto kind = parseElementKind(kindName.toStdString());
    if (!kind)
        return;
    const Topology& topology = m_document->topology();
    std::string environment;
    const std::string anchor = !m_focusedId.empty() ? m_focusedId
                               : m_document->selection().isEmpty()
                                   ? std::string()
                                   : m_document->selection().front().toStdString();
    if (!anchor.empty())
        environment = environmentOf(topology, anchor);
    const QPointF middle = mapToScene(viewport()->rect().center());
    if (environment.empty())
        if (const Environment* env = layout::environmentAt(topology, Point{middle.x(), middle.y()}))
            environment = env->id;
    if (environment.empty() && !topology.environments.empty())
        environment = topology.environments.front().id;
    // Where it starts from: the top of the environment's content, or right of the design for
    // a new environment; then the nearest free spot (placeClearOfOthers).
    Point at = dropCorner(*kind, middle);
    const Environment* env = findById(topology.environments, environment);
    if (*kind == ElementKind::Environment) {
        const QRectF design = m_scene->designRect();
        at = layout::snapToGrid(Point{design.right() + layout::kEnvironmentGap, design.top()});
    } else if (env && env->layout && *kind != ElementKind::Note) {
        at = layout::snapToGrid(
            Point{env->layout->x + layout::kEnvironmentPadding,
                  env->layout->y + layout::kEnvironmentHeaderHeight + layout::kEnvironmentPadding});
    }
    ElementFactory factory(topology);
    auto creation = factory.create(*kind, environment, at);
    if (!creation)
        return;
    Topology after = topology;
    creation->patch.apply(after);
    placeClearOfOthers(after, {creation->id});
    const std::string id = creation->id;
    applyEdit({TopologyPatch::between(topology, after), QString::fromStdString(creation->text)});
    focusElement(id);
}

CanvasView::DropPlace CanvasView::dropPlace(ElementKind kind, const QPointF& scenePos) const
{
    const Environment* env =
        layout::environmentAt(m_document->topology(), Point{scenePos.x(), scenePos.y()});
    DropPlace place;
    if (kind == ElementKind::Environment || kind == ElementKind::Site || kind == ElementKind::Note)
        return place; // anywhere; no frame takes them
    if (env) {
        place.environment = env->id;
        return place;
    }
    if (kind != ElementKind::Database) // a database may stand outside every frame
        place.refusal = tr("A %1 belongs to an environment: drop it on an environment's frame")
                            .arg(paletteKindName(kind));
    return place;
}

void CanvasView::dragEnterEvent(QDragEnterEvent* event)
{
    if (paletteKind(event->mimeData()))
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void CanvasView::dragMoveEvent(QDragMoveEvent* event)
{
    const auto kind = paletteKind(event->mimeData());
    if (!kind) {
        QGraphicsView::dragMoveEvent(event);
        return;
    }
    // The frame that will take the element lights up; where none would, the pointer says no.
    const DropPlace place = dropPlace(*kind, mapToScene(event->position().toPoint()));
    m_scene->setDropTarget(place.environment);
    if (place.refusal.isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void CanvasView::dragLeaveEvent(QDragLeaveEvent* event)
{
    m_scene->setDropTarget({});
    QGraphicsView::dragLeaveEvent(event);
}

void CanvasView::dropEvent(QDropEvent* event)
{
    const auto kind = paletteKind(event->mimeData());
    if (!kind) {
        QGraphicsView::dropEvent(event);
        return;
    }
    m_scene->setDropTarget({});
    const QPointF at = mapToScene(event->position().toPoint());
    const Topology& topology = m_document->topology();
    const DropPlace place = dropPlace(*kind, at);
    ElementFactory factory(topology);
    auto creation = place.refusal.isEmpty()
                        ? factory.create(*kind, place.environment, dropCorner(*kind, at))
                        : std::nullopt;
    if (!creation) {
        Q_EMIT statusMessage(place.refusal.isEmpty() ? tr("Nothing can be added there")
                                                     : place.refusal);
        event->ignore();
        return;
    }
    const QString id = QString::fromStdString(creation->id);
    applyEdit({std::move(creation->patch), QString::fromStdString(creation->text)});
    m_document->setSelection({id});
    event->acceptProposedAction();
}

} // namespace topo
