#include "core/compare/LiveDiff.h"

#include "core/analysis/SinglePointsOfFailure.h"

#include <algorithm>
#include <unordered_set>

namespace topo {

namespace {

using compare::ElementFacts;
using compare::ElementKey;
using compare::ElementMap;

// An edit naming more elements than this (a large paste, an undone import) flattens the
// whole newer design again: a scan per element would cost more.
constexpr std::size_t kWholeAbove = 256;

const ElementKey kDesignKey{"", "design"};

// A design with the newer design's own members and only the elements named in `ids`, for
// elementFacts to flatten them (an environment with its zones).
Topology elementsOnly(const Topology& design, const std::unordered_set<std::string>& ids)
{
    Topology part;
    part.formatVersion = design.formatVersion;
    part.generator = design.generator;
    part.name = design.name;
    part.description = design.description;
    part.scope = design.scope;
    part.assumptions = design.assumptions;
    part.extra = design.extra;
    const auto copy = [&ids](const auto& from, auto& to) {
        for (const auto& element : from)
            if (ids.count(element.id))
                to.push_back(element);
    };
    copy(design.sites, part.sites);
    copy(design.environments, part.environments);
    copy(design.servers, part.servers);
    copy(design.loadBalancers, part.loadBalancers);
    copy(design.databases, part.databases);
    copy(design.messageQueues, part.messageQueues);
    copy(design.notes, part.notes);
    return part;
}

// Members that no rule of the availability model reads: what an element is called, what it
// says and where it is drawn.
bool inertPath(const std::string& path)
{
    return path == "name" || path == "description" || path == "text" || compare::isLayoutPath(path);
}

bool sameBeyondWordsAndPlace(const ElementFacts& a, const ElementFacts& b)
{
    const auto significant = [](const compare::FlatMembers& members) {
        std::vector<std::pair<std::string, std::string>> kept;
        for (const auto& [path, value] : members)
            if (!inertPath(path))
                kept.emplace_back(path, value.text);
        return kept;
    };
    return significant(a.members) == significant(b.members);
}

} // namespace

LiveDiff::LiveDiff(std::shared_ptr<const Topology> before, const Topology& after,
                   const std::vector<Finding>& findings,
                   const std::vector<const EnvironmentAnalysis*>& analyses,
                   const DiffOptions& options)
    : m_before(std::move(before)), m_options(options), m_old(compare::designFacts(*m_before))
{
    update(after, Edit{{}, true, true}, findings, analyses);
}

void LiveDiff::update(const Topology& after, const Edit& edit, const std::vector<Finding>& findings,
                      const std::vector<const EnvironmentAnalysis*>& analyses)
{
    if (updateElements(after, edit))
        updateSinglePoints(after);
    m_diff.elements.clear();
    m_diff.elements.reserve(m_changes.size());
    for (const auto& [key, change] : m_changes)
        m_diff.elements.push_back(change);
    updateFigures(findings, analyses);
}

bool LiveDiff::updateElements(const Topology& after, const Edit& edit)
{
    if (edit.whole || edit.ids.size() > kWholeAbove) {
        m_elements = compare::elementFacts(after);
        m_changes.clear();
        for (const auto& [key, facts] : m_old.elements)
            compareKey(key);
        for (const auto& [key, facts] : m_elements)
            compareKey(key);
        return true;
    }
    std::unordered_set<std::string> ids(edit.ids.begin(), edit.ids.end());
    // A zone is flattened with its environment.
    for (const Environment& env : after.environments)
        for (const Zone& zone : env.zones)
            if (ids.count(zone.id))
                ids.insert(env.id);
    std::map<ElementKey, ElementFacts> was; // the touched entries as they were
    for (auto it = m_elements.begin(); it != m_elements.end();) {
        const bool touched = it->first == kDesignKey || ids.count(it->first.first) ||
                             (it->second.type == "zone" && ids.count(it->second.environment));
        if (!touched) {
            ++it;
            continue;
        }
        was.emplace(it->first, std::move(it->second));
        it = m_elements.erase(it);
    }
    std::vector<ElementKey> keys;
    for (auto& [key, facts] : compare::elementFacts(elementsOnly(after, ids))) {
        keys.push_back(key);
        m_elements.insert_or_assign(key, std::move(facts));
    }
    bool structural = false;
    for (const auto& [key, facts] : was) {
        const auto now = m_elements.find(key);
        structural =
            structural || now == m_elements.end() || !sameBeyondWordsAndPlace(facts, now->second);
        compareKey(key);
    }
    for (const ElementKey& key : keys) {
        structural = structural || !was.count(key);
        compareKey(key);
    }
    return structural;
}

void LiveDiff::compareKey(const ElementKey& key)
{
    const auto old = m_old.elements.find(key);
    const auto now = m_elements.find(key);
    std::optional<ElementDiff> change =
        compare::elementDiff(old == m_old.elements.end() ? nullptr : &old->second,
                             now == m_elements.end() ? nullptr : &now->second, m_options);
    if (change)
        m_changes.insert_or_assign(key, std::move(*change));
    else
        m_changes.erase(key);
}

void LiveDiff::updateSinglePoints(const Topology& after)
{
    m_singlePoints.clear();
    for (const SinglePointOfFailure& point : simulateEach(after))
        for (const Breakage& breakage : point.breaks)
            m_singlePoints[breakage.environment].push_back(point.element);
    for (auto& [environment, points] : m_singlePoints)
        std::sort(points.begin(), points.end());
}

void LiveDiff::updateFigures(const std::vector<Finding>& findings,
                             const std::vector<const EnvironmentAnalysis*>& analyses)
{
    std::vector<Finding> sorted = findings;
    std::sort(sorted.begin(), sorted.end(), compare::findingLess);
    m_diff.findings = compare::findingChanges(m_old.findings, sorted);
    compare::EnvironmentFactsMap now;
    for (const EnvironmentAnalysis* analysis : analyses) {
        if (!analysis || now.count(analysis->environment))
            continue;
        compare::EnvironmentFacts facts = compare::environmentFacts(*analysis);
        const auto points = m_singlePoints.find(analysis->environment);
        if (points != m_singlePoints.end())
            facts.singlePoints = points->second;
        now.emplace(analysis->environment, std::move(facts));
    }
    m_diff.environments = compare::environmentChanges(m_old.environments, now);
}

} // namespace topo
