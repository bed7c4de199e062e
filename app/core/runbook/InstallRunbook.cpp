#include "core/runbook/InstallRunbook.h"

#include "core/model/DomainWords.h"
#include "core/rules/RuleText.h"
#include "core/runbook/BuildSheets.h"

#include <algorithm>

namespace topo {

namespace {

constexpr const char* kSetup = ref::kSettingUp;
constexpr const char* kUnattended = "Unattended Installation and Upgrade";
constexpr const char* kConfigurationTool = "Configuration Tool";
constexpr const char* kCacheTab = "Cache Tab";
constexpr const char* kZones = ref::kZones;
constexpr const char* kRequirements = ref::kRequirements;
constexpr const char* kConnectivity = "Test the connectivity between OutSystems environments";
constexpr const char* kRegisterError = "Error registering an environment in LifeTime";

std::string names(const std::vector<const Server*>& servers)
{
    std::string text;
    for (const Server* s : servers)
        text += (text.empty() ? "" : ", ") + s->name;
    return text;
}

// The address an environment is reached at: its load balancer with targets, else its first
// front-end serving traffic.
std::string environmentAddress(const Topology& topology, const Environment& environment)
{
    for (const LoadBalancer& lb : topology.loadBalancers)
        if (lb.environment == environment.id && !lb.targets.empty())
            return lb.name;
    for (const Server& s : topology.servers)
        if (s.environment == environment.id && isTrafficFrontEnd(s))
            return s.name;
    return {};
}

class EnvironmentSteps {
public:
    EnvironmentSteps(const Topology& topology, const Environment& environment)
        : m_topology(topology), m_environment(environment)
    {
        for (const Server& s : topology.servers)
            if (s.environment == environment.id)
                m_servers.push_back(&s);
        // One build sheet per server; the values the environment decides are worked out once.
        const std::vector<ConfigurationValue> configuration =
            environmentConfiguration(topology, environment);
        for (const Server* s : m_servers)
            m_sheets.push_back(buildSheet(environment, *s, configuration));
    }

    EnvironmentRunbook build()
    {
        EnvironmentRunbook runbook{m_environment.id, m_environment.name, {}, {}};
        databases();
        queues();
        const std::size_t controller = controllerServer();
        if (controller < m_servers.size())
            installController(controller);
        installOthers(controller);
        balancersAndZones();
        const std::string address = environmentAddress(m_topology, m_environment);
        if (!address.empty())
            add("Service Center › Environment Configuration: set the environment's host name "
                "to the address users and LifeTime reach it at, " +
                    address + ".",
                kSetup);
        runbook.steps = std::move(m_steps);
        runbook.sheets = std::move(m_sheets);
        return runbook;
    }

private:
    void add(std::string text, const char* reference)
    {
        m_steps.push_back({std::move(text), reference});
    }

    // The position of the environment's first active controller, else past the end.
    std::size_t controllerServer() const
    {
        for (std::size_t i = 0; i < m_servers.size(); ++i)
            if (isController(*m_servers[i]))
                return i;
        return m_servers.size();
    }

    void databases()
    {
        for (const Database& db : m_topology.databases) {
            std::vector<std::string> kinds;
            for (const Catalog& c : db.catalogs)
                if (c.environment == m_environment.id)
                    kinds.push_back(c.kind == CatalogKind::Platform  ? "platform"
                                    : c.kind == CatalogKind::Session ? "session"
                                                                     : "log");
            if (kinds.empty())
                continue;
            std::string list;
            for (const std::string& k : kinds)
                list += (list.empty() ? "" : ", ") + k;
            add("Database " + db.name + ": create the " + list + " catalogs of " +
                    m_environment.name +
                    " and their users (the installation checklist's "
                    "First Install task, Database role; with Oracle the database administrator "
                    "creates the users first), with a case-insensitive collation.",
                kSetup);
        }
    }

    void queues()
    {
        for (const MessageQueue& q : m_topology.messageQueues) {
            if (q.environment != m_environment.id || !q.hostServer.empty())
                continue;
            std::string text = "RabbitMQ " + q.name + ": install Erlang and RabbitMQ on its " +
                               std::to_string(q.nodes) + (q.nodes == 1 ? " machine" : " machines");
            if (q.nodes > 1)
                text += ", set cluster_partition_handling = autoheal on each node and join them "
                        "in one cluster" +
                        std::string(q.tcpLoadBalancer ? ", behind its TCP load balancer" : "");
            add(text + ".", kCacheTab);
        }
    }

    void installController(std::size_t index)
    {
        const Server& dc = *m_servers[index];
        const bool lifetime = m_environment.purpose == Purpose::Lifetime;
        std::string text = "Deployment controller " + dc.name + ": install the prerequisites and " +
                           m_sheets[index].installer + " (checklist role " +
                           m_sheets[index].checklistRole +
                           "); in the Configuration Tool enter the values of its build sheet";
        for (const MessageQueue& q : m_topology.messageQueues)
            if (q.environment == m_environment.id && q.hostServer == dc.id)
                text += ", and install RabbitMQ " + q.name +
                        " here with the Cache tab's "
                        "Create/Upgrade Service";
        text += "; then install Service Center and the System Components and upload the "
                "licence (ConfigurationTool.com /SetupInstall … /InstallServiceCenter "
                "/InstallSystemComponents, then /UploadLicense)";
        if (lifetime)
            text += ", and publish LifeTime";
        add(text + ".", kUnattended);
    }

    // The other platform servers, after the controller at `controller` (none: past the end).
    void installOthers(std::size_t controller)
    {
        const std::string from = controller < m_servers.size() ? m_servers[controller]->name
                                                               : std::string("the controller");
        for (std::size_t i = 0; i < m_servers.size(); ++i) {
            const Server* s = m_servers[i];
            if (i == controller ||
                !(s->hasRole(Role::Frontend) || s->hasRole(Role::DeploymentController)))
                continue;
            add("Front-end " + s->name +
                    ": install the prerequisites and the same Platform "
                    "Server version (" +
                    m_sheets[i].installer + ", checklist role " + m_sheets[i].checklistRole +
                    ") on a clean machine; copy server.hsconf and private.key from " + from +
                    " (whose file must not name localhost); run the Configuration Tool "
                    "(ConfigurationTool.com /UpgradeInstall)" +
                    (s->standby ? "; then stop its services: it is a standby server" : "") + ".",
                kConfigurationTool);
        }
    }

    void balancersAndZones()
    {
        for (const LoadBalancer& lb : m_topology.loadBalancers) {
            if (lb.environment != m_environment.id || lb.targets.empty())
                continue;
            std::vector<const Server*> pool;
            for (const std::string& id : lb.targets)
                for (const Server* s : m_servers)
                    if (s->id == id)
                        pool.push_back(s);
            add("Load balancer " + lb.name + ": put " + names(pool) +
                    " in its pool on ports "
                    "80 and 443" +
                    (lb.stickySessions ? ", with sticky sessions" : "") + ".",
                kSetup);
        }
        for (const Zone& z : m_environment.zones) {
            std::vector<const Server*> members;
            for (const std::string& id : z.members)
                for (const Server* s : m_servers)
                    if (s->id == id)
                        members.push_back(s);
            add("Zone " + z.name + ": create it in Service Center with the members " +
                    names(members) +
                    (z.address.empty() ? std::string() : " and the address " + z.address) +
                    (z.httpsInternal ? ", with HTTPS for internal communications" : "") + ".",
                kZones);
        }
    }

    const Topology& m_topology;
    const Environment& m_environment;
    std::vector<const Server*> m_servers;
    std::vector<BuildSheet> m_sheets; // per server of m_servers
    std::vector<RunbookStep> m_steps;
};

std::vector<RunbookStep> registration(const Topology& topology,
                                      const std::vector<const Environment*>& managed)
{
    std::vector<RunbookStep> steps;
    const Environment* lifetime = nullptr;
    for (const Environment& e : topology.environments)
        if (e.purpose == Purpose::Lifetime && !lifetime)
            lifetime = &e;
    if (!lifetime)
        return steps;
    const std::string lifetimeAddress = environmentAddress(topology, *lifetime);
    for (const Environment* e : managed) {
        const std::string address = environmentAddress(topology, *e);
        steps.push_back(
            {"Register " + e->name + " in LifeTime with the environment address " +
                 (address.empty() ? std::string("(none in the design)") : address) +
                 " and the LifeTime address " +
                 (lifetimeAddress.empty() ? std::string("(none in the design)") : lifetimeAddress) +
                 ", both over HTTPS with valid certificates; open "
                 "https://<other>/ServiceCenter from a server of each side to test "
                 "both ways.",
             kConnectivity});
    }
    if (!steps.empty())
        steps.push_back({"If a registration fails, check both certificates and both directions.",
                         kRegisterError});
    return steps;
}

} // namespace

InstallRunbook installRunbook(const Topology& topology, std::string_view onlyEnvironment)
{
    InstallRunbook runbook;
    std::vector<const Environment*> ordered;
    for (const Environment& e : topology.environments)
        if (e.purpose != Purpose::Lifetime)
            ordered.push_back(&e);
    const std::size_t applications = ordered.size();
    for (const Environment& e : topology.environments)
        if (e.purpose == Purpose::Lifetime)
            ordered.push_back(&e);
    std::vector<const Environment*> managed;
    for (std::size_t i = 0; i < ordered.size(); ++i) {
        const Environment& e = *ordered[i];
        if (!onlyEnvironment.empty() && e.id != onlyEnvironment)
            continue;
        const bool populated = std::any_of(topology.servers.begin(), topology.servers.end(),
                                           [&e](const Server& s) { return s.environment == e.id; });
        if (!populated)
            continue;
        runbook.environments.push_back(EnvironmentSteps(topology, e).build());
        if (i < applications)
            managed.push_back(&e);
    }
    runbook.registration = registration(topology, managed);
    runbook.undocumented = {
        "The installation checklist of each Platform Server version (\"Checklist for OutSystems "
        "Platform Server Installation\", opened by the installer) is not public: follow it on "
        "each server for the version's own steps and tuning values.",
        "No page states the order database, controller, front-ends in one sentence: it follows "
        "from the checklist's Database role, the controller's configuration being the one the "
        "front-ends import, and Service Center being installed once, from the controller.",
        std::string("Prerequisites and versions: \"") + kRequirements + "\"."};
    return runbook;
}

} // namespace topo
