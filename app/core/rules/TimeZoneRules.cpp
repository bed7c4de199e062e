#include "core/rules/PlatformSoftware.h"
#include "core/rules/RuleFamily.h"
#include "core/rules/RuleText.h"

#include <algorithm>
#include <string>
#include <unordered_map>

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

// TZ-MISMATCH's elements: the environment's active front-ends and controllers, then the
// databases holding its platform catalog (each once), in file order.
bool keepsTime(const Server* s)
{
    return isFrontEnd(*s) || isController(*s);
}

// The time zone most of the environment's front-ends and controllers use (compared as
// text::sameText does), with the first server that uses it and how many do; a tie goes to the
// zone that appears first in file order. No server when none has a time zone.
struct MostCommonZone {
    const Server* server = nullptr;
    std::size_t count = 0;
};

MostCommonZone mostCommonZone(const std::vector<const Server*>& servers)
{
    std::vector<MostCommonZone> zones; // in order of first appearance
    std::unordered_map<std::string, std::size_t> position;
    for (const Server* s : servers) {
        if (!keepsTime(s) || !isSpecified(s->timezone))
            continue;
        const auto [it, added] = position.try_emplace(normalizedText(s->timezone), zones.size());
        if (added)
            zones.push_back({s, 0});
        ++zones[it->second].count;
    }
    MostCommonZone best;
    for (const MostCommonZone& zone : zones)
        if (zone.count > best.count)
            best = zone;
    return best;
}

void checkEnvironment(const EnvironmentFacts& f, FindingSink& sink)
{
    const Environment& e = *f.environment;
    const std::vector<const Database*>& holders = f.holders(CatalogKind::Platform);
    // Repeats of one database are adjacent: the holders are gathered database by database.
    const auto firstListing = [&](std::size_t i) { return i == 0 || holders[i - 1] != holders[i]; };
    // The reference: the first platform database's time zone, else the servers' most common
    // one, so that the odd ones out are named.
    const std::string* reference = nullptr;
    std::string referenceHolders;
    for (const Database* db : holders)
        if (!reference && isSpecified(db->timezone)) {
            reference = &db->timezone;
            referenceHolders = db->name + " uses ";
        }
    if (!reference) {
        const MostCommonZone common = mostCommonZone(f.servers);
        if (!common.server)
            return;
        reference = &common.server->timezone;
        referenceHolders =
            common.server->name + (common.count > 1 ? " and " + std::to_string(common.count - 1) +
                                                          (common.count > 2 ? " other servers use "
                                                                            : " other server use ")
                                                    : std::string(" uses "));
    }
    const auto differs = [&](const std::string& timezone) {
        return isSpecified(timezone) && !sameText(timezone, *reference);
    };
    std::vector<std::string> ids;
    std::string differing;
    const auto add = [&](const std::string& id, const std::string& name, const std::string& zone) {
        if (ids.empty())
            ids.push_back(e.id);
        ids.push_back(id);
        differing += (differing.empty() ? "" : ", ") + name + " uses " + text::quoted(zone);
    };
    for (const Server* s : f.servers)
        if (keepsTime(s) && differs(s->timezone))
            add(s->id, s->name, s->timezone);
    for (std::size_t i = 0; i < holders.size(); ++i)
        if (firstListing(i) && differs(holders[i]->timezone))
            add(holders[i]->id, holders[i]->name, holders[i]->timezone);
    if (ids.empty())
        return;
    sink.add(catalogue()[kMismatch],
             e.name + " runs in more than one time zone: " + referenceHolders +
                 text::quoted(*reference) + ", but " + differing +
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
