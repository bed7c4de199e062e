#pragma once

#include "core/model/Json.h"
#include "core/model/Topology.h"
#include "core/rules/Finding.h"

#include <string>
#include <string_view>
#include <vector>

namespace topo {

// One member of an element that differs between the two designs, named by its dotted path in
// the canonical file form ("hardware.cpuCores", "layout.x", "roles"). Values are written as
// JSON text (4, 62.5, true, "Front-end 1"); "(none)" when the member is absent on that side.
// Arrays whose order carries no meaning (roles, targets, zone members, catalogs) are compared
// as sets: `added` and `removed` list the items that differ, sorted, and before/after hold
// the whole sorted lists. Other members leave `added` and `removed` empty.
struct MemberChange {
    std::string member;
    std::string before;
    std::string after;
    std::vector<std::string> added;
    std::vector<std::string> removed;
    bool operator==(const MemberChange&) const = default;
};

// True for "layout" and the members under it: the element's place on the canvas.
bool isLayoutMember(const MemberChange& change);

// "hardware.cpuCores: 4 → 8", "roles: +scheduler, −frontend" (added items, then removed).
std::string describe(const MemberChange& change);

// One element (or the design's own members) that differs, matched by element type and id.
// Moved: only layout members differ. Changed: some other member differs; its layout members,
// when they differ too, are listed with the others. Added and Removed list no members.
struct ElementDiff {
    enum class Kind { Added, Removed, Changed, Moved };
    Kind kind = Kind::Changed;
    // "" for the design itself.
    std::string id;
    // design, site, environment, zone, server, loadBalancer, database, messageQueue, note.
    std::string elementType;
    // The newer side's name (a removed element's: the older side's; a note: the first line
    // of its text; "" when it has none).
    std::string name;
    // Environment id: an environment's own, a zone's, a server's, load balancer's or queue's;
    // "" for sites, databases, notes and the design.
    std::string environment;
    // Sorted by member path.
    std::vector<MemberChange> members;
    bool operator==(const ElementDiff&) const = default;
};

std::string_view toString(ElementDiff::Kind kind); // "added", "removed", "changed", "moved"

// "FE-HW-UNIFORM (warning) prod-fe1, prod-fe2: message" (no subjects: "RULE (severity): ...").
std::string findingText(const Finding& finding);

// A finding of the validator that one design has and the other has not (the whole finding is
// compared: rule, severity, subjects, environment and message).
struct FindingChange {
    bool appeared = false; // false: the before design had it, the after design has not
    Finding finding;
    bool operator==(const FindingChange&) const = default;
};

// One analysis figure of an environment as the analysis writes it: figure is one of
// "front-ends", "capacity", "N-1", "balanced deployment", "serving availability"; before or
// after is "(none)" when the environment is absent on that side.
struct FigureChange {
    std::string figure;
    std::string before;
    std::string after;
    bool operator==(const FigureChange&) const = default;
};

// An environment whose analysis figures or single points of failure differ.
struct EnvironmentChange {
    std::string id;
    std::string name;                          // the newer side's
    std::vector<FigureChange> figures;         // only those that differ, in the order above
    std::vector<std::string> spofsAppeared;    // element ids, sorted
    std::vector<std::string> spofsDisappeared; // element ids, sorted
    bool operator==(const EnvironmentChange&) const = default;
};

// What changed from `before` to `after`. Everything sorted, so that the result (and its JSON
// and text) does not depend on the order of the arrays in the files.
struct DesignDiff {
    std::vector<ElementDiff> elements;           // by id, then element type
    std::vector<FindingChange> findings;         // by rule, subjects, environment, message
    std::vector<EnvironmentChange> environments; // by id
    bool same() const { return elements.empty() && findings.empty() && environments.empty(); }
    bool operator==(const DesignDiff&) const = default;
};

struct DiffOptions {
    bool ignoreLayout = false; // leave out layout members and moved elements
};

// The generator and the format version are not compared: re-saving with another version of
// the program does not change the design.
DesignDiff compareDesigns(const Topology& before, const Topology& after,
                          const DiffOptions& options = {});

// The element changes only (no validation, no analysis): cheap enough for every edit.
std::vector<ElementDiff> compareElements(const Topology& before, const Topology& after,
                                         const DiffOptions& options = {});

// `topology-cli diff --format json`: {"same", "elements", "findings", "environments",
// "summary"}, keys sorted, arrays in the order of DesignDiff.
nlohmann::json toJson(const DesignDiff& diff);

// `topology-cli diff --format text`: the element changes, the findings that appear and
// disappear, the environments' figures and single points of failure, then summaryLine().
std::vector<std::string> diffLines(const DesignDiff& diff);

// "2 element changes (1 added, 0 removed, 1 changed, 0 moved), 1 finding appeared, 0
// disappeared, 1 environment with other figures." or "The designs are the same."
std::string summaryLine(const DesignDiff& diff);

// One design as stable lines, one per member, finding, figure and single point of failure,
// in the order of the comparison, each naming what it is about:
//   server prod-fe1 hardware.cpuCores: 4
//   finding FE-HW-UNIFORM (warning) prod-fe1: message
//   environment prod capacity: 750 req/s
//   environment prod single point of failure: dc-b
// A line diff of two designs' lines shows what changed (`topology-cli diff --textconv`).
std::vector<std::string> designLines(const Topology& topology, const DiffOptions& options = {});

} // namespace topo
