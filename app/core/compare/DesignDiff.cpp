#include "core/compare/DesignDiff.h"

#include "core/compare/DesignFacts.h"

#include <algorithm>
#include <tuple>

namespace topo {

namespace {

using namespace compare;

MemberChange memberChange(const std::string& path, const FlatValue* before, const FlatValue* after)
{
    MemberChange change{
        path, before ? before->text : kAbsent, after ? after->text : kAbsent, {}, {}};
    if (before && after && before->isSet && after->isSet) {
        std::set_difference(after->items.begin(), after->items.end(), before->items.begin(),
                            before->items.end(), std::back_inserter(change.added));
        std::set_difference(before->items.begin(), before->items.end(), after->items.begin(),
                            after->items.end(), std::back_inserter(change.removed));
    }
    return change;
}

// The members that differ, in path order (both maps are sorted by path).
std::vector<MemberChange> memberChanges(const FlatMembers& before, const FlatMembers& after,
                                        bool ignoreLayout)
{
    std::vector<MemberChange> changes;
    auto b = before.begin();
    auto a = after.begin();
    while (b != before.end() || a != after.end()) {
        const bool takeBefore = a == after.end() || (b != before.end() && b->first <= a->first);
        const bool takeAfter = b == before.end() || (a != after.end() && a->first <= b->first);
        const std::string& path = takeBefore ? b->first : a->first;
        const FlatValue* old = takeBefore ? &b->second : nullptr;
        const FlatValue* now = takeAfter ? &a->second : nullptr;
        if (!(ignoreLayout && isLayoutPath(path)) && !(old && now && old->text == now->text))
            changes.push_back(memberChange(path, old, now));
        if (takeBefore)
            ++b;
        if (takeAfter)
            ++a;
    }
    return changes;
}

ElementDiff elementChange(ElementDiff::Kind kind, const ElementFacts& element)
{
    return ElementDiff{kind, element.id, element.type, element.name, element.environment, {}};
}

} // namespace

namespace compare {

std::optional<ElementDiff> elementDiff(const ElementFacts* before, const ElementFacts* after,
                                       const DiffOptions& options)
{
    if (!before && !after)
        return std::nullopt;
    if (!after)
        return elementChange(ElementDiff::Kind::Removed, *before);
    if (!before)
        return elementChange(ElementDiff::Kind::Added, *after);
    std::vector<MemberChange> members =
        memberChanges(before->members, after->members, options.ignoreLayout);
    if (members.empty())
        return std::nullopt;
    const bool moved = std::all_of(members.begin(), members.end(), isLayoutMember);
    ElementDiff change =
        elementChange(moved ? ElementDiff::Kind::Moved : ElementDiff::Kind::Changed, *after);
    change.members = std::move(members);
    return change;
}

} // namespace compare

namespace {

std::vector<ElementDiff> elementChanges(const ElementMap& old, const ElementMap& now,
                                        const DiffOptions& options)
{
    std::vector<ElementDiff> changes;
    for (const auto& [key, element] : old) {
        const auto match = now.find(key);
        if (auto change =
                elementDiff(&element, match == now.end() ? nullptr : &match->second, options))
            changes.push_back(std::move(*change));
    }
    for (const auto& [key, element] : now)
        if (!old.count(key))
            changes.push_back(elementChange(ElementDiff::Kind::Added, element));
    // The maps are keyed (id, type): sort the added ones in among the others.
    std::sort(changes.begin(), changes.end(), [](const ElementDiff& x, const ElementDiff& y) {
        return std::tie(x.id, x.elementType) < std::tie(y.id, y.elementType);
    });
    return changes;
}

// The findings of `from` that `to` has not (as often as they are missing).
void missingFrom(const std::vector<Finding>& from, const std::vector<Finding>& to, bool appeared,
                 std::vector<FindingChange>& out)
{
    std::vector<Finding> missing;
    std::set_difference(from.begin(), from.end(), to.begin(), to.end(), std::back_inserter(missing),
                        findingLess);
    for (Finding& finding : missing)
        out.push_back(FindingChange{appeared, std::move(finding)});
}

} // namespace

namespace compare {

std::vector<FindingChange> findingChanges(const std::vector<Finding>& old,
                                          const std::vector<Finding>& now)
{
    std::vector<FindingChange> changes;
    missingFrom(old, now, false, changes);
    missingFrom(now, old, true, changes);
    std::stable_sort(changes.begin(), changes.end(),
                     [](const FindingChange& x, const FindingChange& y) {
                         return findingLess(x.finding, y.finding);
                     });
    return changes;
}

} // namespace compare

namespace {

std::vector<std::string> difference(const std::vector<std::string>& from,
                                    const std::vector<std::string>& without)
{
    std::vector<std::string> out;
    std::set_difference(from.begin(), from.end(), without.begin(), without.end(),
                        std::back_inserter(out));
    return out;
}

// An environment present on one side only has its figures "(none)" on the other side.
EnvironmentChange environmentChange(const EnvironmentFacts* before, const EnvironmentFacts* after)
{
    const EnvironmentFacts& either = after ? *after : *before;
    EnvironmentChange change{either.id, either.name, {}, {}, {}};
    for (std::size_t i = 0; i < either.figures.size(); ++i) {
        const std::string old = before ? before->figures[i].second : kAbsent;
        const std::string now = after ? after->figures[i].second : kAbsent;
        if (old != now)
            change.figures.push_back(FigureChange{either.figures[i].first, old, now});
    }
    const std::vector<std::string> none;
    const std::vector<std::string>& oldPoints = before ? before->singlePoints : none;
    const std::vector<std::string>& newPoints = after ? after->singlePoints : none;
    change.spofsAppeared = difference(newPoints, oldPoints);
    change.spofsDisappeared = difference(oldPoints, newPoints);
    return change;
}

} // namespace

namespace compare {

std::vector<EnvironmentChange> environmentChanges(const EnvironmentFactsMap& old,
                                                  const EnvironmentFactsMap& now)
{
    std::vector<EnvironmentChange> changes;
    const auto add = [&changes](const EnvironmentFacts* before, const EnvironmentFacts* after) {
        EnvironmentChange change = environmentChange(before, after);
        if (!change.figures.empty() || !change.spofsAppeared.empty() ||
            !change.spofsDisappeared.empty())
            changes.push_back(std::move(change));
    };
    for (const auto& [id, facts] : old) {
        const auto match = now.find(id);
        add(&facts, match == now.end() ? nullptr : &match->second);
    }
    for (const auto& [id, facts] : now)
        if (!old.count(id))
            add(nullptr, &facts);
    std::sort(changes.begin(), changes.end(),
              [](const EnvironmentChange& x, const EnvironmentChange& y) { return x.id < y.id; });
    return changes;
}

} // namespace compare

bool isLayoutMember(const MemberChange& change)
{
    return isLayoutPath(change.member);
}

std::string_view toString(ElementDiff::Kind kind)
{
    switch (kind) {
    case ElementDiff::Kind::Added:
        return "added";
    case ElementDiff::Kind::Removed:
        return "removed";
    case ElementDiff::Kind::Changed:
        return "changed";
    case ElementDiff::Kind::Moved:
        return "moved";
    }
    return "";
}

std::vector<ElementDiff> compareElements(const Topology& before, const Topology& after,
                                         const DiffOptions& options)
{
    return elementChanges(elementFacts(before), elementFacts(after), options);
}

DesignDiff compareDesigns(const Topology& before, const Topology& after, const DiffOptions& options)
{
    const DesignFacts old = designFacts(before);
    const DesignFacts now = designFacts(after);
    DesignDiff diff;
    diff.elements = elementChanges(old.elements, now.elements, options);
    diff.findings = findingChanges(old.findings, now.findings);
    diff.environments = environmentChanges(old.environments, now.environments);
    return diff;
}

} // namespace topo
