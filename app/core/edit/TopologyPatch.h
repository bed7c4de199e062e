#pragma once

#include "core/model/Topology.h"

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace topo {

// Any element that lives in one of the topology's top-level arrays. Zones live inside their
// environment: a zone edit is an edit of that environment.
using ElementValue =
    std::variant<Site, Environment, Server, LoadBalancer, Database, MessageQueue, Note>;

const std::string& elementId(const ElementValue& value);

// The design-wide fields (everything but the element arrays).
struct DesignHeader {
    std::string name;
    std::string description;
    Scope scope = Scope::Infrastructure;
    Assumptions assumptions;
    bool operator==(const DesignHeader&) const = default;
};

DesignHeader headerOf(const Topology& topology);

// One element added (no `before`), removed (no `after`) or replaced (both). `index` is the
// element's position in its array: where an added element goes, where a removed one was.
struct ElementChange {
    std::optional<ElementValue> before;
    std::optional<ElementValue> after;
    std::size_t index = 0;
};

// A reversible edit of a topology, expressed as element states before and after. Every undo
// command of the designer carries one; applying it and reverting it are exact inverses.
class TopologyPatch {
public:
    void add(ElementValue value, std::size_t index);
    void remove(const Topology& topology, const std::string& id); // records the index itself
    void replace(ElementValue before, ElementValue after);
    void setHeader(DesignHeader before, DesignHeader after);

    // The patch that turns `before` into `after`: elements matched by id, arrays keeping the
    // relative order of the elements both share.
    static TopologyPatch between(const Topology& before, const Topology& after);

    void apply(Topology& topology) const;
    void revert(Topology& topology) const;

    // Folds a later patch that replaces some of the same elements into this one (a drag,
    // repeated typing, nudges that push a frame on the way); false for additions, removals
    // and edits of other elements altogether.
    bool mergeWith(const TopologyPatch& later);

    bool empty() const { return m_changes.empty() && !m_header; }
    const std::vector<ElementChange>& changes() const { return m_changes; }
    std::vector<std::string> touchedIds() const;
    bool structural() const; // adds or removes elements
    bool hasHeader() const { return m_header.has_value(); }
    bool isIdentity() const; // applying it changes nothing

private:
    std::vector<ElementChange> m_changes;
    std::optional<std::pair<DesignHeader, DesignHeader>> m_header;
};

} // namespace topo
