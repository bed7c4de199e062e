#include "EditTestSupport.h"

#include "core/edit/ElementSearch.h"

namespace topo {
namespace {

using test::loadFixture;

std::vector<std::string> hitIds(const Topology& topology, std::string_view query)
{
    std::vector<std::string> ids;
    for (const SearchHit& hit : searchElements(topology, query))
        ids.push_back(hit.id);
    return ids;
}

TEST(ElementSearch, FindsNamesAsSubstringsIgnoringCase)
{
    const Topology t = loadFixture("factory-standard");
    EXPECT_EQ(hitIds(t, "prod-fe"), (std::vector<std::string>{"prod-fe1", "prod-fe2", "prod-fe3"}));
    EXPECT_EQ(hitIds(t, "  Fe-02 "), (std::vector<std::string>{"prod-fe2"}));
    const std::vector<SearchHit> hits = searchElements(t, "sql-prod");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].id, "db-prod");
    EXPECT_EQ(hits[0].name, "SQL-PROD-AG");
    EXPECT_EQ(hits[0].kind, ElementKind::Database);
    EXPECT_EQ(hits[0].environment, "prod");
    EXPECT_EQ(hits[0].field, SearchField::Name);
}

TEST(ElementSearch, FindsIdsWhenTheNameDiffers)
{
    const Topology t = loadFixture("factory-standard");
    const std::vector<SearchHit> hits = searchElements(t, "PROD-FE1");
    ASSERT_EQ(hits.size(), 1u) << "PROD-FE-01's id is prod-fe1";
    EXPECT_EQ(hits[0].id, "prod-fe1");
    EXPECT_EQ(hits[0].field, SearchField::Id);
}

TEST(ElementSearch, FindsServersByRoleInTheFileSpellingAndInWords)
{
    const Topology t = loadFixture("factory-standard");
    const std::vector<std::string> controllers{"lt-1", "dev-1", "qa-1", "prod-dc"};
    EXPECT_EQ(hitIds(t, "deploymentController"), controllers);
    EXPECT_EQ(hitIds(t, "Deployment Controller"), controllers);
    const std::vector<SearchHit> hits = searchElements(t, "front-end");
    ASSERT_EQ(hits.size(), 8u) << "every server but PROD-DC is a front-end";
    EXPECT_EQ(hits[0].field, SearchField::Role);
    EXPECT_TRUE(std::none_of(hits.begin(), hits.end(),
                             [](const SearchHit& hit) { return hit.id == "prod-dc"; }));
}

TEST(ElementSearch, FindsQueuesByTheirHostServerAndZonesByTheirAddress)
{
    const Topology factory = loadFixture("factory-standard");
    const std::vector<SearchHit> hits = searchElements(factory, "QA-01");
    ASSERT_EQ(hits.size(), 2u);
    EXPECT_EQ(hits[0].id, "qa-1");
    EXPECT_EQ(hits[1].id, "mq-qa");
    EXPECT_EQ(hits[1].field, SearchField::HostName);

    const Topology zones = loadFixture("example-4-production-zones");
    const std::vector<SearchHit> zoneHits = searchElements(zones, "partner-lb.corp");
    ASSERT_EQ(zoneHits.size(), 1u);
    EXPECT_EQ(zoneHits[0].id, "z-partner");
    EXPECT_EQ(zoneHits[0].kind, ElementKind::Zone);
    EXPECT_EQ(zoneHits[0].environment, "prod");
    EXPECT_EQ(zoneHits[0].field, SearchField::HostName);
}

TEST(ElementSearch, ListsEnvironmentsFirstThenElementsInFileOrder)
{
    const Topology t = loadFixture("factory-standard");
    EXPECT_EQ(hitIds(t, "lt"), (std::vector<std::string>{"lt", "lt-1", "lt-2", "lb-lt", "mq-lt"}));
}

TEST(ElementSearch, FindsNotesByTheirTextAndNamesThemByTheFirstLine)
{
    Topology t = loadFixture("factory-standard");
    t.notes.push_back(
        Note{"note-1", "Firewall review\nwith the network team", Rect{}, emptyExtra()});
    const std::vector<SearchHit> hits = searchElements(t, "network team");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].kind, ElementKind::Note);
    EXPECT_EQ(hits[0].name, "Firewall review");
    EXPECT_EQ(hits[0].field, SearchField::Text);
}

TEST(ElementSearch, AnEmptyOrUnmatchedQueryFindsNothing)
{
    const Topology t = loadFixture("factory-standard");
    EXPECT_TRUE(searchElements(t, "").empty());
    EXPECT_TRUE(searchElements(t, "   ").empty());
    EXPECT_TRUE(searchElements(t, "no-such-server").empty());
    EXPECT_TRUE(containsIgnoringCase("PROD-FE-01", "fe-0"));
    EXPECT_FALSE(containsIgnoringCase("PROD", "PRODUCTION"));
}

} // namespace
} // namespace topo
