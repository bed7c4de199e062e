// Quick fixes of the environment-wide rules: one time zone for an environment
// (TZ-MISMATCH), and a LifeTime environment for a factory without one (LT-MISSING).
#include "core/edit/ElementArrays.h"
#include "core/edit/ElementFactory.h"
#include "core/edit/QuickFixSupport.h"

#include <algorithm>

namespace topo::fixes {
namespace {

bool keepsTime(const Server& s)
{
    return !s.standby && (s.hasRole(Role::Frontend) || s.hasRole(Role::DeploymentController));
}

bool holdsPlatform(const Database& db, const std::string& environmentId)
{
    return std::any_of(db.catalogs.begin(), db.catalogs.end(), [&](const Catalog& c) {
        return c.environment == environmentId && c.kind == CatalogKind::Platform;
    });
}

// TZ-MISMATCH names the environment, then the servers and databases whose zone differs
// from the reference: the reference is the zone of the ones it does not name.
void offerOneTimeZone(Fixes& out, const Topology& topology, const Finding& finding)
{
    const std::string& environmentId = finding.subjects.front();
    auto named = [&](const std::string& id) {
        return std::find(finding.subjects.begin(), finding.subjects.end(), id) !=
               finding.subjects.end();
    };
    std::string reference;
    for (const Database& db : topology.databases)
        if (reference.empty() && holdsPlatform(db, environmentId) && !named(db.id))
            reference = db.timezone;
    for (const Server& s : topology.servers)
        if (reference.empty() && s.environment == environmentId && keepsTime(s) && !named(s.id))
            reference = s.timezone;
    if (reference.empty())
        return;
    const Environment* env = findById(topology.environments, environmentId);
    offer(out, topology, FixKind::ChangeSetting,
          "Set " + (env ? env->name : environmentId) + " to one time zone, " + reference,
          [&](Topology& t) {
              for (Server& s : t.servers)
                  if (named(s.id))
                      s.timezone = reference;
              for (Database& db : t.databases)
                  if (named(db.id))
                      db.timezone = reference;
              return true;
          });
}

// A LifeTime environment with one server, placed beside the others.
void offerLifetime(Fixes& out, const Topology& topology)
{
    offer(out, topology, FixKind::AddEnvironment, "Add a LifeTime environment with one server",
          [&](Topology& t) {
              ElementFactory factory(t);
              auto created = factory.create(ElementKind::Environment, "", Point{});
              if (!created)
                  return false;
              created->patch.apply(t);
              Environment& env = *findById(t.environments, created->id);
              env.name = "LifeTime";
              env.purpose = Purpose::Lifetime;
              env.layout.reset(); // placed by offer() beside the others, around its server
              ElementFactory servers(t);
              Server server = servers.makeServer(env.id);
              t.servers.push_back(std::move(server));
              return true;
          });
}

} // namespace

Fixes environmentFixes(const Topology& topology, const Finding& finding)
{
    Fixes out;
    if (finding.rule == "TZ-MISMATCH" && !finding.subjects.empty())
        offerOneTimeZone(out, topology, finding);
    else if (finding.rule == "LT-MISSING")
        offerLifetime(out, topology);
    return out;
}

} // namespace topo::fixes
