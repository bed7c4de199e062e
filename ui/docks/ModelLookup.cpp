#include "ModelLookup.h"

#include <variant>

namespace topo {

QString elementKind(const Topology& topology, const std::string& id)
{
    const auto kind = kindOf(topology, id);
    return kind ? qs(toString(*kind)) : QString();
}

QString elementName(const Topology& topology, const std::string& id)
{
    if (const auto zone = findZone(topology, id); zone && !zone->zone->name.empty())
        return qs(zone->zone->name);
    const auto element = findElement(topology, id);
    if (!element)
        return qs(id);
    if (const Note* note = std::get_if<Note>(&*element)) {
        const QString text = qs(note->text).section(QLatin1Char('\n'), 0, 0).trimmed();
        return text.isEmpty() ? qs(id) : text.left(40);
    }
    const std::string name = std::visit(
        [](const auto& value) -> std::string {
            if constexpr (requires { value.name; })
                return value.name;
            else
                return {};
        },
        *element);
    return name.empty() ? qs(id) : qs(name);
}

} // namespace topo
