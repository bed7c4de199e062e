#include "EditTestSupport.h"

#include "core/edit/Clipboard.h"
#include "core/edit/ElementArrays.h"
#include "core/edit/ElementLookup.h"
#include "core/edit/EnvironmentClone.h"
#include "core/layout/Geometry.h"
#include "core/rules/Validator.h"

#include <algorithm>
#include <set>

namespace topo {
namespace {

using test::fixtureNames;
using test::placedFixture;
using test::saved;

Topology applied(const Topology& t, const PasteResult& result)
{
    Topology after = t;
    result.patch.apply(after);
    return after;
}

template <typename T>
std::vector<const T*> of(const std::vector<T>& items, const std::string& environmentId)
{
    std::vector<const T*> out;
    for (const T& item : items)
        if (item.environment == environmentId)
            out.push_back(&item);
    return out;
}

std::vector<const Database*> databasesOf(const Topology& t, const std::string& environmentId)
{
    std::vector<const Database*> out;
    for (const Database& db : t.databases)
        if (!db.catalogs.empty() && db.catalogs.front().environment == environmentId)
            out.push_back(&db);
    return out;
}

// Every id the clone's content refers to.
std::vector<std::string> referencesOf(const Topology& t, const Environment& clone)
{
    std::vector<std::string> refs;
    for (const Zone& zone : clone.zones)
        refs.insert(refs.end(), zone.members.begin(), zone.members.end());
    for (const Server* s : of(t.servers, clone.id))
        refs.push_back(s->environment);
    for (const LoadBalancer* lb : of(t.loadBalancers, clone.id)) {
        refs.push_back(lb->environment);
        refs.insert(refs.end(), lb->targets.begin(), lb->targets.end());
    }
    for (const MessageQueue* mq : of(t.messageQueues, clone.id)) {
        refs.push_back(mq->environment);
        refs.push_back(mq->hostServer);
    }
    for (const Database* db : databasesOf(t, clone.id))
        for (const Catalog& c : db->catalogs)
            refs.push_back(c.environment);
    return refs;
}

// The ids of an environment and of everything in it.
std::set<std::string> contentIds(const Topology& t, const std::string& environmentId)
{
    std::set<std::string> ids{environmentId};
    for (const std::string& id : withEnvironmentContent(t, {environmentId}))
        ids.insert(id);
    for (const Environment& env : t.environments)
        if (env.id == environmentId)
            for (const Zone& zone : env.zones)
                ids.insert(zone.id);
    return ids;
}

TEST(EnvironmentClone, DuplicateClonesEverythingInsideNamedAfterTheClone)
{
    const Topology t = placedFixture("factory-standard");
    const auto result = duplicateElements(t, {"prod"});
    ASSERT_TRUE(result);
    ASSERT_EQ(result->environments.size(), 1u);
    EXPECT_EQ(result->environments[0].sourceName, "Production");
    EXPECT_EQ(result->environments[0].name, "Production 2");
    EXPECT_EQ(result->text, "Paste environment Production as Production 2");
    const Topology after = applied(t, *result);
    const Environment* source = findById(t.environments, "prod");
    const Environment* clone = findById(after.environments, result->environments[0].id);
    ASSERT_NE(clone, nullptr);
    EXPECT_EQ(clone->id, "production-2");
    Environment same = *clone;
    same.id = source->id;
    same.name = source->name;
    same.layout = source->layout;
    EXPECT_EQ(same, *source) << "purpose and every other field carried over";

    std::vector<std::string> names;
    for (const Server* s : of(after.servers, clone->id))
        names.push_back(s->name);
    EXPECT_EQ(names, (std::vector<std::string>{"PROD2-DC", "PROD2-FE-01", "PROD2-FE-02",
                                               "PROD2-FE-03", "PROD2-BATCH-01"}));
    const auto sourceServers = of(t.servers, "prod");
    const auto cloneServers = of(after.servers, clone->id);
    for (std::size_t i = 0; i < cloneServers.size(); ++i) {
        EXPECT_EQ(cloneServers[i]->roles, sourceServers[i]->roles);
        EXPECT_EQ(cloneServers[i]->hardware, sourceServers[i]->hardware);
        EXPECT_EQ(cloneServers[i]->os, sourceServers[i]->os);
        EXPECT_EQ(cloneServers[i]->site, sourceServers[i]->site);
    }
    const auto balancers = of(after.loadBalancers, clone->id);
    ASSERT_EQ(balancers.size(), 1u);
    EXPECT_EQ(balancers[0]->name, "LB-PROD2");
    EXPECT_EQ(balancers[0]->targets,
              (std::vector<std::string>{"prod2-fe-01", "prod2-fe-02", "prod2-fe-03"}));
    const auto queues = of(after.messageQueues, clone->id);
    ASSERT_EQ(queues.size(), 1u);
    EXPECT_EQ(queues[0]->name, "RMQ-PROD2");
    const auto databases = databasesOf(after, clone->id);
    ASSERT_EQ(databases.size(), 1u);
    EXPECT_EQ(databases[0]->name, "SQL-PROD2-AG");
    EXPECT_EQ(databases[0]->catalogs.size(), 3u);
    EXPECT_EQ(databases[0]->nodes, findById(t.databases, "db-prod")->nodes);

    const std::set<std::string> sourceIds = contentIds(t, "prod");
    for (const std::string& ref : referencesOf(after, *clone))
        EXPECT_EQ(sourceIds.count(ref), 0u) << ref << " belongs to the source environment";
}

TEST(EnvironmentClone, RedoUndoRedoGiveTheSameDesigns)
{
    const Topology t = placedFixture("example-4-production-zones");
    const auto result = duplicateElements(t, {"prod"});
    ASSERT_TRUE(result);
    Topology design = t;
    result->patch.apply(design);
    const std::string redone = saved(design);
    result->patch.revert(design);
    EXPECT_EQ(saved(design), saved(t));
    result->patch.apply(design);
    EXPECT_EQ(saved(design), redone);
}

TEST(EnvironmentClone, ZonesKeepTheirMembersRepointed)
{
    const Topology t = placedFixture("example-4-production-zones");
    const auto result = duplicateElements(t, {"prod"});
    ASSERT_TRUE(result);
    const Topology after = applied(t, *result);
    const Environment& source = t.environments.front();
    const Environment* clone = findById(after.environments, result->environments[0].id);
    ASSERT_NE(clone, nullptr);
    ASSERT_EQ(clone->zones.size(), source.zones.size());
    for (std::size_t z = 0; z < source.zones.size(); ++z) {
        EXPECT_EQ(clone->zones[z].name, source.zones[z].name);
        EXPECT_EQ(clone->zones[z].address, source.zones[z].address);
        EXPECT_EQ(kindOf(after, clone->zones[z].id), ElementKind::Zone);
        EXPECT_EQ(clone->zones[z].id.rfind(clone->id + "-", 0), 0u) << "named after the clone";
        ASSERT_EQ(clone->zones[z].members.size(), source.zones[z].members.size());
        for (const std::string& member : clone->zones[z].members) {
            const Server* s = findById(after.servers, member);
            ASSERT_NE(s, nullptr);
            EXPECT_EQ(s->environment, clone->id);
        }
    }
    // Each balancer targets the clones of its source's targets, in the same order.
    const auto sources = of(t.loadBalancers, "prod");
    const auto clones = of(after.loadBalancers, clone->id);
    ASSERT_EQ(clones.size(), sources.size());
    for (std::size_t i = 0; i < clones.size(); ++i) {
        ASSERT_EQ(clones[i]->targets.size(), sources[i]->targets.size());
        for (std::size_t k = 0; k < clones[i]->targets.size(); ++k)
            EXPECT_EQ(findById(after.servers, clones[i]->targets[k])->roles,
                      findById(t.servers, sources[i]->targets[k])->roles);
    }
}

TEST(EnvironmentClone, AShareOfASharedDatabaseIsTakenToo)
{
    const Topology t = placedFixture("factory-standard");
    const auto result = duplicateElements(t, {"qa"});
    ASSERT_TRUE(result);
    const Topology after = applied(t, *result);
    const std::string clone = result->environments[0].id;
    EXPECT_EQ(result->environments[0].name, "Quality 2");
    EXPECT_EQ(after.databases.size(), t.databases.size()) << "the shared database is not cloned";
    int catalogs = 0;
    for (const Catalog& c : findById(after.databases, "db-shared")->catalogs)
        catalogs += c.environment == clone;
    EXPECT_EQ(catalogs, 3);
    std::vector<std::string> names;
    for (const Server* s : of(after.servers, clone))
        names.push_back(s->name);
    EXPECT_EQ(names, std::vector<std::string>{"QA2-01"});
    EXPECT_EQ(of(after.messageQueues, clone).front()->name, "RMQ-QA2");
    EXPECT_EQ(of(after.messageQueues, clone).front()->hostServer, "qa2-01");
}

TEST(EnvironmentClone, CopyAndPasteCloneAsDuplicateDoes)
{
    const Topology t = placedFixture("factory-standard");
    const auto pasted = pasteFragment(t, copyFragment(t, {"prod"}));
    const auto duplicated = duplicateElements(t, {"prod"});
    ASSERT_TRUE(pasted);
    ASSERT_TRUE(duplicated);
    EXPECT_EQ(saved(applied(t, *pasted)), saved(applied(t, *duplicated)));
    EXPECT_EQ(pasted->text, duplicated->text);
}

TEST(EnvironmentClone, TheNewTagReplacesTheSourcesInEveryName)
{
    Environment production;
    production.id = "prod";
    production.name = "Production";
    production.purpose = Purpose::Production;
    Environment qa = production;
    qa.name = "QA";
    qa.purpose = Purpose::NonProduction;
    CloneNaming naming;
    naming.addEnvironment(production, qa);
    EXPECT_EQ(naming.nameFor("PROD-FE-01", "prod"), "QA-FE-01");
    EXPECT_EQ(naming.nameFor("LB-PROD", "prod"), "LB-QA");
    EXPECT_EQ(naming.nameFor("PROD-FE-01", "dev"), "PROD-FE-01") << "not cloned";
}

TEST(EnvironmentClone, TheCloneCoversNoFrame)
{
    for (const std::string& name : fixtureNames()) {
        const Topology t = placedFixture(name);
        for (const Environment& env : t.environments) {
            const auto result = duplicateElements(t, {env.id});
            ASSERT_TRUE(result) << name << " " << env.id;
            const Topology after = applied(t, *result);
            const Environment* clone = findById(after.environments, result->environments[0].id);
            ASSERT_TRUE(clone && clone->layout) << name << " " << env.id;
            for (const Environment& other : t.environments)
                EXPECT_FALSE(other.layout && layout::overlaps(*clone->layout, *other.layout))
                    << name << ": the clone of " << env.id << " covers " << other.id;
        }
    }
}

TEST(EnvironmentClone, NamesFollowATagThePurposeChanges)
{
    Topology t = placedFixture("example-1-nonproduction");
    Environment env;
    env.id = "environment-1";
    env.name = "Environment 1";
    t.environments.push_back(env);
    Server s = t.servers.front();
    s.id = "dev-fe-01";
    s.name = "DEV-FE-01";
    s.environment = "environment-1";
    t.servers.push_back(s);
    Database db;
    db.id = "db-dev-2";
    db.name = "DB-DEV";
    db.catalogs = {Catalog{"environment-1", CatalogKind::Platform, emptyExtra()}};
    t.databases.push_back(db);
    Topology edited = t;
    edited.environments.back().purpose = Purpose::Production;
    const TopologyPatch patch = followTags(t, edited);
    Topology after = t;
    patch.apply(after);
    EXPECT_EQ(findById(after.servers, "dev-fe-01")->name, "PROD-FE-01");
    EXPECT_EQ(findById(after.databases, "db-dev-2")->name, "DB-PROD");
    EXPECT_EQ(findById(after.servers, "dev-fe")->name, "DEV-FE") << "another environment's";
    EXPECT_EQ(findById(after.databases, "db-dev")->name, "DB-DEV") << "another environment's";
    patch.revert(after);
    EXPECT_EQ(saved(after), saved(t));
}

// The rules of the errors found in one environment ("" = outside every environment).
std::multiset<std::string> errorsOf(const std::vector<Finding>& findings,
                                    const std::string& environmentId)
{
    std::multiset<std::string> rules;
    for (const Finding& f : findings)
        if (f.environment == environmentId && f.severity == Severity::Error)
            rules.insert(f.rule);
    return rules;
}

bool includes(const std::multiset<std::string>& all, const std::multiset<std::string>& part)
{
    return std::includes(all.begin(), all.end(), part.begin(), part.end());
}

TEST(EnvironmentClone, TheCloneRaisesNoErrorItsSourceDoesNotHave)
{
    for (const std::string& name : fixtureNames()) {
        const Topology t = placedFixture(name);
        const std::vector<Finding> before = validate(t);
        for (const Environment& env : t.environments) {
            const auto result = duplicateElements(t, {env.id});
            ASSERT_TRUE(result) << name << " " << env.id;
            const std::vector<Finding> after = validate(applied(t, *result));
            const std::string clone = result->environments[0].id;
            EXPECT_TRUE(includes(errorsOf(before, env.id), errorsOf(after, clone)))
                << name << ": the clone of " << env.id;
            EXPECT_EQ(errorsOf(after, env.id), errorsOf(before, env.id))
                << name << ": the source " << env.id;
            // A design has one LifeTime: a second one is the one error a clone adds.
            std::multiset<std::string> expected = errorsOf(before, "");
            if (env.purpose == Purpose::Lifetime && !expected.count("LT-MULTIPLE"))
                expected.insert("LT-MULTIPLE");
            EXPECT_EQ(errorsOf(after, ""), expected) << name << ": the clone of " << env.id;
        }
    }
}

} // namespace
} // namespace topo
