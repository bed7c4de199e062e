#include "InputCheck.h"

#include "core/analysis/AvailabilityModel.h"
#include "core/analysis/CapacityModel.h"
#include "core/analysis/FailoverRunbook.h"
#include "core/analysis/FailoverSimulation.h"
#include "core/analysis/FailureMarks.h"
#include "core/analysis/ScalingPlan.h"
#include "core/analysis/SinglePointsOfFailure.h"
#include "core/analysis/SizingAdvisor.h"
#include "core/flows/FlowGroups.h"
#include "core/io/TopologyReader.h"
#include "core/io/TopologyWriter.h"
#include "core/rules/Validator.h"
#include "core/runbook/RunbookText.h"

#include <algorithm>
#include <exception>

namespace topo::fuzz {

namespace {

// The series lengths the charts ask for are of this order.
constexpr int kSeriesLength = 16;
const std::vector<int> kCoreCounts{1, 2, 4, 8, 16, 32, 64};

// "line N": where two saves first differ, with both versions of that line.
std::string firstDifference(const std::string& first, const std::string& second)
{
    const auto [a, b] = std::mismatch(first.begin(), first.end(), second.begin(), second.end());
    const auto lineStart = [](const std::string& text, std::string::const_iterator at) {
        const std::size_t offset = static_cast<std::size_t>(at - text.begin());
        const std::size_t newline = offset == 0 ? std::string::npos : text.rfind('\n', offset - 1);
        return newline == std::string::npos ? 0 : newline + 1;
    };
    const auto lineAt = [](const std::string& text, std::size_t start) {
        return text.substr(start, text.find('\n', start) - start);
    };
    const std::size_t line = static_cast<std::size_t>(std::count(first.begin(), a, '\n')) + 1;
    return "line " + std::to_string(line) + ": \"" + lineAt(first, lineStart(first, a)) +
           "\" then \"" + lineAt(second, lineStart(second, b)) + "\"";
}

// Every analysis the designer's docks, the charts and topology-cli simulate run. The results
// are not checked against expectations (the analysis tests do that): the point is that no
// input makes them crash, overflow or hang.
void runAnalyses(const Topology& topology)
{
    const CapacityModel capacity(topology);
    const AvailabilityModel availability(topology);
    const SizingAdvisor advisor(topology);
    for (const Environment& environment : topology.environments) {
        capacity.environment(environment);
        capacity.byFrontEndCount(environment, kSeriesLength);
        capacity.byCoresPerFrontEnd(environment, kCoreCounts);
        availability.environment(environment);
        availability.byFrontEndCount(environment, kSeriesLength);
        advisor.advise(environment);
        advisor.production(environment);
        advisor.development(environment);
    }
    scalingPlan(topology);

    const std::vector<std::string> candidates = singleFailureCandidates(topology);
    const FailoverSimulation simulation(topology);
    simulation.simulate({});
    simulation.simulate(candidates);
    if (!candidates.empty())
        failureMarks(topology, {candidates.front()});
    failureMarks(topology, candidates);
    if (candidates.size() <= kMaxSearchedCandidates)
        simulateEach(topology);
    // What to do with the design: its network flows, the installation runbook and the failover
    // runbooks (topology-cli flows, runbook and simulate --fail).
    groupedFlows(topology);
    if (topology.servers.size() <= kMaxSearchedCandidates)
        networkFlows(topology); // per host: quadratic in the front-ends of an environment
    runbookText(installRunbook(topology));
    failoverRunbooks(topology, candidates);
}

void check(std::string_view bytes, const Saver& save, InputReport& report)
{
    const LoadResult first = readTopology(bytes);
    if (!first.ok())
        return;
    report.loaded = true;
    validate(*first.topology);

    const std::string firstSave = save(*first.topology);
    const LoadResult second = readTopology(firstSave);
    if (!second.ok()) {
        report.problem = "the saved design does not load again: " + second.error.pointer + ": " +
                         second.error.message;
        return;
    }
    const std::string secondSave = save(*second.topology);
    if (secondSave != firstSave) {
        report.problem =
            "the second save differs from the first at " + firstDifference(firstSave, secondSave);
        return;
    }
    if (!(*second.topology == *first.topology)) {
        report.problem = "the saved design loads as a different design";
        return;
    }
    runAnalyses(*first.topology);
}

} // namespace

InputReport checkTopologyInput(std::string_view bytes, const Saver& save)
{
    const Saver canonical = [](const Topology& topology) { return writeTopology(topology); };
    InputReport report;
    try {
        check(bytes, save ? save : canonical, report);
    } catch (const std::exception& e) {
        report.problem = std::string("an exception escaped: ") + e.what();
    }
    return report;
}

} // namespace topo::fuzz
