#include "core/edit/EditOperations.h"
#include "core/edit/ElementArrays.h"
#include "core/edit/ElementFactory.h"
#include "core/edit/QuickFixSupport.h"

#include <algorithm>

namespace topo::fixes {

namespace {

bool holds(const Database& db, const std::string& envId, CatalogKind kind)
{
    return std::any_of(db.catalogs.begin(), db.catalogs.end(),
                       [&](const Catalog& c) { return c.environment == envId && c.kind == kind; });
}

void offerMissingCatalogs(Fixes& out, const Topology& topology, const std::string& envId)
{
    std::vector<CatalogKind> missing;
    for (CatalogKind kind : {CatalogKind::Platform, CatalogKind::Session, CatalogKind::Log})
        if (std::none_of(topology.databases.begin(), topology.databases.end(),
                         [&](const Database& db) { return holds(db, envId, kind); }))
            missing.push_back(kind);
    if (missing.empty())
        return;
    // The database already holding a catalog of the environment takes the rest.
    for (const Database& db : topology.databases) {
        const bool ours = std::any_of(db.catalogs.begin(), db.catalogs.end(),
                                      [&](const Catalog& c) { return c.environment == envId; });
        if (!ours)
            continue;
        const std::string dbId = db.id;
        offer(out, topology, FixKind::AddCatalogs, "Add the missing catalogs to " + db.name,
              [&](Topology& t) {
                  for (CatalogKind kind : missing)
                      findById(t.databases, dbId)
                          ->catalogs.push_back(Catalog{envId, kind, emptyExtra()});
                  return true;
              });
        break;
    }
    ElementFactory factory(topology);
    Database added = factory.makeDatabase(envId);
    offer(out, topology, FixKind::AddDatabase,
          "Add database " + added.name + " with the missing catalogs", [&](Topology& t) {
              t.databases.push_back(added);
              return !added.catalogs.empty();
          });
}

// A RabbitMQ cluster of an odd number of nodes (at least 3) behind a TCP load balancer.
void offerCluster(Fixes& out, const Topology& topology, const MessageQueue& mq)
{
    long long nodes = std::max<long long>(3, mq.nodes);
    if (nodes % 2 == 0)
        ++nodes;
    const std::string id = mq.id;
    offer(out, topology, FixKind::ChangeSetting,
          "Make " + mq.name + " a " + std::to_string(nodes) +
              "-node cluster behind a TCP load balancer",
          [&](Topology& t) {
              MessageQueue& q = *findById(t.messageQueues, id);
              q.nodes = nodes;
              q.tcpLoadBalancer = true;
              return true;
          });
}

} // namespace

Fixes storeFixes(const Topology& topology, const Finding& finding)
{
    Fixes out;
    const std::string& rule = finding.rule;
    const std::string subject =
        finding.subjects.empty() ? finding.environment : finding.subjects[0];
    const Database* db = findById(topology.databases, subject);
    const MessageQueue* mq = findById(topology.messageQueues, subject);
    auto editDb = [&](const std::string& title, auto change) {
        offer(out, topology, FixKind::ChangeSetting, title, [&](Topology& t) {
            change(*findById(t.databases, subject));
            return true;
        });
    };
    if (rule == "DB-MISSING") {
        offerMissingCatalogs(out, topology, subject);
    } else if (rule == "DB-HA" && db) {
        const DbHaMode mode = db->engine == DbEngine::Oracle ? DbHaMode::Rac : DbHaMode::AlwaysOnAg;
        editDb("Make " + db->name + " a two-node " + std::string(toString(mode)) + " cluster",
               [&](Database& d) {
                   d.nodes = std::max<long long>(2, d.nodes);
                   if (d.haMode == DbHaMode::None)
                       d.haMode = mode;
                   d.singleEndpoint = true;
               });
    } else if (rule == "DB-HA-ENDPOINT" && db) {
        editDb("Reach " + db->name + " through one endpoint",
               [](Database& d) { d.singleEndpoint = true; });
    } else if (rule == "DB-HA-NODES" && db) {
        editDb("Give " + db->name + " two nodes", [](Database& d) { d.nodes = 2; });
    } else if (rule == "DB-NO-CATALOGS" && db) {
        out.push_back(QuickFix{FixKind::RemoveElement, "Remove " + db->name,
                               removeElements(topology, {db->id})});
    } else if ((rule == "MQ-CLUSTER-EVEN" || rule == "MQ-CLUSTER-NO-LB") && mq) {
        offerCluster(out, topology, *mq);
    } else if (rule == "MQ-SPOF") {
        for (const MessageQueue& q : topology.messageQueues)
            if (q.environment == subject) {
                offerCluster(out, topology, q);
                break;
            }
    } else if ((rule == "MQ-HOST-ENV" || rule == "MQ-ON-DC") && mq) {
        offer(out, topology, FixKind::ChangeSetting, "Run " + mq->name + " on its own machine",
              [&](Topology& t) {
                  findById(t.messageQueues, subject)->hostServer.clear();
                  return true;
              });
    } else if (rule == "MQ-MISSING" && findById(topology.environments, subject)) {
        ElementFactory factory(topology);
        MessageQueue added = factory.makeMessageQueue(subject);
        // Where high availability is required, a cluster as MQ-SPOF asks for (and as DB-MISSING's
        // fix gives a two-node database there), so that the fix raises no other finding.
        std::string title = "Add RabbitMQ " + added.name;
        if (findById(topology.environments, subject)->haRequired) {
            added.nodes = 3;
            added.tcpLoadBalancer = true;
            title += ", a 3-node cluster behind a TCP load balancer";
        }
        offer(out, topology, FixKind::AddQueue, title, [&](Topology& t) {
            t.messageQueues.push_back(added);
            return true;
        });
    }
    return out;
}

} // namespace topo::fixes
