#include "core/rules/RabbitMqVersions.h"
#include "core/rules/RuleFamily.h"
#include "core/rules/RuleText.h"

#include <algorithm>

namespace topo {
namespace {

enum : std::size_t { kMissing, kSpof, kClusterNoLb, kClusterEven, kOnDc, kHostEnv, kVersion };

const std::vector<RuleInfo>& catalogue()
{
    static const std::vector<RuleInfo> rules{
        {"MQ-MISSING", Severity::Warning, "No cache invalidation service",
         "The cache invalidation service (RabbitMQ) tells the front-ends when cached data is "
         "stale; every environment needs one.",
         ref::kCache},
        {"MQ-SPOF", Severity::Warning, "Cache invalidation on a single node",
         "For high availability, cache invalidation runs on a RabbitMQ cluster behind a TCP "
         "load balancer; a single node stops cache invalidation when it fails.",
         ref::kCacheHa},
        {"MQ-CLUSTER-NO-LB", Severity::Warning, "RabbitMQ cluster without a single endpoint",
         "The platform servers reach a RabbitMQ cluster through one endpoint, a TCP load "
         "balancer or a dynamic DNS name in front of the nodes, so that they keep working when "
         "one node fails.",
         ref::kCacheHa},
        {"MQ-CLUSTER-EVEN", Severity::Warning, "RabbitMQ cluster of an even size",
         "RabbitMQ advises odd cluster sizes (3, 5, 7) so that a majority survives a network "
         "partition.",
         ref::kCacheHa},
        {"MQ-ON-DC", Severity::Info, "Cache invalidation on the deployment controller",
         "RabbitMQ usually runs on the deployment controller's machine; then losing the "
         "controller also stops cache invalidation.",
         ref::kHaStrategies},
        {"MQ-HOST-ENV", Severity::Warning, "Cache invalidation hosted in another environment",
         "Each environment has its own cache invalidation service, on its own machines or on a "
         "server of that environment.",
         ref::kCache},
        {"MQ-VERSION", Severity::Error, "RabbitMQ version below the minimum",
         "Each Platform Server version requires a minimum RabbitMQ version (4.1.2 from 11.38, "
         "3.13.0 from 11.27, down to 3.7.7 before 11.9).",
         ref::kRequirements},
    };
    return rules;
}

void checkQueue(const DesignIndex& index, const MessageQueue& q, FindingSink& sink)
{
    const auto& rules = catalogue();
    if (q.nodes >= 2 && !q.tcpLoadBalancer)
        sink.add(rules[kClusterNoLb],
                 q.name + " is a cluster of " + std::to_string(q.nodes) +
                     " nodes without a single endpoint; put a TCP load balancer or a dynamic DNS "
                     "name in front of its nodes.",
                 {q.id}, q.environment);
    if (q.nodes >= 2 && q.nodes % 2 == 0)
        sink.add(rules[kClusterEven],
                 q.name + " is a cluster of " + std::to_string(q.nodes) +
                     " nodes; use an odd number of nodes (3, 5 or 7).",
                 {q.id}, q.environment);
    if (const Server* host = index.server(q.hostServer)) {
        if (isController(*host))
            sink.add(rules[kOnDc],
                     q.name + " runs on " + host->name +
                         ", a deployment controller: losing it "
                         "also stops cache invalidation; consider separate machines for high "
                         "availability.",
                     {q.id, host->id}, q.environment);
        if (host->environment != q.environment)
            sink.add(rules[kHostEnv],
                     q.name + " of " + std::string(index.name(q.environment)) + " runs on " +
                         host->name + ", a server of " +
                         std::string(index.name(host->environment)) +
                         "; host it on a server of its own environment or on its own machines.",
                     {q.id, host->id}, q.environment);
    }
    const EnvironmentFacts* f = index.facts(q.environment);
    if (!f || q.version.empty() || f->environment->platformVersion.empty())
        return;
    const Environment& e = *f->environment;
    const std::optional<std::string_view> minimum = minimumRabbitMq(e.platformVersion);
    if (minimum && versionBelow(q.version, *minimum))
        sink.add(rules[kVersion],
                 q.name + " runs RabbitMQ " + q.version + ", below the " + std::string(*minimum) +
                     " that Platform Server " + e.platformVersion + " of " + e.name +
                     " requires; upgrade RabbitMQ to " + std::string(*minimum) + " or later.",
                 {q.id}, q.environment);
}

void checkEnvironment(const EnvironmentFacts& f, FindingSink& sink)
{
    const auto& rules = catalogue();
    const Environment& e = *f.environment;
    if (f.populated() && f.queues.empty())
        sink.add(rules[kMissing],
                 e.name + " has no cache invalidation service; add a message queue "
                          "(RabbitMQ), usually on the deployment controller's machine.",
                 {e.id}, e.id);
    const bool allSingle = std::all_of(f.queues.begin(), f.queues.end(),
                                       [](const MessageQueue* q) { return q->nodes < 2; });
    if (e.haRequired && !f.queues.empty() && allSingle) {
        std::vector<std::string_view> names;
        for (const MessageQueue* q : f.queues)
            names.push_back(q->name);
        sink.add(rules[kSpof],
                 e.name + " requires high availability but its cache invalidation (" +
                     text::joinNames(names) +
                     ") runs on a single node; use a RabbitMQ "
                     "cluster of three nodes behind a TCP load balancer.",
                 {e.id}, e.id);
    }
}

void check(const DesignIndex& index, FindingSink& sink)
{
    for (const MessageQueue& q : index.topology().messageQueues)
        checkQueue(index, q, sink);
    for (const EnvironmentFacts& f : index.environments())
        checkEnvironment(f, sink);
}

} // namespace

RuleFamily queueRules()
{
    return {&catalogue(), &check};
}

} // namespace topo
