// Comparing two generated designs that differ by one server's hardware and one removed
// server: the element comparison alone (what a designer can redo after every edit), and the
// whole comparison with both designs' findings, figures and single points of failure.
#include "DesignGenerator.h"

#include "core/compare/DesignDiff.h"

#include <benchmark/benchmark.h>

#include <map>
#include <utility>

namespace topo::bench {
namespace {

const std::pair<Topology, Topology>& pair(int servers)
{
    static std::map<int, std::pair<Topology, Topology>> pairs;
    auto it = pairs.find(servers);
    if (it == pairs.end()) {
        Topology before = generateDesign(servers);
        Topology after = before;
        after.servers[10].hardware.cpuCores += 4;
        after.servers.erase(after.servers.begin() + 20);
        it = pairs.emplace(servers, std::make_pair(std::move(before), std::move(after))).first;
    }
    return it->second;
}

void compareElementsOnly(benchmark::State& state)
{
    const auto& [before, after] = pair(static_cast<int>(state.range(0)));
    std::size_t changes = 0;
    for (auto _ : state) {
        const std::vector<ElementDiff> result = compareElements(before, after);
        changes = result.size();
        benchmark::DoNotOptimize(result.data());
    }
    state.counters["changes"] = static_cast<double>(changes);
}

void compareWholeDesigns(benchmark::State& state)
{
    const auto& [before, after] = pair(static_cast<int>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(compareDesigns(before, after));
}

BENCHMARK(compareElementsOnly)->Arg(100)->Arg(2'000)->Unit(benchmark::kMillisecond);
BENCHMARK(compareWholeDesigns)->Arg(100)->Arg(2'000)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace topo::bench
