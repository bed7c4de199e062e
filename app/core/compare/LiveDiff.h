#pragma once

#include "core/analysis/EnvironmentAnalysis.h"
#include "core/compare/DesignDiff.h"
#include "core/compare/DesignFacts.h"
#include "core/model/Topology.h"
#include "core/rules/Finding.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace topo {

// compareDesigns(before, after) kept current while `after` is edited, at the cost of what
// each edit touched: the older design's facts are worked out once; of the newer one, only
// the elements an edit names are flattened again and compared, its findings and figures are
// taken from what the caller already has (the document's validation and shared analyses),
// and the single points of failure are searched again only when an edit changed more than
// names, descriptions and places. diff() always equals compareDesigns(before, after).
class LiveDiff {
public:
    // What one edit of the newer design touched.
    struct Edit {
        std::vector<std::string> ids; // elements added, removed or changed
        bool header = false;          // the design's own members
        bool whole = false;           // anything may have changed (a new design)
    };

    // `findings`: validate(after); `analyses`: analyzeEnvironment of each environment of
    // `after` in file order, without single points of failure.
    LiveDiff(std::shared_ptr<const Topology> before, const Topology& after,
             const std::vector<Finding>& findings,
             const std::vector<const EnvironmentAnalysis*>& analyses,
             const DiffOptions& options = {});

    void update(const Topology& after, const Edit& edit, const std::vector<Finding>& findings,
                const std::vector<const EnvironmentAnalysis*>& analyses);

    // The older design, shared with whoever draws it (never null).
    const std::shared_ptr<const Topology>& before() const { return m_before; }
    const DesignDiff& diff() const { return m_diff; }

private:
    // Flattens again the elements of `edit` (all of them for a whole edit) and compares
    // them; true when one of them changed more than its name, description or place.
    bool updateElements(const Topology& after, const Edit& edit);
    void compareKey(const compare::ElementKey& key);
    void updateSinglePoints(const Topology& after);
    void updateFigures(const std::vector<Finding>& findings,
                       const std::vector<const EnvironmentAnalysis*>& analyses);

    std::shared_ptr<const Topology> m_before;
    DiffOptions m_options;
    compare::DesignFacts m_old;
    compare::ElementMap m_elements; // the newer design's
    std::map<compare::ElementKey, ElementDiff> m_changes;
    std::map<std::string, std::vector<std::string>> m_singlePoints; // by environment, sorted
    DesignDiff m_diff;
};

} // namespace topo
