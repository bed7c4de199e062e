#pragma once

#include "core/edit/ElementLookup.h"
#include "core/model/Topology.h"
#include "core/rules/Finding.h"
#include "editor/paint/CompareMarks.h"
#include "editor/paint/DerivedConnections.h"
#include "editor/paint/Theme.h"

#include <QRectF>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

class QPainter;

namespace topo {

// How a whole design is drawn.
struct PaintOptions {
    Theme theme = Theme::light();
    bool background = true;  // fill with the theme's background (off: transparent PNG)
    bool grid = false;       // the canvas' snapping grid
    std::string environment; // draw only this environment and what it uses ("" = all)
    // Draw only these elements (environments and zones standing for their contents), the
    // frames that hold them and the connections among what is drawn; overrides `environment`.
    std::optional<std::vector<std::string>> only;
    // A comparison to mark (added, changed, removed elements); the side it names is drawn.
    std::shared_ptr<const CompareView> compare;
    // Kinds of connection line left out (View › Lines); none: every line is drawn.
    std::vector<ConnectionKind> hiddenLines;
    bool drawsLines(ConnectionKind kind) const
    {
        for (const ConnectionKind hidden : hiddenLines)
            if (hidden == kind)
                return false;
        return true;
    }
};

// The state of one element as the canvas shows it.
struct ElementState {
    bool selected = false;
    bool hovered = false;
    std::optional<Severity> severity; // worst finding naming the element
    bool failed = false;              // down in the failover scenario: greyed out and tagged
    std::string lost; // what an environment or zone stopped doing in it ("" = nothing)
};

using SeverityIndex = std::unordered_map<std::string, Severity>;
// The worst severity of the findings naming each element.
SeverityIndex worstSeverities(const std::vector<Finding>& findings);

// Per-element drawing, in scene units, into `rect` (the element's own rectangle). Canvas items
// and paintDesign() call these, so the window and the exports draw the same picture. Badges
// and selection outlines reach up to kBadgeOverhang outside `rect`.
inline constexpr double kBadgeOverhang = 10;
void paintEnvironment(QPainter& p, const QRectF& rect, const Environment& env,
                      const ElementState& state, const PaintOptions& options);
void paintZone(QPainter& p, const QRectF& rect, const Zone& zone, const ElementState& state,
               const PaintOptions& options);
void paintSite(QPainter& p, const QRectF& rect, const Site& site, const ElementState& state,
               const PaintOptions& options);
void paintServer(QPainter& p, const QRectF& rect, const Topology& topology, const Server& server,
                 const ElementState& state, const PaintOptions& options);
void paintLoadBalancer(QPainter& p, const QRectF& rect, const LoadBalancer& lb,
                       const ElementState& state, const PaintOptions& options);
void paintDatabase(QPainter& p, const QRectF& rect, const Database& db, const ElementState& state,
                   const PaintOptions& options);
void paintMessageQueue(QPainter& p, const QRectF& rect, const Topology& topology,
                       const MessageQueue& mq, const ElementState& state,
                       const PaintOptions& options);
void paintNote(QPainter& p, const QRectF& rect, const Note& note, const ElementState& state,
               const PaintOptions& options);

// Any top-level element with the painter of its kind (`topology` is the design holding it).
void paintElement(QPainter& p, const QRectF& rect, const Topology& topology,
                  const ElementValue& element, const ElementState& state,
                  const PaintOptions& options);
// The rectangle an element is drawn in (empty for a site without layout).
QRectF elementRect(const ElementValue& element);

// Draws derived connections between element rectangles (`rectOf` answers nullopt for an
// element that is not drawn): orthogonal routes with arrowheads; LifeTime's management lines
// run along a bus above the environment frames.
using RectLookup = std::function<std::optional<QRectF>(const std::string& id)>;
// With `obstacles`, lines go round the cards (ConnectionRouting).
namespace paint {
class LineObstacles;
}
void paintConnections(QPainter& p, const std::vector<Connection>& connections,
                      const RectLookup& rectOf, const PaintOptions& options,
                      const paint::LineObstacles* obstacles = nullptr);

// Whether paintDesign() draws the element with this id: every element, or those of the chosen
// environment or selection of `options`.
using ElementFilter = std::function<bool(const std::string& id)>;
ElementFilter drawnElements(const Topology& topology, const PaintOptions& options);

// The whole design in scene coordinates: sites, frames, zones, connections (under the cards),
// elements and badges, then the comparison's marks and ghosts when options.compare is set
// (its "before" design, with its own findings, is drawn in place of `topology` when that
// side is chosen). Set the painter's transform to map designBounds() to the device.
void paintDesign(QPainter& p, const Topology& topology, const std::vector<Finding>& findings,
                 const PaintOptions& options);

} // namespace topo
