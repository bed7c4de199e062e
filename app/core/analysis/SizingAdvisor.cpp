#include "core/analysis/SizingAdvisor.h"

#include "core/analysis/Arithmetic.h"
#include "core/io/Limits.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace topo {

namespace {

constexpr double kMinimumDiskGb = 80;
// Beyond these the design's figures are off (a design holds at most Limits::kMaxElements
// elements): the advice says so rather than sizing servers no design can hold.
constexpr long long kMaxAdvisedServers = Limits::kMaxElements;
constexpr long long kMaxAdvisedDevelopers = 100'000;

// A figure to six significant digits: 62.5, 250, 0.25, 1.66667.
std::string number(double value)
{
    std::ostringstream out;
    out << value;
    return out.str();
}

// One row of the SIZE-DEV tables: the base figures at `from` developers.
struct DevelopmentRow {
    double cores;
    double ramGb;
    double diskGb;
    long long from;
};

ServerRecommendation scaled(const DevelopmentRow& row, long long developers, std::string purpose,
                            std::vector<Role> roles, std::vector<std::string>& lines)
{
    const long long extra = developers - row.from;
    const double cores = row.cores + 0.25 * static_cast<double>(extra);
    const double ram = row.ramGb + 0.5 * static_cast<double>(extra);
    ServerRecommendation server{
        std::move(purpose), std::move(roles), 1, static_cast<int>(std::ceil(cores)), ram,
        row.diskGb};
    lines.push_back(server.purpose + ": cores " + number(row.cores) + " + 0.25 × " +
                    std::to_string(extra) + " = " + number(cores) + " → " +
                    std::to_string(server.cpuCores) + "; RAM " + number(row.ramGb) + " + 0.5 × " +
                    std::to_string(extra) + " = " + number(ram) + " GB; disk " +
                    number(row.diskGb) + " GB.");
    return server;
}

} // namespace

SizingAdvice SizingAdvisor::advise(const Environment& environment) const
{
    return environment.purpose == Purpose::Development ? development(environment)
                                                       : production(environment);
}

SizingAdvice SizingAdvisor::production(const Environment& environment) const
{
    SizingAdvice advice;
    advice.environment = environment.id;
    const double expected = environment.expectedRequestsPerSecond;
    const bool reactive = environment.appKind == AppKind::Reactive;
    if (expected <= 0) {
        advice.lines.push_back("No expected load (requests per second) is stated: nothing "
                               "to size front-ends for.");
        return advice;
    }
    const double perCore = m_topology.assumptions.perCore(environment.appKind);
    advice.lines.push_back("Expected load: " + number(expected) + " req/s of " +
                           (reactive ? "reactive/mobile" : "traditional web") + " apps.");
    advice.lines.push_back(reactive ? "OutSystems' figures: ≈120 req/s on 2 cores / 4 GB, "
                                      "≈250 req/s on 4 cores / 8 GB."
                                    : "OutSystems' figures: ≈40 req/s on 2 cores / 4 GB, "
                                      "≈60 req/s on 4 cores / 8 GB.");
    // A small load fits the 2-core server; beyond it, identical 4-core servers scale out.
    const int cores = expected <= 2 * perCore ? 2 : 4;
    const double ram = cores == 2 ? 4 : 8;
    const double perServer = cores * perCore;
    advice.lines.push_back("One front-end of " + std::to_string(cores) + " cores / " + number(ram) +
                           " GB: " + std::to_string(cores) + " × " + number(perCore) +
                           " req/s per core = " + number(perServer) + " req/s.");
    const double servers = std::ceil(expected / perServer);
    if (servers > kMaxAdvisedServers) {
        advice.lines.push_back(number(expected) + " / " + number(perServer) + " = " +
                               number(expected / perServer) + ": more than " +
                               std::to_string(kMaxAdvisedServers) +
                               " front-ends, beyond what a design holds; check "
                               "the expected load.");
        return advice;
    }
    const int needed = std::max(1, static_cast<int>(servers));
    advice.lines.push_back(number(expected) + " / " + number(perServer) + " = " +
                           number(expected / perServer) + " → " + std::to_string(needed) +
                           (needed == 1 ? " front-end" : " front-ends") + " carry the load.");
    int count = needed;
    if (environment.haRequired) {
        count = needed + 1;
        advice.lines.push_back("High availability: N+1 = " + std::to_string(count) +
                               " front-ends, so that the load is carried with one down.");
    }
    advice.lines.push_back("Recommended: " + std::to_string(count) + " × " +
                           specText(Hardware{cores, ram, kMinimumDiskGb, emptyExtra()}) +
                           (count > 1 ? ", identical, behind a load balancer." : "."));
    advice.servers.push_back(
        {"front-end", {Role::Frontend, Role::Scheduler}, count, cores, ram, kMinimumDiskGb});
    return advice;
}

SizingAdvice SizingAdvisor::development(const Environment& environment) const
{
    SizingAdvice advice;
    advice.environment = environment.id;
    const long long n = environment.activeDevelopers;
    if (n < 5) {
        advice.lines.push_back(std::to_string(n) +
                               " active developers: below 5 the sizing "
                               "figures give no table; the minimum of 2 cores / 4 GB / 80 GB "
                               "applies.");
        return advice;
    }
    if (n > kMaxAdvisedDevelopers) {
        advice.lines.push_back(
            std::to_string(n) + " active developers: more than the sizing figures cover (" +
            std::to_string(kMaxAdvisedDevelopers) + "); check the number of active developers.");
        return advice;
    }
    advice.lines.push_back(std::to_string(n) + " active developers; each one above the table's "
                                               "base adds 0.25 core and 0.5 GB RAM.");
    const std::vector<Role> allRoles{Role::Frontend, Role::DeploymentController, Role::Scheduler};
    if (n < 8) {
        advice.servers.push_back(
            scaled({2, 8, 100, 5}, n, "one server with every role", allRoles, advice.lines));
    } else if (n < 16) {
        advice.servers.push_back(
            scaled({4, 12, 200, 8}, n, "one server with every role", allRoles, advice.lines));
    } else {
        advice.lines.push_back("16 or more developers: a separate deployment controller, so "
                               "that compilations do not slow the front-end.");
        advice.servers.push_back(scaled({4, 16, 500, 16}, n, "deployment controller",
                                        {Role::DeploymentController}, advice.lines));
        advice.servers.push_back(scaled({4, 12, 300, 16}, n, "front-end",
                                        {Role::Frontend, Role::Scheduler}, advice.lines));
    }
    return advice;
}

} // namespace topo
