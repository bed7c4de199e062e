#include "core/rules/RuleFamily.h"
#include "core/rules/RuleText.h"

#include <algorithm>

namespace topo {
namespace {

enum : std::size_t {
    kDbMissing,
    kCatalogDuplicate,
    kEngineMix,
    kProdShared,
    kDbHa,
    kHaEndpoint,
    kHaNodes,
    kNoCatalogs,
    kSizeProd
};

const std::vector<RuleInfo>& catalogue()
{
    static const std::vector<RuleInfo> rules{
        {"DB-MISSING", Severity::Error, "Platform or session catalog missing",
         "Every environment needs its platform and session catalogs in a database; the "
         "platform servers cannot start without them.",
         ref::kArchitecture},
        {"DB-CATALOG-DUPLICATE", Severity::Error, "Catalog in more than one database",
         "An environment has one catalog of each kind; listing it in several databases leaves "
         "the platform servers unsure where their data lives.",
         ref::kArchitecture},
        {"DB-ENGINE-MIX", Severity::Error, "Catalogs on different database engines",
         "An environment's platform, session and log catalogs must all be on the same engine "
         "(SQL Server, Azure SQL or Oracle).",
         ref::kRequirements},
        {"DB-PROD-SHARED", Severity::Warning, "Production database shared with other environments",
         "Non-production environments often share a database server; production deserves "
         "its own, so that tests cannot slow down or endanger it.",
         ref::kArchitecture},
        {"DB-HA", Severity::Warning, "Production database without high availability",
         "A highly available production needs a highly available database: SQL Server Always "
         "On or failover cluster instances, mirroring, log shipping or replication; Oracle RAC "
         "or Data Guard.",
         ref::kScaling},
        {"DB-HA-ENDPOINT", Severity::Error, "Database cluster without a single endpoint",
         "All platform servers must reach a database cluster through one endpoint (an "
         "availability group listener or a cluster name) so that a failover is transparent.",
         ref::kHaStrategies},
        {"DB-HA-NODES", Severity::Error, "Database high availability on a single node",
         "A high-availability mode needs at least two database nodes to fail over to.",
         ref::kHaStrategies},
        {"DB-NO-CATALOGS", Severity::Warning, "Database without catalogs",
         "A database that holds no environment's catalog serves nothing in the design.",
         ref::kArchitecture},
        {"DB-SIZE-PROD", Severity::Info, "Production database below the sizing minimum",
         "The sizing guidance gives a production database 2 cores (4 threads) and 16 GB of RAM "
         "for up to 250 transactions/s, and 4 cores and 32 GB for up to 400.",
         ref::kSizing},
    };
    return rules;
}

std::vector<const Database*> distinct(std::vector<const Database*> holders)
{
    // Holders are gathered database by database, so repeats of one database are adjacent.
    holders.erase(std::unique(holders.begin(), holders.end()), holders.end());
    return holders;
}

std::string databaseNames(const std::vector<const Database*>& dbs)
{
    std::vector<std::string_view> names;
    for (const Database* db : dbs)
        names.push_back(db->name);
    return text::joinNames(names);
}

void checkEnvironment(const EnvironmentFacts& f, FindingSink& sink)
{
    const auto& rules = catalogue();
    const Environment& e = *f.environment;
    std::vector<std::string_view> missing;
    for (CatalogKind kind : {CatalogKind::Platform, CatalogKind::Session})
        if (f.holders(kind).empty())
            missing.push_back(text::catalogName(kind));
    if (f.populated() && !missing.empty())
        sink.add(rules[kDbMissing],
                 "The " + text::joinWords(missing) + " catalog" +
                     (missing.size() == 1 ? " of " + e.name + " is in no database; add it"
                                          : "s of " + e.name + " are in no database; add them") +
                     " to a database.",
                 {e.id}, e.id);
    std::vector<const Database*> used; // distinct, in the order met
    bool mixed = false;
    for (CatalogKind kind : {CatalogKind::Platform, CatalogKind::Session, CatalogKind::Log}) {
        const auto holders = distinct(f.holders(kind));
        for (const Database* db : holders) {
            if (std::find(used.begin(), used.end(), db) != used.end())
                continue;
            mixed = mixed || (!used.empty() && db->engine != used.front()->engine);
            used.push_back(db);
        }
        if (f.holders(kind).size() < 2)
            continue;
        std::vector<std::string> ids;
        for (const Database* db : holders)
            ids.push_back(db->id);
        sink.add(rules[kCatalogDuplicate],
                 "The " + std::string(text::catalogName(kind)) + " catalog of " + e.name +
                     " is listed more than once (" + databaseNames(holders) +
                     "); keep it in exactly one database.",
                 std::move(ids), e.id);
    }
    if (mixed) {
        std::string engines;
        for (const Database* db : used)
            engines += (engines.empty() ? "" : ", ") + db->name + " uses " +
                       std::string(toString(db->engine));
        sink.add(rules[kEngineMix],
                 "The catalogs of " + e.name + " sit on databases of different engines: " +
                     engines + "; move them all onto one engine.",
                 {e.id}, e.id);
    }
}

// DB-SIZE-PROD: the specified cores or RAM of a database holding a production platform catalog
// below the smallest production size.
void checkProductionSize(const Database& db, const Environment& production, FindingSink& sink)
{
    const Hardware& hw = db.hardware;
    std::vector<std::string> low;
    if (hw.cpuCores > 0 && hw.cpuCores < 2)
        low.push_back(text::count(static_cast<std::size_t>(hw.cpuCores), "core", "cores"));
    if (hw.ramGb > 0 && hw.ramGb < 16)
        low.push_back(text::number(hw.ramGb) + " GB RAM");
    if (low.empty())
        return;
    sink.add(catalogue()[kSizeProd],
             db.name + " holds the platform catalog of " + production.name + " with only " +
                 text::joinWords(std::vector<std::string_view>(low.begin(), low.end())) +
                 "; give it at least 2 cores and 16 GB RAM, the production sizing for up to 250 "
                 "transactions/s.",
             {db.id}, production.id);
}

void checkDatabase(const DesignIndex& index, const Database& db, FindingSink& sink)
{
    const auto& rules = catalogue();
    const Environment* production = nullptr;
    const Environment* haPlatform = nullptr;
    const Environment* productionPlatform = nullptr;
    bool other = false;
    for (const Catalog& c : db.catalogs) {
        const EnvironmentFacts* f = index.facts(c.environment);
        if (!f)
            continue;
        const Environment& e = *f->environment;
        if (e.purpose != Purpose::Production)
            other = true;
        else if (!production)
            production = &e;
        else if (production != &e)
            other = true;
        const bool platform = e.purpose == Purpose::Production && c.kind == CatalogKind::Platform;
        if (platform && e.haRequired && !haPlatform)
            haPlatform = &e;
        if (platform && !productionPlatform)
            productionPlatform = &e;
    }
    const std::string home = db.catalogs.empty() ? "" : db.catalogs.front().environment;
    if (production && other)
        sink.add(rules[kProdShared],
                 db.name + " holds catalogs of " + production->name +
                     " and of other environments; give production its own database.",
                 {db.id}, production->id);
    if (haPlatform && (db.nodes < 2 || db.haMode == DbHaMode::None))
        sink.add(
            rules[kDbHa],
            db.name + " holds the platform catalog of " + haPlatform->name +
                ", which requires high availability, but has " +
                text::count(static_cast<std::size_t>(std::max(db.nodes, 0LL)), "node", "nodes") +
                " and HA mode " + std::string(toString(db.haMode)) +
                "; use a cluster of at least two nodes with a high-availability mode.",
            {db.id}, haPlatform->id);
    if (db.haMode != DbHaMode::None && !db.singleEndpoint)
        sink.add(rules[kHaEndpoint],
                 db.name + " uses " + std::string(toString(db.haMode)) +
                     " without a single endpoint; give the platform servers one listener or "
                     "cluster name to connect to.",
                 {db.id}, home);
    if (db.haMode != DbHaMode::None && db.nodes < 2)
        sink.add(
            rules[kHaNodes],
            db.name + " uses " + std::string(toString(db.haMode)) + " on " +
                text::count(static_cast<std::size_t>(std::max(db.nodes, 0LL)), "node", "nodes") +
                "; give it at least two nodes or set its HA mode to none.",
            {db.id}, home);
    if (productionPlatform)
        checkProductionSize(db, *productionPlatform, sink);
    if (db.catalogs.empty())
        sink.add(rules[kNoCatalogs],
                 db.name + " holds no catalogs; add the catalogs of an environment or remove it.",
                 {db.id}, home);
}

void check(const DesignIndex& index, FindingSink& sink)
{
    for (const EnvironmentFacts& f : index.environments())
        checkEnvironment(f, sink);
    for (const Database& db : index.topology().databases)
        checkDatabase(index, db, sink);
}

} // namespace

RuleFamily databaseRules()
{
    return {&catalogue(), &check};
}

} // namespace topo
