#include "core/analysis/FailoverRunbook.h"

#include "core/model/DisplayName.h"
#include "core/model/DomainWords.h"
#include "core/rules/RuleText.h"

#include <algorithm>

namespace topo {

namespace {

constexpr const char* kFailoverPage = ref::kFailover;
constexpr const char* kRepublish =
    "Service Center › Factory › Solutions: publish the running version of a solution that "
    "holds every module and extension (create one if none exists), so that every application "
    "is republished.";

std::string joined(const std::vector<const Server*>& servers)
{
    std::string text;
    for (const Server* s : servers)
        text += (text.empty() ? "" : ", ") + s->name;
    return text;
}

class RunbookWriter {
public:
    explicit RunbookWriter(const Topology& topology) : m_topology(topology) {}

    void add(const std::string& id, std::vector<FailoverRunbook>& out) const
    {
        for (const Server& s : m_topology.servers)
            if (s.id == id)
                return out.push_back(forServer(s));
        for (const LoadBalancer& lb : m_topology.loadBalancers)
            if (lb.id == id)
                return out.push_back(undocumented(
                    id, displayName(lb), lb.environment,
                    "No OutSystems procedure: the load balancer fails over as its vendor "
                    "documents (a second load balancer, or the vendor's high-availability pair)."));
        for (const Database& db : m_topology.databases)
            if (db.id == id)
                return out.push_back(undocumented(
                    id, displayName(db),
                    db.catalogs.empty() ? std::string() : db.catalogs.front().environment,
                    "No OutSystems procedure: the database fails over as its vendor documents "
                    "(for example SQL Server Always On availability groups or Oracle RAC)."));
        for (const MessageQueue& q : m_topology.messageQueues)
            if (q.id == id)
                return out.push_back(undocumented(
                    id, displayName(q), q.environment,
                    "No OutSystems failover procedure for RabbitMQ on its own machines: "
                    "applications are not notified of cache invalidations until it is reachable "
                    "again (\"Troubleshoot OutSystems cache invalidation service\" lists the "
                    "checks); a cluster behind a TCP load balancer keeps running on its other "
                    "nodes."));
        for (const Site& site : m_topology.sites)
            if (site.id == id)
                for (const Server& s : m_topology.servers)
                    if (s.site == id)
                        out.push_back(forServer(s));
    }

private:
    const Environment* environmentOf(const Server& s) const
    {
        for (const Environment& e : m_topology.environments)
            if (e.id == s.environment)
                return &e;
        return nullptr;
    }

    std::vector<const Server*> serversOf(const std::string& environment) const
    {
        std::vector<const Server*> servers;
        for (const Server& s : m_topology.servers)
            if (s.environment == environment)
                servers.push_back(&s);
        return servers;
    }

    FailoverRunbook undocumented(const std::string& id, const std::string& name,
                                 const std::string& environment, std::string what) const
    {
        FailoverRunbook runbook{id, name + " fails", environment, {}, {}, {}, {}};
        runbook.consequences.push_back(std::move(what));
        return runbook;
    }

    FailoverRunbook forServer(const Server& s) const
    {
        const Environment* e = environmentOf(s);
        if (e && e->purpose == Purpose::Lifetime)
            return undocumented(s.id, displayName(s), s.environment,
                                "No documented procedure for LifeTime: the environments keep "
                                "running and publishing from their own Service Center; "
                                "deployments between them wait until LifeTime is back.");
        if (isController(s))
            return moveController(s);
        if (isFrontEnd(s))
            return activatePassive(s);
        return undocumented(s.id, displayName(s), s.environment,
                            "No documented procedure: a standby server takes over only through "
                            "the procedures for an active server.");
    }

    // Procedure B, or C when the environment's RabbitMQ runs on the controller.
    FailoverRunbook moveController(const Server& dc) const
    {
        FailoverRunbook runbook{
            dc.id, displayName(dc) + " fails", dc.environment, {}, kFailoverPage, {}, {}};
        const std::vector<const Server*> servers = serversOf(dc.environment);
        const Server* target = nullptr;
        for (const Server* s : servers)
            if (!target && s != &dc && s->standby && s->hasRole(Role::DeploymentController))
                target = s;
        for (const Server* s : servers)
            if (!target && s != &dc && isFrontEnd(*s))
                target = s;
        if (!target) {
            runbook.reference.clear();
            runbook.consequences.push_back(
                "No documented procedure applies: the page moves the controller role to another "
                "front-end of the same environment, and this environment has none; publishing "
                "stops until " +
                dc.name + " is rebuilt.");
            return runbook;
        }
        const MessageQueue* queue = nullptr;
        for (const MessageQueue& q : m_topology.messageQueues)
            if (q.environment == dc.environment && q.hostServer == dc.id)
                queue = &q;
        std::vector<const Server*> frontEnds{target};
        for (const Server* s : servers)
            if (s != target && s != &dc && s->hasRole(Role::Frontend))
                frontEnds.push_back(s);
        const std::string& to = target->name;
        auto& steps = runbook.steps;
        steps.push_back("On " + dc.name +
                        ", if it can be reached: stop the OutSystems Deployment "
                        "Controller Service and set its startup type to Disabled.");
        if (queue) {
            runbook.procedure = "Move controller roles and RabbitMQ to a different server";
            steps.push_back("On " + dc.name +
                            ", if it can be reached: stop the RabbitMQ Service "
                            "(" +
                            queue->name + ") and set its startup type to Disabled.");
        } else {
            runbook.procedure = "Move controller and front-end roles to a different server";
        }
        steps.push_back("On " + to +
                        ": set the OutSystems Deployment Controller Service startup "
                        "type to Automatic.");
        std::string configure = "On every front-end of the environment, starting with " + to +
                                " (" + joined(frontEnds) +
                                "): Configuration Tool › Controller tab › Deployment Controller "
                                "Server = the address of " +
                                to + " (the same value on every front-end)";
        if (queue)
            configure += "; Cache tab › the address of " + to +
                         ", port, virtual host and credentials (Create/Upgrade Service and Test "
                         "Connection on " +
                         to + " only, where RabbitMQ now runs)";
        configure += "; Apply and Exit, accept the restart of the OutSystems services, answer No "
                     "to installing Service Center" +
                     std::string(queue ? "; then run SCInstall.bat as Administrator from the "
                                         "Platform Server folder."
                                       : ".");
        steps.push_back(configure);
        if (!queue)
            steps.push_back("On " + to +
                            ": Configuration Tool › Apply and Exit, and answer Yes "
                            "to installing Service Center.");
        steps.push_back("Licensing: the licence may become invalid once the controller runs on "
                        "another machine; free up the environment and obtain a licence for " +
                        to + " (optional).");
        steps.push_back("Service Center: install the new licence.");
        steps.push_back(kRepublish);
        runbook.consequences = {
            "Until it is done, applications keep running, but publishing is unavailable and "
            "cache invalidation is not operational.",
            "The licence may become invalid: a new one is needed for the new controller.",
            "Every application is republished."};
        return runbook;
    }

    // Procedure A: the environment's standby front-ends take over.
    FailoverRunbook activatePassive(const Server& fe) const
    {
        FailoverRunbook runbook{fe.id, displayName(fe) + " fails", fe.environment, {}, {}, {}, {}};
        const std::vector<const Server*> servers = serversOf(fe.environment);
        std::vector<const Server*> passive;
        for (const Server* s : servers)
            if (s->standby && s->hasRole(Role::Frontend))
                passive.push_back(s);
        if (passive.empty()) {
            runbook.consequences.push_back(
                "No documented procedure without a standby server: the other front-ends keep "
                "serving; remove " +
                fe.name +
                " from its load balancer's pool until it is "
                "repaired (\"Disaster Recovery and High Availability for OutSystems Platform "
                "servers\").");
            return runbook;
        }
        runbook.procedure = "Activate a passive front-end";
        runbook.reference = kFailoverPage;
        std::vector<const Server*> platform;
        for (const Server* s : servers)
            if (s != &fe)
                platform.push_back(s);
        runbook.steps = {
            "On " + fe.name +
                ", if it can be reached: stop the OutSystems Scheduler Service and "
                "set its startup type to Disabled.",
            "On " + joined(passive) +
                ": start the OutSystems Scheduler Service and set its "
                "startup type to Automatic.",
            "On every OutSystems server of the environment (" + joined(platform) +
                "): start the "
                "OutSystems Deployment Service and set its startup type to Automatic."};
        std::string zones;
        if (const Environment* e = environmentOf(fe))
            for (const Zone& z : e->zones)
                if (std::find(z.members.begin(), z.members.end(), fe.id) != z.members.end())
                    zones += (zones.empty() ? "" : ", ") + z.name;
        runbook.consequences = {
            "The page does not mention the load balancer: put " + joined(passive) +
            " in the pool of the load balancer that served " + fe.name + " and take " + fe.name +
            " out" + (zones.empty() ? std::string(".") : "; add them to the zones " + zones + ".")};
        return runbook;
    }

    const Topology& m_topology;
};

} // namespace

std::vector<FailoverRunbook> failoverRunbooks(const Topology& topology,
                                              const std::vector<std::string>& failed)
{
    std::vector<FailoverRunbook> runbooks;
    const RunbookWriter writer(topology);
    for (const std::string& id : failed)
        writer.add(id, runbooks);
    return runbooks;
}

std::vector<std::string> runbookLines(const FailoverRunbook& runbook)
{
    std::vector<std::string> lines{
        runbook.title + ": " +
        (runbook.procedure.empty() ? std::string("no documented procedure")
                                   : "\"" + runbook.procedure + "\" (" + runbook.reference + ")")};
    for (std::size_t i = 0; i < runbook.steps.size(); ++i)
        lines.push_back("  " + std::to_string(i + 1) + ". " + runbook.steps[i]);
    for (const std::string& consequence : runbook.consequences)
        lines.push_back("  - " + consequence);
    return lines;
}

} // namespace topo
