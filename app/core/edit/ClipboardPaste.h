#pragma once

#include "core/edit/Clipboard.h"

#include <string>
#include <unordered_set>

namespace topo {

// Adds the `copied` elements of `fragment` to `target` (see pasteFragment): the part of the
// clipboard that does not deal with text.
std::optional<PasteResult> pasteInto(const Topology& target, const Topology& fragment,
                                     const std::unordered_set<std::string>& copied,
                                     const PasteOptions& options);

} // namespace topo
