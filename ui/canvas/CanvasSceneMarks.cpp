// The marks the canvas lays over its items: the findings' badges, the failover scenario's
// failed elements and lost capabilities, and the comparison's marks and removed elements.
#include "ui/canvas/CanvasScene.h"

#include "core/analysis/FailureMarks.h"
#include "core/edit/ElementLookup.h"
#include "core/rules/Validator.h"
#include "editor/document/DesignComparison.h"
#include "editor/document/Document.h"
#include "editor/paint/TopologyPainter.h"
#include "ui/canvas/ElementItem.h"
#include "ui/canvas/RemovedItem.h"

namespace topo {

void CanvasScene::onFindingsChanged()
{
    // The compared design shown: its own findings' badges.
    const DesignComparison* comparison = m_document->comparison();
    const bool before = comparison->isActive() && comparison->side() == CompareSide::Before;
    const SeverityIndex severities =
        worstSeverities(before ? validate(*comparison->before()) : m_document->findings());
    auto severityOf = [&severities](const std::string& id) -> std::optional<Severity> {
        const auto it = severities.find(id);
        return it == severities.end() ? std::nullopt : std::optional<Severity>(it->second);
    };
    for (const auto& [id, item] : m_items)
        item->setSeverity(severityOf(id));
    for (const auto& [id, zone] : m_zones)
        zone->setSeverity(severityOf(id));
}

void CanvasScene::updateFailureMarks()
{
    const std::vector<std::string>& failed = m_document->failedElements();
    // Without a scenario, and none shown, there is nothing to simulate or clear.
    if (failed.empty() && !m_failureMarks)
        return;
    const FailureMarks marks =
        failed.empty() ? FailureMarks{} : failureMarks(m_document->topology(), failed);
    auto lostOf = [&marks](const std::string& id) {
        const auto it = marks.lost.find(id);
        return it == marks.lost.end() ? std::string() : capabilityList(it->second);
    };
    for (const auto& [id, item] : m_items)
        item->setFailure(marks.down.count(id) > 0, lostOf(id));
    for (const auto& [id, zone] : m_zones)
        zone->setLost(lostOf(id));
    m_failureMarks = !failed.empty();
}

void CanvasScene::updateCompareMarks()
{
    const std::shared_ptr<const CompareView> view = m_document->comparison()->view();
    const bool before = view && view->side == CompareSide::Before;
    if (before != m_comparedSide) {
        m_comparedSide = before;
        onFindingsChanged();
    }
    // Not comparing, and no marks left from a comparison: nothing to visit.
    if (!view && !m_compareMarksShown)
        return;
    m_compareMarksShown = view != nullptr;
    for (const auto& [id, item] : m_items)
        item->setCompare(view ? view->markOf(id) : std::nullopt, view && view->isGhost(id),
                         view && view->side == CompareSide::Before);
    for (const auto& [id, item] : m_removed)
        delete item;
    m_removed.clear();
    if (!view)
        return;
    for (const auto& [id, mark] : view->marks) {
        if (mark != CompareMark::Removed)
            continue;
        if (auto element = findElement(*view->before, id)) {
            auto* item = new RemovedItem(id, std::move(*element), view);
            addItem(item);
            m_removed[id] = item;
        }
    }
}

} // namespace topo
