#include "core/rules/PlatformSoftware.h"
#include "core/rules/RabbitMqVersions.h"
#include "core/rules/RuleFamily.h"
#include "core/rules/RuleText.h"

#include <algorithm>

namespace topo {
namespace {

enum : std::size_t {
    kOsSupported,
    kOsPlatform,
    kVersionMix,
    kLifetimeLag,
    kDbVersion,
    kDbEdition,
    kAzureTier
};

const std::vector<RuleInfo>& catalogue()
{
    static const std::vector<RuleInfo> rules{
        {"OS-SUPPORTED", Severity::Error, "Operating system not supported",
         "OutSystems 11 platform servers run on Windows Server 2016, 2019, 2022 or 2025.",
         ref::kRequirements},
        {"OS-PLATFORM", Severity::Error, "Windows Server too new for the Platform Server version",
         "Windows Server 2022 needs Platform Server 11.20.0 or later, and Windows Server 2025 "
         "needs 11.35.0 or later.",
         ref::kRequirements},
        {"PS-VERSION-MIX", Severity::Error, "Platform Server versions differ in one environment",
         "Every server of an environment runs the same Platform Server version: a new or "
         "replacement server installs the version already running.",
         ref::kFailover},
        {"LT-VERSION-LAG", Severity::Warning, "LifeTime behind an environment it manages",
         "Upgrades start with LifeTime: it must be the most up-to-date environment, on a "
         "Platform Server version at least as high as every environment it manages.",
         ref::kUpgrade},
        {"DB-VERSION", Severity::Error, "Database version not supported",
         "The platform database runs SQL Server 2016, 2017, 2019 (from Platform Server 11.12.0) "
         "or 2022, or Oracle 19c; SQL Server 2014 and Oracle 12c and 18c only before 11.33.0.",
         ref::kRequirements},
        {"DB-EDITION", Severity::Error, "Database edition not supported",
         "SQL Server needs the Web, Standard or Enterprise edition (not Express or Developer); "
         "Oracle the Standard or Enterprise edition.",
         ref::kRequirements},
        {"DB-AZURE-TIER", Severity::Error, "Azure SQL service tier below S3",
         "An Azure SQL database for OutSystems needs the S3 service tier or higher.",
         ref::kRequirements},
    };
    return rules;
}

// "windows-server-2022" -> "Windows Server 2022"; other text as written.
std::string osName(std::string_view os)
{
    const std::string name = normalizedText(os);
    constexpr std::string_view kPrefix = "windows-server-";
    if (name.starts_with(kPrefix))
        return "Windows Server " + name.substr(kPrefix.size());
    return text::quoted(os);
}

void checkServer(const Server& s, const Environment& e, FindingSink& sink)
{
    const auto& rules = catalogue();
    if (!isSpecified(s.os))
        return;
    if (!operatingSystemSupported(s.os)) {
        sink.add(rules[kOsSupported],
                 s.name + " runs " + text::quoted(s.os) +
                     ", which OutSystems 11 does not support; install Windows Server 2016, "
                     "2019, 2022 or 2025.",
                 {s.id}, s.environment);
        return;
    }
    const std::string_view version = platformVersionOf(s, &e);
    const std::string_view minimum = minimumPlatformForOs(s.os);
    if (minimum.empty() || !isSpecified(version) || !versionBelow(version, minimum))
        return;
    sink.add(rules[kOsPlatform],
             s.name + " runs " + osName(s.os) + " with Platform Server " + std::string(version) +
                 ", but " + osName(s.os) + " needs " + std::string(minimum) +
                 " or later; upgrade Platform Server to " + std::string(minimum) +
                 " or later, or install an older Windows Server.",
             {s.id}, s.environment);
}

void checkVersionMix(const EnvironmentFacts& f, FindingSink& sink)
{
    const Environment& e = *f.environment;
    // The reference: the environment's version, else the first server's that has one.
    std::string_view reference = e.platformVersion;
    const Server* referenceServer = nullptr;
    for (auto it = f.servers.begin(); !isSpecified(reference) && it != f.servers.end(); ++it) {
        reference = (*it)->platformVersion;
        referenceServer = *it;
    }
    const auto differs = [&](const Server* s) {
        const std::string_view version = platformVersionOf(*s, &e);
        return isSpecified(version) && !samePlatformVersion(version, reference);
    };
    if (!isSpecified(reference) || std::none_of(f.servers.begin(), f.servers.end(), differs))
        return; // the usual case, without building any text
    std::vector<std::string> ids{e.id};
    std::string differing;
    for (const Server* s : f.servers)
        if (differs(s)) {
            ids.push_back(s->id);
            differing += (differing.empty() ? "" : ", ") + s->name + " runs " +
                         std::string(platformVersionOf(*s, &e));
        }
    const std::string source =
        referenceServer ? "as on " + referenceServer->name : std::string("the environment's");
    sink.add(catalogue()[kVersionMix],
             e.name + " mixes Platform Server versions: " + std::string(reference) + " (" + source +
                 "), but " + differing +
                 "; install the same version on every server of the environment.",
             std::move(ids), e.id);
}

// LT-VERSION-LAG's measure of an environment: the highest platform version among its servers
// that is a version of at least two components (N.N[.N…]); "" when none is.
std::string_view highestPlatformVersion(const EnvironmentFacts& f)
{
    std::string_view highest;
    for (const Server* s : f.servers) {
        const std::string_view version = platformVersionOf(*s, f.environment);
        const auto parts = parseVersion(version);
        if (parts && parts->size() >= 2 && (highest.empty() || versionBelow(highest, version)))
            highest = version;
    }
    return highest;
}

void checkLifetimeLag(const DesignIndex& index, FindingSink& sink)
{
    std::vector<std::pair<const Environment*, std::string_view>> lifetimes;
    for (const EnvironmentFacts& f : index.environments())
        if (f.environment->purpose == Purpose::Lifetime && f.populated())
            lifetimes.emplace_back(f.environment, highestPlatformVersion(f));
    if (lifetimes.empty())
        return;
    for (const EnvironmentFacts& f : index.environments()) {
        const Environment& e = *f.environment;
        if (e.purpose == Purpose::Lifetime || !f.populated())
            continue;
        const std::string_view highest = highestPlatformVersion(f);
        if (highest.empty())
            continue;
        std::vector<std::string> ids{e.id};
        std::string behind;
        for (const auto& [lifetime, version] : lifetimes)
            if (!version.empty() && versionBelow(version, highest)) {
                ids.push_back(lifetime->id);
                behind +=
                    (behind.empty() ? "" : ", ") + lifetime->name + " runs " + std::string(version);
            }
        if (ids.size() == 1)
            continue;
        sink.add(catalogue()[kLifetimeLag],
                 e.name + " runs Platform Server " + std::string(highest) + ", but " + behind +
                     "; upgrade LifeTime first, so that it is the most up-to-date environment.",
                 std::move(ids), e.id);
    }
}

// The current versions of an engine that a platform version supports, for the advice (the
// older ones allowed before 11.33.0 are not advised).
std::string supportedVersions(DbEngine engine, std::string_view platformVersion)
{
    std::vector<std::string_view> names;
    const auto add = [&](const auto& list) {
        for (std::string_view v : list)
            if (databaseVersionSupported(engine, v, platformVersion))
                names.push_back(v);
    };
    if (engine == DbEngine::Oracle)
        add(kOracleVersions);
    else
        add(kSqlServerVersions);
    return text::joinWords(names, "or");
}

void checkDatabaseVersion(const DesignIndex& index, const Database& db, FindingSink& sink)
{
    if (db.engine == DbEngine::AzureSql || !isSpecified(db.version))
        return;
    const Environment* judged = nullptr;
    bool unsupported = db.catalogs.empty() && !databaseVersionSupported(db.engine, db.version, "");
    for (const Catalog& c : db.catalogs) {
        const EnvironmentFacts* f = index.facts(c.environment);
        if (f &&
            !databaseVersionSupported(db.engine, db.version, f->environment->platformVersion)) {
            judged = f->environment;
            unsupported = true;
            break;
        }
    }
    if (!unsupported)
        return;
    const std::string_view platform = judged ? std::string_view(judged->platformVersion) : "";
    const std::string engine(text::engineName(db.engine));
    const std::string context =
        isSpecified(platform)
            ? "Platform Server " + std::string(platform) + " of " + judged->name +
                  " does not support"
            : "OutSystems 11 does not support" + (judged ? " for " + judged->name : std::string());
    sink.add(catalogue()[kDbVersion],
             db.name + " runs " + engine + " " + db.version + ", which " + context + "; use " +
                 engine + " " + supportedVersions(db.engine, platform) + ".",
             {db.id}, judged ? judged->id : "");
}

void checkDatabase(const DesignIndex& index, const Database& db, FindingSink& sink)
{
    const auto& rules = catalogue();
    checkDatabaseVersion(index, db, sink);
    const std::string home = db.catalogs.empty() ? "" : db.catalogs.front().environment;
    if (isSpecified(db.edition) && !databaseEditionSupported(db.engine, db.edition))
        sink.add(rules[kDbEdition],
                 db.name + " uses the " + std::string(text::engineName(db.engine)) + " edition " +
                     text::quoted(db.edition) + ", which OutSystems does not support; use the " +
                     (db.engine == DbEngine::Oracle ? "Standard or Enterprise"
                                                    : "Web, Standard or Enterprise") +
                     " edition.",
                 {db.id}, home);
    if (db.engine == DbEngine::AzureSql && azureTierBelowMinimum(db.serviceTier))
        sink.add(rules[kAzureTier],
                 db.name + " uses the Azure SQL service tier " + text::quoted(db.serviceTier) +
                     ", below the S3 that OutSystems needs; choose S3 or a higher tier.",
                 {db.id}, home);
}

void check(const DesignIndex& index, FindingSink& sink)
{
    for (const EnvironmentFacts& f : index.environments()) {
        for (const Server* s : f.servers)
            checkServer(*s, *f.environment, sink);
        checkVersionMix(f, sink);
    }
    checkLifetimeLag(index, sink);
    for (const Database& db : index.topology().databases)
        checkDatabase(index, db, sink);
}

} // namespace

RuleFamily softwareRules()
{
    return {&catalogue(), &check};
}

} // namespace topo
