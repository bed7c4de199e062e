#include "ui/docks/DrawnAnalyses.h"

#include "editor/document/Document.h"

namespace topo {

bool DrawnAnalyses::needsRedraw(const Document* document, const DocumentChange& pending,
                                const std::vector<std::string>& environments)
{
    std::vector<std::pair<std::string, std::uint64_t>> now;
    now.reserve(environments.size());
    if (document)
        for (const std::string& id : environments) {
            document->analysis(id); // worked out now if the change forgot it
            now.emplace_back(id, document->analysisRevision(id));
        }
    const bool redraw = pending.reset || !document || now != m_drawn;
    m_drawn = std::move(now);
    return redraw;
}

} // namespace topo
