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
