#pragma once

// The core comparison (compare/DesignDiff.h) as the designer uses it: the canvas mark of
// each kind of element difference.
#include "core/compare/DesignDiff.h"
#include "editor/paint/CompareMarks.h"

namespace topo {

// The canvas mark of an element change.
inline CompareMark compareMarkOf(ElementDiff::Kind kind)
{
    switch (kind) {
    case ElementDiff::Kind::Added:
        return CompareMark::Added;
    case ElementDiff::Kind::Removed:
        return CompareMark::Removed;
    case ElementDiff::Kind::Moved:
        return CompareMark::Moved;
    case ElementDiff::Kind::Changed:
        break;
    }
    return CompareMark::Changed;
}

} // namespace topo
