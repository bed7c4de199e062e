#include "core/analysis/AnalysisReport.h"

#include "core/analysis/Arithmetic.h"
#include "core/analysis/FailureMarks.h"
#include "core/model/DisplayName.h"

namespace topo {

namespace {

Json hardwareJson(const Hardware& hardware)
{
    return Json{
        {"cpuCores", hardware.cpuCores}, {"ramGb", hardware.ramGb}, {"diskGb", hardware.diskGb}};
}

Json idOrNull(const std::string& id)
{
    return id.empty() ? Json(nullptr) : Json(id);
}

std::string_view hostName(TimerHost host)
{
    switch (host) {
    case TimerHost::FrontEnd:
        return "frontEnd";
    case TimerHost::Controller:
        return "controller";
    case TimerHost::Dedicated:
        return "dedicated";
    }
    return "";
}

Json clustersJson(const EnvironmentScaling& scaling)
{
    Json clusters = Json::array();
    for (const ScalingCluster& cluster : scaling.frontEnds) {
        Json members = Json::array();
        Json traffic = Json::array();
        Json otherSpec = Json::array();
        for (const ScalingNode& node : cluster.nodes) {
            members.push_back(node.server);
            if (node.servesTraffic && !node.standby)
                traffic.push_back(node.server);
            if (node.differs)
                otherSpec.push_back(node.server);
        }
        clusters.push_back({{"loadBalancer", idOrNull(cluster.balancer)},
                            {"members", std::move(members)},
                            {"trafficMembers", std::move(traffic)},
                            {"commonSpec", hardwareJson(cluster.spec)},
                            {"otherSpec", std::move(otherSpec)},
                            {"capacity", cluster.capacity},
                            {"capacityWithNext", cluster.capacityWithNext},
                            {"sharedWith", idOrNull(cluster.sharedWith)},
                            {"arithmetic", cluster.arithmetic}});
    }
    return clusters;
}

Json scalingJson(const EnvironmentScaling& scaling)
{
    const ControllerScaling& controller = scaling.controller;
    Json controllerJson{{"server", controller.server ? Json(controller.server->server) : Json()},
                        {"count", controller.count},
                        {"guidance", hardwareJson(controller.guidance)},
                        {"guidanceSource", controller.guidanceSource}};
    if (controller.server) {
        controllerJson["hardware"] = hardwareJson(controller.server->hardware);
        controllerJson["nextSize"] = hardwareJson(controller.nextSize);
    }
    Json timers = Json::array();
    for (const ZoneTimers& zone : scaling.timers) {
        Json nodes = Json::array();
        for (const TimerNode& node : zone.nodes)
            nodes.push_back({{"server", node.server}, {"host", hostName(node.host)}});
        timers.push_back({{"zone", idOrNull(zone.zone)},
                          {"name", zone.name},
                          {"hostsApps", zone.hostsApps},
                          {"nodes", std::move(nodes)}});
    }
    return Json{{"frontEndClusters", clustersJson(scaling)},
                {"controller", std::move(controllerJson)},
                {"timers", std::move(timers)}};
}

std::string recommendationLine(const ServerRecommendation& server)
{
    Hardware spec;
    spec.cpuCores = server.cpuCores;
    spec.ramGb = server.ramGb;
    spec.diskGb = server.diskGb;
    return std::to_string(server.count) + " × " + server.purpose + ": " + specText(spec);
}

Json sizingJson(const SizingAdvice& advice)
{
    Json recommendation = Json::array();
    for (const ServerRecommendation& server : advice.servers)
        recommendation.push_back(recommendationLine(server));
    return Json{{"recommendation", std::move(recommendation)}, {"arithmetic", advice.lines}};
}

} // namespace

Json singlePointsJson(const std::vector<SinglePointOfFailure>& points)
{
    Json list = Json::array();
    for (const SinglePointOfFailure& point : points) {
        Json breaks = Json::array();
        for (const Breakage& breakage : point.breaks) {
            Json what = Json::array();
            for (Capability capability : breakage.what)
                what.push_back(std::string(toString(capability)));
            breaks.push_back({{"environment", breakage.environment},
                              {"what", std::move(what)},
                              {"zones", breakage.zones}});
        }
        list.push_back({{"element", point.element},
                        {"kind", std::string(toString(point.kind))},
                        {"name", point.name},
                        {"breaks", std::move(breaks)}});
    }
    return list;
}

Json analysisJson(const EnvironmentAnalysis& analysis)
{
    const EnvironmentCapacity& capacity = analysis.capacity;
    const CapacityArithmetic& how = analysis.capacityArithmetic;
    const ServingAvailability& serving = analysis.availability;
    Json json{{"environment", analysis.environment},
              {"name", analysis.name},
              {"frontEnds",
               {{"traffic", analysis.frontEnds.traffic},
                {"all", analysis.frontEnds.all},
                {"ids", analysis.frontEnds.ids},
                {"arithmetic", analysis.frontEnds.arithmetic}}},
              {"capacity",
               {{"perCore", capacity.perCore},
                {"total", capacity.total},
                {"nMinus1", capacity.withoutLargest},
                {"balancedDeployment", capacity.balancedDeployment},
                {"balancedGroups", how.balancedGroups},
                {"expected", capacity.expected},
                {"arithmetic",
                 {{"perCore", how.perCore},
                  {"total", how.total},
                  {"nMinus1", how.nMinus1},
                  {"balancedDeployment", how.balancedDeployment}}}}},
              {"availability",
               {{"serverAvailability", analysis.serverAvailability},
                {"frontEndTier", serving.frontEndTier},
                {"loadBalancerTier", serving.loadBalancerTier},
                {"databaseTier", serving.databaseTier},
                {"servingPath", serving.serving},
                {"model", AvailabilityModel::modelStatement()},
                {"arithmetic",
                 {{"frontEndTier", analysis.availabilityArithmetic.frontEndTier},
                  {"servingPath", analysis.availabilityArithmetic.servingPath}}}}},
              {"scaling", scalingJson(analysis.scaling)},
              {"sizing", sizingJson(analysis.sizing)}};
    json["singlePointsOfFailure"] = singlePointsJson(analysis.singlePointsOfFailure);
    return json;
}

std::vector<std::string> analysisLines(const EnvironmentAnalysis& analysis)
{
    const EnvironmentCapacity& capacity = analysis.capacity;
    const CapacityArithmetic& how = analysis.capacityArithmetic;
    std::vector<std::string> lines;
    const auto add = [&lines](int indent, const std::string& text) {
        lines.push_back(std::string(2 * static_cast<std::size_t>(indent), ' ') + text);
    };
    lines.push_back(displayName(analysis.name, analysis.environment));
    add(1, "front-ends: " + std::to_string(analysis.frontEnds.traffic) + " traffic, " +
               std::to_string(analysis.frontEnds.all) + " in all");
    add(2, analysis.frontEnds.arithmetic);
    add(1, "capacity per core: " + rateText(capacity.perCore));
    add(2, how.perCore);
    add(1, "capacity: " + rateText(capacity.total));
    add(2, how.total);
    add(1, "N-1: " + rateText(capacity.withoutLargest));
    add(2, how.nMinus1);
    add(1, "balanced deployment: " + rateText(capacity.balancedDeployment));
    add(2, how.balancedDeployment);
    add(1, "expected: " + (capacity.hasExpectation() ? rateText(capacity.expected) : "not stated"));
    add(1, "availability (model): server " + figureText(analysis.serverAvailability, 9));
    add(2, "front-end tier: " + analysis.availabilityArithmetic.frontEndTier);
    add(2, "serving path: " + analysis.availabilityArithmetic.servingPath);
    add(2, AvailabilityModel::modelStatement());
    add(1, "scaling:");
    for (const ScalingCluster& cluster : analysis.scaling.frontEnds) {
        std::string members;
        std::string other;
        for (const ScalingNode& node : cluster.nodes) {
            members += (members.empty() ? "" : ", ") + node.name;
            if (node.differs)
                other += (other.empty() ? "" : ", ") + node.name;
        }
        add(2, (cluster.balancer.empty()
                    ? std::string("not behind a load balancer")
                    : "behind " + displayName(cluster.balancerName, cluster.balancer)) +
                   ": " + members + "; common spec " + specText(cluster.spec) +
                   (other.empty() ? "" : "; another spec: " + other));
        add(3, cluster.arithmetic);
    }
    const ControllerScaling& controller = analysis.scaling.controller;
    if (controller.server)
        add(2, "deployment controller: " + controller.server->name + ", " +
                   specText(controller.server->hardware) + "; guidance " +
                   specText(controller.guidance) + " (" + controller.guidanceSource +
                   "); next size up " + specText(controller.nextSize));
    else
        add(2, "deployment controller: none");
    for (const ZoneTimers& zone : analysis.scaling.timers) {
        std::string nodes;
        for (const TimerNode& node : zone.nodes)
            nodes += (nodes.empty() ? "" : ", ") + node.name;
        add(2, "timers, zone " + zone.name + ": " + (nodes.empty() ? "no scheduler" : nodes));
    }
    add(1, "sizing:");
    for (const ServerRecommendation& server : analysis.sizing.servers)
        add(2, "recommended: " + recommendationLine(server));
    for (const std::string& line : analysis.sizing.lines)
        add(2, "- " + line);
    add(1, "single points of failure: " + std::to_string(analysis.singlePointsOfFailure.size()));
    for (const SinglePointOfFailure& point : analysis.singlePointsOfFailure) {
        const Breakage& breakage = point.breaks.front();
        std::string text = displayName(point.name, point.element) + " (" +
                           std::string(toString(point.kind)) + "): breaks " +
                           capabilityList(breakage.what);
        if (!breakage.zones.empty()) {
            std::string zones;
            for (const std::string& zone : breakage.zones)
                zones += (zones.empty() ? "" : ", ") + zone;
            text += " (zones " + zones + ")";
        }
        add(2, text);
    }
    return lines;
}

} // namespace topo
