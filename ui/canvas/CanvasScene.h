#pragma once

#include "editor/paint/TopologyPainter.h"

#include <QGraphicsScene>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace topo {

class ConnectionsItem;
class Document;
class ElementItem;
class FlowLinesItem;
class FrameResizeGesture;
class MoveGesture;
class RemovedItem;
class ZoneItem;
struct DocumentChange;

// The canvas of one document: one item per element and zone plus the connections layer.
// Items are views of the model: the scene updates only the items a change touched, shows
// the findings as badges, the failover scenario's and the comparison's marks, keeps its selection
// equal to the document's and turns a drag of items into one patch applied on release.
class CanvasScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit CanvasScene(Document* document, QObject* parent = nullptr);
    ~CanvasScene() override;

    Document* document() const { return m_document; }
    const PaintOptions& paintOptions() const { return m_options; }
    void setTheme(const Theme& theme);
    // Lights up the frame of the environment a palette drag would drop into ("" = none).
    void setDropTarget(const std::string& environmentId);
    const std::string& dropTarget() const { return m_dropTarget; }
    // Leaves these kinds of connection line out of the canvas (View › Lines).
    void setHiddenLines(const std::vector<ConnectionKind>& kinds);

    ElementItem* elementItem(const std::string& id) const;
    ZoneItem* zoneItem(const std::string& id) const;
    // The ghost of an element the open design no longer has (while comparing).
    RemovedItem* removedItem(const std::string& id) const;
    // The scene rectangle of an element or zone that is drawn.
    std::optional<QRectF> itemRect(const std::string& id) const;
    // The rectangle around every element drawn.
    QRectF designRect() const;
    QStringList selectedIds() const;
    int elementItemCount() const { return int(m_items.size()); }

    // Drops every item and builds them again from the model.
    void rebuild();

    // render() without the connection lines: the overview's picture, where at its scale the
    // lines would hide the elements and cost most of the time.
    void renderWithoutLines(QPainter* painter, const QRectF& target, const QRectF& source);
    bool drawsLines() const { return !m_linesHidden; }
    const ConnectionsItem* connectionsItem() const { return m_connections; }

    // A network flow to draw over the canvas: the ids of its ends, "" for an end outside the
    // design (named by `outside`), and its port.
    struct Flow {
        std::string from;
        std::string to;
        QString outside;
        QString label;
    };
    // Draws these flows (the Network view's chosen row) over everything; none clears them.
    // A flow whose elements are not drawn is left out.
    void showFlows(const std::vector<Flow>& flows);
    const FlowLinesItem* flowLines() const { return m_flowLines; }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void helpEvent(QGraphicsSceneHelpEvent* event) override;

private:
    void onDocumentChanged(const DocumentChange& change);
    void onFindingsChanged();
    void onDocumentSelectionChanged();
    // Greys out what the document's failover scenario takes down and marks what is lost.
    void updateFailureMarks();
    // Marks what differs from the compared design and shows what it has that this has not.
    void updateCompareMarks();
    void onSceneSelectionChanged();

    ElementItem* addElementItem(const std::string& id);
    void removeElementItem(const std::string& id);
    // Creates, updates or removes the zone items of these environments; true when a zone
    // appeared, went, moved or changed size.
    bool syncZones(const std::vector<std::string>& environmentIds);
    // Derives the connections again and routes the lines of `moved` (nullptr: every line).
    void syncConnections(const std::unordered_set<std::string>* moved = nullptr);
    void updateSceneRect();
    std::optional<QRectF> zoneRegion(const std::string& environmentId,
                                     const std::string& zoneId) const;

    Document* m_document;
    PaintOptions m_options;
    std::unordered_map<std::string, ElementItem*> m_items;
    std::unordered_map<std::string, ZoneItem*> m_zones;
    std::unordered_map<std::string, RemovedItem*> m_removed;
    ConnectionsItem* m_connections;
    FlowLinesItem* m_flowLines = nullptr;
    // The selected environment frame whose resize handle is at `scenePos`, and the edges the
    // handle holds; nullptr when there is none.
    std::pair<ElementItem*, Qt::Edges> frameHandleAt(const QPointF& scenePos, double pixel) const;
    std::unique_ptr<MoveGesture> m_move;
    std::unique_ptr<FrameResizeGesture> m_resize;
    bool m_applyingSelection = false;
    std::string m_dropTarget;
    bool m_resizeCursorShown = false; // the pointer shows a handle's resize arrows
    bool m_linesHidden = false;       // while renderWithoutLines() paints
    bool m_failureMarks = false;      // some item shows a failover mark
    bool m_comparedSide = false;      // the compared design is shown (its badges)
    bool m_compareMarksShown = false; // items carry the marks of a comparison
};

} // namespace topo
