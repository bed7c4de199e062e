#include "rules/PlatformSoftware.h"
#include "rules/RuleFamily.h"
#include "rules/RuleText.h"

#include <algorithm>

namespace topo {
namespace {

enum : std::size_t { kMismatch, kAzureUtc };

const std::vector<RuleInfo>& catalogue()
{
    static const std::vector<RuleInfo> rules{
        {"TZ-MISMATCH", Severity::Error, "Time zones differ in one environment",
         "The platform database, the deployment controller and every front-end of an "
         "environment must share one time zone, or dates and timers shift between them.",
         ref::kTimezone},
        {"TZ-AZURE-UTC", Severity::Error, "Azure SQL outside UTC",
         "Azure SQL runs in UTC only, so a platform on Azure SQL is set up in UTC.",
         ref::kRequirements},
    };
    return rules;
}

// One element of an environment that has a time zone: a platform server or a database.
struct Clock {
    const std::string* id;
    const std::string* name;
    const std::string* timezone;
};

void checkEnvironment(const EnvironmentFacts& f, FindingSink& sink)
{
    const Environment& e = *f.environment;
    std::vector<Clock> servers;
    for (const Server* s : f.servers)
        if ((isFrontEnd(*s) || isController(*s)) && isSpecified(s->timezone))
            servers.push_back({&s->id, &s->name, &s->timezone});
    std::vector<Clock> databases;
    std::vector<const Database*> holders = f.holders(CatalogKind::Platform);
    holders.erase(std::unique(holders.begin(), holders.end()), holders.end()); // adjacent repeats
    for (const Database* db : holders)
        if (isSpecified(db->timezone))
            databases.push_back({&db->id, &db->name, &db->timezone});
    // The reference: the platform database's time zone, else the first server's.
    const Clock* reference =
        !databases.empty() ? &databases.front() : (!servers.empty() ? &servers.front() : nullptr);
    if (!reference)
        return;
    std::vector<std::string> ids{e.id};
    std::string differing;
    for (const auto* group : {&servers, &databases})
        for (const Clock& clock : *group)
            if (!sameText(*clock.timezone, *reference->timezone)) {
                ids.push_back(*clock.id);
                differing += (differing.empty() ? "" : ", ") + *clock.name + " uses " +
                             text::quoted(*clock.timezone);
            }
    if (ids.size() < 2)
        return;
    sink.add(catalogue()[kMismatch],
             e.name + " runs in more than one time zone: " + *reference->name + " uses " +
                 text::quoted(*reference->timezone) + ", but " + differing +
                 "; set one time zone on its database, controller and front-ends.",
             std::move(ids), e.id);
}

void check(const DesignIndex& index, FindingSink& sink)
{
    for (const EnvironmentFacts& f : index.environments())
        checkEnvironment(f, sink);
    for (const Database& db : index.topology().databases)
        if (db.engine == DbEngine::AzureSql && isSpecified(db.timezone) &&
            !sameText(db.timezone, "utc"))
            sink.add(catalogue()[kAzureUtc],
                     db.name + " is Azure SQL, which runs in UTC only, but its time zone is " +
                         text::quoted(db.timezone) +
                         "; set it to UTC, and its environment's servers with it.",
                     {db.id}, db.catalogs.empty() ? "" : db.catalogs.front().environment);
}

} // namespace

RuleFamily timeZoneRules()
{
    return {&catalogue(), &check};
}

} // namespace topo
