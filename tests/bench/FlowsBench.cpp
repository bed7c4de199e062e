// Network flows of generated designs: per host (linear in the flows) and grouped by role
// (near-linear in the elements). "one environment" puts every server of the design into one
// production environment, where the per-host flows would number in the millions (front-ends
// monitor each other): the grouped rows must still take about as long as for the spread design.
#include "DesignGenerator.h"

#include "core/flows/FlowGroups.h"
#include "core/flows/NetworkFlows.h"

#include <benchmark/benchmark.h>

#include <map>

namespace topo::bench {
namespace {

const Topology& design(int servers, bool oneEnvironment)
{
    static std::map<std::pair<int, bool>, Topology> designs;
    const auto key = std::make_pair(servers, oneEnvironment);
    auto it = designs.find(key);
    if (it == designs.end()) {
        Topology t = generateDesign(servers);
        if (oneEnvironment) {
            std::string production;
            for (const Environment& e : t.environments)
                if (e.purpose == Purpose::Production && production.empty())
                    production = e.id;
            for (Server& s : t.servers)
                s.environment = production;
            for (LoadBalancer& lb : t.loadBalancers)
                lb.environment = production;
        }
        it = designs.emplace(key, std::move(t)).first;
    }
    return it->second;
}

void flowsPerHost(benchmark::State& state)
{
    const Topology& t = design(static_cast<int>(state.range(0)), false);
    std::size_t count = 0;
    for (auto _ : state) {
        const std::vector<NetworkFlow> flows = networkFlows(t);
        count = flows.size();
        benchmark::DoNotOptimize(flows.data());
    }
    state.counters["flows"] = static_cast<double>(count);
}

void flowsGrouped(benchmark::State& state, bool oneEnvironment)
{
    const Topology& t = design(static_cast<int>(state.range(0)), oneEnvironment);
    std::size_t count = 0;
    for (auto _ : state) {
        const std::vector<FlowGroupRow> rows = groupedFlows(t);
        count = rows.size();
        benchmark::DoNotOptimize(rows.data());
    }
    state.counters["rows"] = static_cast<double>(count);
}

BENCHMARK(flowsPerHost)->Arg(100)->Arg(2000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(flowsGrouped, spread, false)->Arg(100)->Arg(2000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(flowsGrouped, one_environment, true)
    ->Arg(100)
    ->Arg(2000)
    ->Unit(benchmark::kMillisecond);

} // namespace
} // namespace topo::bench
