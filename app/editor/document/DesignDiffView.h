#pragma once

// The core comparison (compare/DesignDiff.h) for the designer's code. Its element change
// shares the name ElementChange with the editor's patch element (edit/TopologyPatch.h), and
// the designer needs both in one file: here the comparison's is renamed ElementDiff while
// its header is read. Only compareDesigns(), describe() and summaryLine() are called, whose
// signatures do not name it. Include this header, never compare/DesignDiff.h, next to the
// document or the patches.
#define ElementChange ElementDiff
#include "compare/DesignDiff.h"
#undef ElementChange

#include "paint/CompareMarks.h"

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
