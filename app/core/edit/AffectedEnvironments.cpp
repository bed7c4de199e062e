#include "core/edit/AffectedEnvironments.h"

#include <type_traits>

namespace topo {

namespace {

// The element without its position on the canvas, which no analysis reads.
ElementValue withoutPosition(ElementValue value)
{
    std::visit(
        [](auto& element) {
            using T = std::decay_t<decltype(element)>;
            if constexpr (!std::is_same_v<T, Note>)
                element.layout.reset();
        },
        value);
    return value;
}

bool onlyMoved(const ElementChange& change)
{
    return change.before && change.after &&
           withoutPosition(*change.before) == withoutPosition(*change.after);
}

// Adds the environments `value` feeds to `into`; false when it may feed any of them.
bool addFedEnvironments(const ElementValue& value, std::set<std::string>& into)
{
    if (const auto* server = std::get_if<Server>(&value))
        into.insert(server->environment);
    else if (const auto* balancer = std::get_if<LoadBalancer>(&value))
        into.insert(balancer->environment);
    else if (const auto* database = std::get_if<Database>(&value))
        for (const Catalog& catalog : database->catalogs)
            into.insert(catalog.environment);
    else if (const auto* environment = std::get_if<Environment>(&value))
        into.insert(environment->id);
    else if (!std::holds_alternative<Note>(value))
        return false; // a site or a queue: read across environments
    return true;
}

} // namespace

std::optional<std::set<std::string>> affectedEnvironments(const TopologyPatch& patch)
{
    if (patch.hasHeader())
        return std::nullopt;
    std::set<std::string> affected;
    for (const ElementChange& change : patch.changes()) {
        if (onlyMoved(change))
            continue;
        for (const std::optional<ElementValue>& value : {change.before, change.after})
            if (value && !addFedEnvironments(*value, affected))
                return std::nullopt;
    }
    return affected;
}

} // namespace topo
