// Load, save and validation times of generated designs, against a plain JSON parse of the
// same bytes as the baseline. Targets: validation of 10,000 servers under 10 ms; loading
// within 3x of the plain parse.
#include "DesignGenerator.h"

#include "core/io/TopologyReader.h"
#include "core/io/TopologyWriter.h"
#include "core/rules/Validator.h"

#include <benchmark/benchmark.h>

#include <map>
#include <stdexcept>

namespace topo::bench {
namespace {

// One design and its canonical bytes per size, built once.
struct Sample {
    Topology topology;
    std::string bytes;
};

const Sample& sample(int servers)
{
    static std::map<int, Sample> samples;
    auto it = samples.find(servers);
    if (it == samples.end()) {
        Sample s{generateDesign(servers), {}};
        s.bytes = writeTopology(s.topology);
        const LoadResult check = readTopology(s.bytes);
        if (!check.ok())
            throw std::runtime_error("generated design does not load: " + check.error.pointer +
                                     ": " + check.error.message);
        it = samples.emplace(servers, std::move(s)).first;
    }
    return it->second;
}

void setCounters(benchmark::State& state, const Sample& s)
{
    state.counters["servers"] = static_cast<double>(s.topology.servers.size());
    state.counters["bytes"] = static_cast<double>(s.bytes.size());
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * s.bytes.size()));
}

void plainParse(benchmark::State& state)
{
    const Sample& s = sample(static_cast<int>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(nlohmann::json::parse(s.bytes));
    setCounters(state, s);
}

void orderedParse(benchmark::State& state)
{
    const Sample& s = sample(static_cast<int>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(Json::parse(s.bytes));
    setCounters(state, s);
}

void load(benchmark::State& state)
{
    const Sample& s = sample(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        LoadResult result = readTopology(s.bytes);
        if (!result.ok())
            state.SkipWithError("load failed");
        benchmark::DoNotOptimize(result);
    }
    setCounters(state, s);
}

void save(benchmark::State& state)
{
    const Sample& s = sample(static_cast<int>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(writeTopology(s.topology));
    setCounters(state, s);
}

void runValidation(benchmark::State& state)
{
    const Sample& s = sample(static_cast<int>(state.range(0)));
    std::size_t findings = 0;
    for (auto _ : state) {
        const std::vector<Finding> result = validate(s.topology);
        findings = result.size();
        benchmark::DoNotOptimize(result.data());
    }
    setCounters(state, s);
    state.counters["findings"] = static_cast<double>(findings);
}

void sizes(benchmark::internal::Benchmark* run)
{
    run->Arg(100)->Arg(1'000)->Arg(10'000)->Unit(benchmark::kMillisecond);
}

BENCHMARK(plainParse)->Apply(sizes);
BENCHMARK(orderedParse)->Apply(sizes);
BENCHMARK(load)->Apply(sizes);
BENCHMARK(save)->Apply(sizes);
BENCHMARK(runValidation)->Name("validate")->Apply(sizes);

} // namespace
} // namespace topo::bench

BENCHMARK_MAIN();
