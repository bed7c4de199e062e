#include "core/analysis/ScalingPlan.h"

#include "core/analysis/AnalysisSupport.h"
#include "core/analysis/Arithmetic.h"
#include "core/analysis/SizingAdvisor.h"
#include "core/model/DisplayName.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string_view>

namespace topo {

namespace {

// The minimum for any platform server (domain-background.md, sizing figures).
constexpr int kMinimumCores = 2;
constexpr double kMinimumRamGb = 4;
constexpr double kMinimumDiskGb = 80;

// The usual machine sizes: scaling up moves to the next one.
constexpr std::array kCoreSteps{2, 4, 8, 16, 32, 64, 128};
constexpr std::array kRamSteps{4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0};

template <typename T, std::size_t N> T nextStep(const std::array<T, N>& steps, T current)
{
    for (T step : steps)
        if (step > current)
            return step;
    // Beyond the table: double, up to the largest figure the type holds.
    return current > std::numeric_limits<T>::max() / 2 ? std::numeric_limits<T>::max()
                                                       : current * 2;
}

ScalingNode nodeOf(const Server& server)
{
    ScalingNode node;
    node.server = server.id;
    node.name = displayName(server);
    node.roles = server.roles;
    node.hardware = server.hardware;
    node.servesTraffic = server.servesTraffic;
    node.standby = server.standby;
    return node;
}

bool inTraffic(const Server& server)
{
    return server.servesTraffic && !server.standby;
}

const Server* findServer(const Topology& topology, const std::string& id)
{
    for (const Server& server : topology.servers)
        if (server.id == id)
            return &server;
    return nullptr;
}

ScalingCluster clusterOf(const std::vector<const Server*>& servers, std::string balancer,
                         double perCore)
{
    ScalingCluster cluster;
    cluster.balancer = std::move(balancer);
    std::vector<const Server*> traffic;
    for (const Server* server : servers)
        if (inTraffic(*server))
            traffic.push_back(server);
    cluster.growable = !traffic.empty();
    cluster.trafficNodes = static_cast<int>(traffic.size());
    cluster.spec = mostCommonSpec(traffic.empty() ? servers : traffic);
    cluster.capacity = capacityOf(traffic, perCore);
    cluster.capacityWithNext =
        cluster.growable ? cluster.capacity + cluster.spec.cpuCores * perCore : cluster.capacity;
    if (!cluster.growable)
        cluster.arithmetic = "out of the load balancer's pool: serves no users, adds no capacity";
    else
        cluster.arithmetic = capacityArithmetic(traffic, perCore) +
                             "; the next node: " + std::to_string(cluster.spec.cpuCores) +
                             " cores × " + figureText(perCore) + " req/s per core = +" +
                             rateText(cluster.spec.cpuCores * perCore) + " → " +
                             rateText(cluster.capacityWithNext);
    for (const Server* server : servers) {
        ScalingNode node = nodeOf(*server);
        node.differs = !sameSpec(server->hardware, cluster.spec);
        cluster.nodes.push_back(std::move(node));
    }
    return cluster;
}

bool isFrontEnd(const Server& server)
{
    return server.hasRole(Role::Frontend);
}

bool isController(const Server& server)
{
    return server.hasRole(Role::DeploymentController);
}

// Clusters behind each load balancer (targets that are front-ends of the environment), then
// the front-ends no balancer reaches.
std::vector<ScalingCluster> frontEndClusters(const Topology& topology, const Environment& env,
                                             double perCore)
{
    std::vector<ScalingCluster> clusters;
    std::vector<std::string> balanced;
    for (const LoadBalancer* lb : balancersWithTargets(topology, env.id)) {
        std::vector<const Server*> members;
        for (const std::string& target : lb->targets) {
            const Server* server = findServer(topology, target);
            if (server && server->environment == env.id && isFrontEnd(*server)) {
                members.push_back(server);
                balanced.push_back(target);
            }
        }
        if (members.empty())
            continue;
        ScalingCluster cluster = clusterOf(members, lb->id, perCore);
        cluster.balancerName = displayName(*lb);
        for (const ScalingCluster& earlier : clusters) {
            const auto shared = [&](const ScalingNode& node) {
                return std::any_of(members.begin(), members.end(),
                                   [&](const Server* s) { return s->id == node.server; });
            };
            if (std::any_of(earlier.nodes.begin(), earlier.nodes.end(), shared)) {
                cluster.sharedWith = earlier.balancer;
                break;
            }
        }
        clusters.push_back(std::move(cluster));
    }
    std::vector<const Server*> alone;
    for (const Server* server : serversOf(topology, env.id, isFrontEnd))
        if (std::find(balanced.begin(), balanced.end(), server->id) == balanced.end())
            alone.push_back(server);
    if (!alone.empty())
        clusters.push_back(clusterOf(alone, "", perCore));
    return clusters;
}

ControllerScaling controllerOf(const Topology& topology, const Environment& env)
{
    ControllerScaling result;
    const std::vector<const Server*> controllers = serversOf(topology, env.id, isController);
    result.count = static_cast<int>(controllers.size());
    result.guidance = controllerGuidance(topology, env, &result.guidanceSource);
    if (!controllers.empty()) {
        result.server = nodeOf(*controllers.front());
        result.nextSize = nextSizeUp(controllers.front()->hardware, result.guidance);
    }
    return result;
}

std::optional<TimerNode> timerNodeOf(const Server& server)
{
    if (!server.hasRole(Role::Scheduler) || server.standby)
        return std::nullopt;
    TimerNode node{server.id, displayName(server), TimerHost::FrontEnd};
    if (server.hasRole(Role::DeploymentController))
        node.host = TimerHost::Controller;
    else if (!server.servesTraffic)
        node.host = TimerHost::Dedicated;
    else if (!server.hasRole(Role::Frontend))
        return std::nullopt; // a scheduler on no host runs nothing (SCHED-HOST)
    return node;
}

std::vector<ZoneTimers> timersByZone(const Topology& topology, const Environment& env)
{
    std::vector<ZoneTimers> result;
    if (env.zones.empty()) {
        ZoneTimers all{"", "Global", true, {}};
        for (const Server& server : topology.servers)
            if (server.environment == env.id)
                if (auto node = timerNodeOf(server))
                    all.nodes.push_back(*node);
        result.push_back(std::move(all));
        return result;
    }
    for (const Zone& zone : env.zones) {
        ZoneTimers timers{zone.id, displayName(zone), zone.hostsApps, {}};
        for (const std::string& member : zone.members) {
            const Server* server = findServer(topology, member);
            if (server && server->environment == env.id)
                if (auto node = timerNodeOf(*server))
                    timers.nodes.push_back(*node);
        }
        // A controller without the front-end role is no zone member; its timers run with
        // Service Center, in the default zone.
        if (zone.isDefault)
            for (const Server& server : topology.servers)
                if (server.environment == env.id && !isFrontEnd(server))
                    if (auto node = timerNodeOf(server))
                        timers.nodes.push_back(*node);
        result.push_back(std::move(timers));
    }
    return result;
}

} // namespace

int EnvironmentScaling::frontEndCount() const
{
    // A server behind two load balancers is drawn in both clusters but is one front-end.
    std::vector<std::string_view> servers;
    for (const ScalingCluster& cluster : frontEnds)
        for (const ScalingNode& node : cluster.nodes)
            if (std::find(servers.begin(), servers.end(), node.server) == servers.end())
                servers.push_back(node.server);
    return static_cast<int>(servers.size());
}

bool sameSpec(const Hardware& a, const Hardware& b)
{
    return a.cpuCores == b.cpuCores && a.ramGb == b.ramGb && a.diskGb == b.diskGb;
}

Hardware controllerGuidance(const Topology& topology, const Environment& environment,
                            std::string* source)
{
    Hardware guidance;
    if (environment.purpose == Purpose::Development && environment.activeDevelopers >= 5) {
        const SizingAdvice advice = SizingAdvisor(topology).development(environment);
        for (const ServerRecommendation& server : advice.servers) {
            if (std::find(server.roles.begin(), server.roles.end(), Role::DeploymentController) ==
                server.roles.end())
                continue;
            guidance.cpuCores = server.cpuCores;
            guidance.ramGb = server.ramGb;
            guidance.diskGb = server.diskGb;
            if (source)
                *source =
                    "SIZE-DEV, " + std::to_string(environment.activeDevelopers) + " developers";
            return guidance;
        }
    }
    guidance.cpuCores = kMinimumCores;
    guidance.ramGb = kMinimumRamGb;
    guidance.diskGb = kMinimumDiskGb;
    if (source)
        *source = "minimum for a platform server";
    return guidance;
}

Hardware nextSizeUp(const Hardware& current, const Hardware& guidance)
{
    Hardware next;
    const bool shortOfGuidance = current.cpuCores < guidance.cpuCores ||
                                 current.ramGb < guidance.ramGb || current.diskGb < guidance.diskGb;
    if (shortOfGuidance) {
        next.cpuCores = std::max(current.cpuCores, guidance.cpuCores);
        next.ramGb = std::max(current.ramGb, guidance.ramGb);
        next.diskGb = std::max(current.diskGb, guidance.diskGb);
        return next;
    }
    next.cpuCores = nextStep(kCoreSteps, current.cpuCores);
    next.ramGb = nextStep(kRamSteps, current.ramGb);
    next.diskGb = current.diskGb;
    return next;
}

EnvironmentScaling environmentScaling(const Topology& topology, const Environment& environment)
{
    EnvironmentScaling result;
    result.environment = environment.id;
    result.name = displayName(environment);
    result.purpose = environment.purpose;
    result.perCore = topology.assumptions.perCore(environment.appKind);
    result.expected = environment.expectedRequestsPerSecond;
    result.frontEnds = frontEndClusters(topology, environment, result.perCore);
    result.controller = controllerOf(topology, environment);
    result.timers = timersByZone(topology, environment);
    return result;
}

std::vector<EnvironmentScaling> scalingPlan(const Topology& topology)
{
    std::vector<EnvironmentScaling> result;
    result.reserve(topology.environments.size());
    for (const Environment& environment : topology.environments)
        result.push_back(environmentScaling(topology, environment));
    return result;
}

} // namespace topo
