#pragma once

#include "core/edit/ElementArrays.h"
#include "core/edit/ElementLookup.h"
#include "core/io/TextCharacters.h"
#include "core/model/Topology.h"

#include <QString>

#include <string>

namespace topo {

// Small bridges between the model's std::string ids and the widgets' QStrings.

inline QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}
inline QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}
// Text typed or pasted into a widget, as the model holds it: without the control characters a
// design may not contain (the loader would refuse the saved file otherwise).
inline std::string ss(const QString& text)
{
    return withoutForbiddenCharacters(text.toStdString());
}

// The palette spelling of an element's kind ("server", "zone", ...), "" for an unknown id.
QString elementKind(const Topology& topology, const std::string& id);

// What the user calls an element: its name (a note's first line), the id when it has none.
QString elementName(const Topology& topology, const std::string& id);

} // namespace topo
