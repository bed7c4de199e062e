#include "core/edit/TopologyPatch.h"

#include <algorithm>

#include "core/edit/ElementArrays.h"

#include <unordered_map>
#include <unordered_set>

namespace topo {

const std::string& elementId(const ElementValue& value)
{
    return std::visit([](const auto& element) -> const std::string& { return element.id; }, value);
}

DesignHeader headerOf(const Topology& topology)
{
    return {topology.name, topology.description, topology.scope, topology.assumptions};
}

namespace {

void setHeaderOf(Topology& topology, const DesignHeader& header)
{
    topology.name = header.name;
    topology.description = header.description;
    topology.scope = header.scope;
    topology.assumptions = header.assumptions;
}

// Index of `id` in `items`, trying the recorded position first: patches apply to the state
// they were recorded against, so the hint is almost always right.
template <typename T>
std::optional<std::size_t> locate(const std::vector<T>& items, const std::string& id,
                                  std::size_t hint)
{
    if (hint < items.size() && items[hint].id == id)
        return hint;
    return indexOfId(items, id);
}

template <typename T> void insertAt(std::vector<T>& items, const T& value, std::size_t index)
{
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(std::min(index, items.size())), value);
}

template <typename T> void eraseId(std::vector<T>& items, const std::string& id, std::size_t hint)
{
    if (const auto index = locate(items, id, hint))
        items.erase(items.begin() + static_cast<std::ptrdiff_t>(*index));
}

template <typename T>
void replaceId(std::vector<T>& items, const std::string& id, const T& value, std::size_t hint)
{
    if (const auto index = locate(items, id, hint))
        items[*index] = value;
}

// Moves the topology from the `from` state of one change to its `to` state.
void step(Topology& topology, const std::optional<ElementValue>& from,
          const std::optional<ElementValue>& to, std::size_t index)
{
    if (from && to) {
        std::visit(
            [&](const auto& value) {
                using T = std::decay_t<decltype(value)>;
                replaceId(elementArray<T>(topology), elementId(*from), value, index);
            },
            *to);
    } else if (to) {
        std::visit(
            [&](const auto& value) {
                using T = std::decay_t<decltype(value)>;
                insertAt(elementArray<T>(topology), value, index);
            },
            *to);
    } else if (from) {
        std::visit(
            [&](const auto& value) {
                using T = std::decay_t<decltype(value)>;
                eraseId(elementArray<T>(topology), value.id, index);
            },
            *from);
    }
}

// Appends the changes turning one array of `before` into the same array of `after`:
// removals from the highest index down (so each recorded index is the element's index at
// that moment), then additions from the lowest index up, then replacements.
template <typename T>
void diffArray(const std::vector<T>& before, const std::vector<T>& after,
               std::vector<ElementChange>& out)
{
    std::unordered_map<std::string_view, std::size_t> afterIndex;
    afterIndex.reserve(after.size());
    for (std::size_t i = 0; i < after.size(); ++i)
        afterIndex.emplace(after[i].id, i);
    std::unordered_set<std::string_view> beforeIds;
    beforeIds.reserve(before.size());
    for (const T& element : before)
        beforeIds.insert(element.id);

    for (std::size_t i = before.size(); i-- > 0;)
        if (!afterIndex.count(before[i].id))
            out.push_back({ElementValue(before[i]), std::nullopt, i});
    for (std::size_t i = 0; i < after.size(); ++i)
        if (!beforeIds.count(after[i].id))
            out.push_back({std::nullopt, ElementValue(after[i]), i});
    for (const T& element : before) {
        const auto found = afterIndex.find(element.id);
        if (found != afterIndex.end() && !(after[found->second] == element))
            out.push_back(
                {ElementValue(element), ElementValue(after[found->second]), found->second});
    }
}

} // namespace

void TopologyPatch::add(ElementValue value, std::size_t index)
{
    m_changes.push_back({std::nullopt, std::move(value), index});
}

void TopologyPatch::remove(const Topology& topology, const std::string& id)
{
    // The index must be the element's position once the earlier changes of this patch are
    // applied, so that reverting re-inserts it exactly where it was.
    Topology scratch;
    bool needsScratch = false;
    std::optional<ElementValue> found;
    forEachArray(topology, [&](const auto& items) {
        if (const auto* element = findById(items, id))
            found = ElementValue(*element);
    });
    if (!found)
        return;
    const std::size_t kind = found->index();
    for (const ElementChange& change : m_changes) {
        const auto& any = change.after ? change.after : change.before;
        if (any->index() == kind && (!change.before || !change.after))
            needsScratch = true;
    }
    std::size_t index = 0;
    std::visit(
        [&](const auto& value) {
            using T = std::decay_t<decltype(value)>;
            if (!needsScratch) {
                index = *indexOfId(elementArray<T>(topology), id);
                return;
            }
            elementArray<T>(scratch) = elementArray<T>(topology);
            for (const ElementChange& change : m_changes)
                if ((change.after ? change.after : change.before)->index() == found->index())
                    step(scratch, change.before, change.after, change.index);
            index = indexOfId(elementArray<T>(scratch), id).value_or(0);
        },
        *found);
    m_changes.push_back({std::move(found), std::nullopt, index});
}

void TopologyPatch::replace(ElementValue before, ElementValue after)
{
    m_changes.push_back({std::move(before), std::move(after), 0});
}

void TopologyPatch::setHeader(DesignHeader before, DesignHeader after)
{
    if (m_header)
        m_header->second = std::move(after);
    else
        m_header.emplace(std::move(before), std::move(after));
}

TopologyPatch TopologyPatch::between(const Topology& before, const Topology& after)
{
    TopologyPatch patch;
    diffArray(before.sites, after.sites, patch.m_changes);
    diffArray(before.environments, after.environments, patch.m_changes);
    diffArray(before.servers, after.servers, patch.m_changes);
    diffArray(before.loadBalancers, after.loadBalancers, patch.m_changes);
    diffArray(before.databases, after.databases, patch.m_changes);
    diffArray(before.messageQueues, after.messageQueues, patch.m_changes);
    diffArray(before.notes, after.notes, patch.m_changes);
    const DesignHeader a = headerOf(before);
    const DesignHeader b = headerOf(after);
    if (!(a == b))
        patch.m_header.emplace(a, b);
    return patch;
}

void TopologyPatch::apply(Topology& topology) const
{
    for (const ElementChange& change : m_changes)
        step(topology, change.before, change.after, change.index);
    if (m_header)
        setHeaderOf(topology, m_header->second);
}

void TopologyPatch::revert(Topology& topology) const
{
    if (m_header)
        setHeaderOf(topology, m_header->first);
    for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it)
        step(topology, it->after, it->before, it->index);
}

bool TopologyPatch::mergeWith(const TopologyPatch& later)
{
    if (structural() || later.structural())
        return false;
    // Replacements only: an element both replace keeps our `before` and takes their `after`;
    // one only the later patch replaces (a frame a later nudge pushed) joins with its own
    // `before`, which is its state after this patch as well.
    std::unordered_map<std::string, std::size_t> mine;
    for (std::size_t i = 0; i < m_changes.size(); ++i)
        mine.emplace(elementId(*m_changes[i].before), i);
    // Edits of other elements altogether are steps of their own.
    if (std::none_of(later.m_changes.begin(), later.m_changes.end(),
                     [&](const ElementChange& c) { return mine.count(elementId(*c.before)) > 0; }))
        return false;
    for (const ElementChange& change : later.m_changes) {
        const auto it = mine.find(elementId(*change.before));
        if (it != mine.end())
            m_changes[it->second].after = change.after;
        else
            m_changes.push_back(change);
    }
    if (later.m_header)
        setHeader(m_header ? m_header->first : later.m_header->first, later.m_header->second);
    return true;
}

std::vector<std::string> TopologyPatch::touchedIds() const
{
    std::vector<std::string> ids;
    std::unordered_set<std::string> seen;
    for (const ElementChange& change : m_changes) {
        const std::string& id = elementId(change.after ? *change.after : *change.before);
        if (seen.insert(id).second)
            ids.push_back(id);
    }
    return ids;
}

bool TopologyPatch::structural() const
{
    for (const ElementChange& change : m_changes)
        if (!change.before || !change.after)
            return true;
    return false;
}

bool TopologyPatch::isIdentity() const
{
    for (const ElementChange& change : m_changes)
        if (!change.before || !change.after || !(*change.before == *change.after))
            return false;
    return !m_header || m_header->first == m_header->second;
}

} // namespace topo
