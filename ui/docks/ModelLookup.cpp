#include "ui/docks/ModelLookup.h"

#include "core/model/DisplayName.h"

namespace topo {

QString elementKind(const Topology& topology, const std::string& id)
{
    const auto kind = kindOf(topology, id);
    return kind ? qs(toString(*kind)) : QString();
}

QString elementName(const Topology& topology, const std::string& id)
{
    // A note is named by its first line here (lists, the inspector's title).
    if (const Note* note = findById(topology.notes, id)) {
        const QString text = qs(note->text).section(QLatin1Char('\n'), 0, 0).trimmed();
        return text.isEmpty() ? qs(id) : text.left(40);
    }
    return qs(displayName(topology, id));
}

} // namespace topo
