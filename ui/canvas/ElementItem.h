#pragma once

#include "core/edit/ElementLookup.h"
#include "core/edit/TopologyPatch.h"
#include "core/rules/Finding.h"
#include "editor/paint/CompareMarks.h"

#include <QGraphicsItem>

class QPainter;

#include <optional>
#include <string>

namespace topo {

class CanvasScene;
struct Theme;

// The canvas view of one element of the design (site, environment, server, load balancer,
// database, queue or note). It keeps the element's last state for drawing and never changes
// the model: sync() pulls the state from the document, and the scene turns gestures into
// patches.
class ElementItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    ElementItem(const std::string& id, ElementKind kind);

    int type() const override { return Type; }
    const std::string& id() const { return m_id; }
    ElementKind kind() const { return m_kind; }
    const ElementValue& value() const { return *m_value; }

    // Takes the element's state from the model (position, size, what is drawn).
    void setElement(ElementValue value);
    // Pulls the element's state by id; false when the element no longer exists.
    bool sync(const Topology& topology);
    void setSeverity(std::optional<Severity> severity);
    // Lit up as where a palette drag would drop (environment frames).
    void setDropTarget(bool target);
    bool isDropTarget() const { return m_dropTarget; }
    // The severity its badge shows: the worst of its findings, none without findings.
    std::optional<Severity> severity() const { return m_severity; }
    // The failover scenario's marks: down (greyed out), and what an environment lost.
    void setFailure(bool failed, const std::string& lost);
    bool isFailed() const { return m_failed; }
    const std::string& lost() const { return m_lost; }
    // The comparison's mark (none when not compared or the same) and whether the element
    // is drawn as a ghost (it exists only in the open design and the compared one is shown);
    // `before`: the compared design is shown (a changed element is drawn as it was there).
    void setCompare(std::optional<CompareMark> mark, bool ghost, bool before);
    std::optional<CompareMark> compareMark() const { return m_compare; }
    bool isCompareGhost() const { return m_compareGhost; }
    bool showsComparedSide() const { return m_compareBefore; }

    // The element's own rectangle in scene coordinates (without badge or outline).
    QRectF sceneRect() const { return QRectF(pos(), m_size); }
    // Environments are picked by their title bar, so that a drag inside the frame's body
    // starts a rubber band.
    QPainterPath shape() const override;
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    static double zFor(ElementKind kind);
    // The size of a selected frame's resize handles, in screen pixels.
    static constexpr double kHandlePixels = 9;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    CanvasScene* canvasScene() const;
    void paintHandles(QPainter& painter, const QRectF& rect, const Theme& theme) const;
    void paintDropTarget(QPainter& painter, const QRectF& rect, const Theme& theme) const;

    std::string m_id;
    ElementKind m_kind;
    std::optional<ElementValue> m_value;
    QSizeF m_size;
    std::optional<Severity> m_severity;
    bool m_hovered = false;
    bool m_dropTarget = false;
    bool m_failed = false;
    std::string m_lost;
    std::optional<CompareMark> m_compare;
    bool m_compareGhost = false;
    bool m_compareBefore = false;
};

// The region drawn around a deployment zone's members; selectable by its label band.
class ZoneItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    ZoneItem(const std::string& id, const std::string& environmentId);

    int type() const override { return Type; }
    const std::string& id() const { return m_id; }
    const std::string& environmentId() const { return m_environmentId; }

    // The zone's state and its region (scene coordinates); no region hides the item.
    void setZone(const Zone& zone, const std::optional<QRectF>& region);
    void setSeverity(std::optional<Severity> severity);
    void setLost(const std::string& lost); // what the zone stopped doing in the scenario
    const std::string& lost() const { return m_lost; }

    QPainterPath shape() const override;
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    std::string m_id;
    std::string m_environmentId;
    Zone m_zone;
    QSizeF m_size;
    std::optional<Severity> m_severity;
    std::string m_lost;
};

} // namespace topo
