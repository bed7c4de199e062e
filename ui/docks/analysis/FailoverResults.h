#pragma once

#include "core/analysis/FailoverSimulation.h"

#include <QCoreApplication>

#include <string>
#include <vector>

class QTreeWidget;
class QTreeWidgetItem;

namespace topo {

class Document;
struct EnvironmentAnalysis;

// The Failover dock's results tree: for each environment what still works (serving and
// timers per zone, publishing, cache invalidation, LifeTime management) and the capacity
// left against the expected load, with the arithmetic as a tooltip. An environment opens
// when something in it stopped. show() rebuilds only the environments whose status or total
// capacity differ from what the tree shows: an edit of a large design redraws at most one
// environment's rows, not all of them.
class FailoverResults {
    Q_DECLARE_TR_FUNCTIONS(FailoverResults)
public:
    explicit FailoverResults(QTreeWidget* tree);

    // Shows `result`, the simulation of `document`'s failed elements.
    void show(const Document& document, const FailoverResult& result);
    // Empties the tree (no design).
    void clear();
    // The next show() rebuilds every environment (a new look).
    void forget() { m_shown.clear(); }

private:
    struct Shown {
        EnvironmentStatus status;
        // What the rows show of the shared analysis: a renamed server leaves it alone.
        double capacityTotal = 0;
        std::string totalArithmetic;
        bool lifetimeExists = false;
        bool operator==(const Shown&) const = default;
    };

    void addEnvironment(int index, const EnvironmentStatus& status,
                        const EnvironmentAnalysis& analysis, bool lifetimeExists);

    QTreeWidget* m_tree;
    std::vector<Shown> m_shown; // per top-level row
};

} // namespace topo
