#include "core/compare/DesignDiff.h"
#include "core/compare/DesignFacts.h"

namespace topo {

std::vector<std::string> designLines(const Topology& topology, const DiffOptions& options)
{
    const compare::DesignFacts facts = compare::designFacts(topology);
    std::vector<std::string> lines;
    for (const auto& [key, element] : facts.elements) {
        const std::string subject =
            element.id.empty() ? element.type : element.type + " " + element.id;
        for (const auto& [path, value] : element.members)
            if (!(options.ignoreLayout && compare::isLayoutPath(path)))
                lines.push_back(subject + " " + path + ": " + value.text);
    }
    for (const Finding& finding : facts.findings)
        lines.push_back("finding " + findingText(finding));
    for (const auto& [id, environment] : facts.environments) {
        for (const auto& [figure, value] : environment.figures)
            lines.push_back("environment " + id + " " + figure + ": " + value);
        for (const std::string& point : environment.singlePoints)
            lines.push_back("environment " + id + " single point of failure: " + point);
    }
    return lines;
}

} // namespace topo
