#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace topo {

class Document;
struct DocumentChange;

// What a dock drew from the document's shared analyses (Document::analysis), to redraw only
// when a change reached them: an edit elsewhere in the design leaves the dock as it is.
class DrawnAnalyses {
public:
    // True when the dock must redraw after `pending`: a reset (a new design, a new choice, a
    // new look), or the analysis of one of `environments` was worked out anew since the dock
    // last drew. Remembers the analyses it compared with: call it only when the dock then
    // redraws from them.
    bool needsRedraw(const Document* document, const DocumentChange& pending,
                     const std::vector<std::string>& environments);

private:
    std::vector<std::pair<std::string, std::uint64_t>> m_drawn;
};

} // namespace topo
