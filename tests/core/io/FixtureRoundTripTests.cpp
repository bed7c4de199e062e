// Every shipped fixture loads, and saving is canonical: save, load, save gives the same bytes.
#include "IoTestSupport.h"

namespace topo::test {
namespace {

std::vector<std::string> fixtureFiles()
{
    std::vector<std::string> files;
    for (const std::string& name : fixtureNames())
        files.push_back(fixtureFile(name));
    return files;
}

TEST(FixtureRoundTrip, FixturesExist)
{
    EXPECT_GE(fixtureFiles().size(), 6u);
}

TEST(FixtureRoundTrip, EachFixtureLoadsAndSavesCanonically)
{
    for (const std::string& file : fixtureFiles()) {
        SCOPED_TRACE(file);
        const LoadResult first = readTopologyFile(file);
        ASSERT_TRUE(first.ok()) << first.error.pointer << ": " << first.error.message;
        EXPECT_FALSE(first.topology->environments.empty());

        const std::string saved = writeTopology(*first.topology);
        const LoadResult second = readTopology(saved);
        ASSERT_TRUE(second.ok()) << second.error.pointer << ": " << second.error.message;
        EXPECT_EQ(*second.topology, *first.topology);
        EXPECT_EQ(writeTopology(*second.topology), saved);
    }
}

TEST(FixtureRoundTrip, ProductionZonesFixtureIsReadIntoTheModel)
{
    const LoadResult r = readTopologyFile(fixtureFile("example-4-production-zones"));
    ASSERT_TRUE(r.ok()) << r.error.message;
    const Topology& t = *r.topology;
    EXPECT_EQ(t.scope, Scope::Fragment);
    ASSERT_EQ(t.environments.size(), 1u);
    const Environment& prod = t.environments[0];
    EXPECT_EQ(prod.purpose, Purpose::Production);
    EXPECT_TRUE(prod.haRequired); // default for production
    ASSERT_EQ(prod.zones.size(), 4u);
    EXPECT_TRUE(prod.zones[0].isDefault);
    EXPECT_FALSE(prod.zones[0].hostsApps);
    EXPECT_TRUE(prod.zones[1].hostsApps);
    EXPECT_EQ(prod.zones[1].address, "partner-lb.corp.example");
    EXPECT_EQ(prod.zones[0].members.size(), 6u);
    ASSERT_EQ(t.servers.size(), 7u);
    EXPECT_EQ(t.servers[6].roles, std::vector<Role>{Role::DeploymentController});
    EXPECT_EQ(t.loadBalancers[0].targets, (std::vector<std::string>{"pa-1", "pa-2"}));
}

TEST(FixtureRoundTrip, SecondSaveOfAnySavedFixtureIsIdentical)
{
    // write(read(F)) == write(read(write(read(F)))) with the generator replaced too.
    for (const std::string& file : fixtureFiles()) {
        SCOPED_TRACE(file);
        const LoadResult first = readTopologyFile(file);
        ASSERT_TRUE(first.ok());
        const std::string once = writeTopology(*first.topology, "Test 1.0");
        const LoadResult again = readTopology(once);
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(again.topology->generator, "Test 1.0");
        EXPECT_EQ(writeTopology(*again.topology), once);
    }
}

} // namespace
} // namespace topo::test
