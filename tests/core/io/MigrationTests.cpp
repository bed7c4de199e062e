// The migration step table: steps run in order, one version at a time; a gap is refused.
#include "IoTestSupport.h"

#include "core/io/Migrations.h"
#include "core/io/ReadFailure.h"

namespace topo::test {
namespace {

TEST(Migrations, VersionOneNeedsNoStep)
{
    EXPECT_TRUE(migrations().empty());
    Json doc = minimalDocument();
    const Json before = doc;
    migrateToCurrent(doc, kCurrentFormatVersion);
    EXPECT_EQ(doc, before);
}

TEST(Migrations, StepsRunInOrderFromTheFileVersion)
{
    const std::map<int, Migration> table{{1,
                                          [](Json d) {
                                              d["trail"] = "1";
                                              d["renamed"] = d["old"];
                                              d.erase("old");
                                              return d;
                                          }},
                                         {2, [](Json d) {
                                              d["trail"] = d["trail"].get<std::string>() + "2";
                                              return d;
                                          }}};
    Json doc = {{"old", 5}};
    applyMigrations(doc, 1, 3, table);
    EXPECT_EQ(doc, (Json{{"trail", "12"}, {"renamed", 5}}));

    Json fromTwo = {{"trail", "x"}};
    applyMigrations(fromTwo, 2, 3, table);
    EXPECT_EQ(fromTwo["trail"], "x2");
}

TEST(Migrations, MissingStepIsRefusedAtFormatVersion)
{
    Json doc = Json::object();
    try {
        applyMigrations(doc, 1, 3, {{2, [](Json d) { return d; }}});
        FAIL() << "a gap in the table was accepted";
    } catch (const ReadFailure& f) {
        EXPECT_EQ(f.pointer, "/formatVersion");
        EXPECT_NE(f.message.find("version 1 is no longer supported"), std::string::npos);
    }
}

} // namespace
} // namespace topo::test
