// What the analysis docks recompute after an edit, on generated designs: capacity of every
// environment, the scaling plan, one failover scenario and the one-at-a-time search for
// single points of failure (which runs a scenario per failable element, up to 20,000 servers).
#include "DesignGenerator.h"

#include "core/analysis/CapacityModel.h"
#include "core/analysis/FailoverSimulation.h"
#include "core/analysis/ScalingPlan.h"
#include "core/analysis/SinglePointsOfFailure.h"

#include <benchmark/benchmark.h>

#include <map>

namespace topo::bench {
namespace {

const Topology& design(int servers)
{
    static std::map<int, Topology> designs;
    auto it = designs.find(servers);
    if (it == designs.end())
        it = designs.emplace(servers, generateDesign(servers)).first;
    return it->second;
}

void capacity(benchmark::State& state)
{
    const Topology& t = design(static_cast<int>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(CapacityModel(t).environments());
}

void scaling(benchmark::State& state)
{
    const Topology& t = design(static_cast<int>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(scalingPlan(t));
}

void failOneServer(benchmark::State& state)
{
    const Topology& t = design(static_cast<int>(state.range(0)));
    const std::vector<std::string> failed{t.servers.front().id};
    for (auto _ : state)
        benchmark::DoNotOptimize(FailoverSimulation(t).simulate(failed));
}

void singlePointsOfFailure(benchmark::State& state)
{
    const Topology& t = design(static_cast<int>(state.range(0)));
    std::size_t found = 0;
    for (auto _ : state) {
        const std::vector<SinglePointOfFailure> points = simulateEach(t);
        found = points.size();
        benchmark::DoNotOptimize(points.data());
    }
    state.counters["spofs"] = static_cast<double>(found);
}

void sizes(benchmark::internal::Benchmark* run)
{
    run->Arg(100)->Arg(1'000)->Unit(benchmark::kMillisecond);
}

BENCHMARK(capacity)->Apply(sizes);
BENCHMARK(scaling)->Apply(sizes);
BENCHMARK(failOneServer)->Apply(sizes);
// The search is linear in the design: every failure works out again only what it feeds.
BENCHMARK(singlePointsOfFailure)->Apply(sizes)->Arg(2'000)->Arg(8'000)->Arg(20'000);

} // namespace
} // namespace topo::bench
