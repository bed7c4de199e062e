// Saving asks the version a file declares before overwriting it: read within the load limits.
#include "IoTestSupport.h"

namespace topo::test {
namespace {

TEST(DeclaredVersion, ANewerFormatsFileStillTellsItsVersion)
{
    Json doc = minimalDocument();
    doc["formatVersion"] = 3;
    EXPECT_FALSE(read(doc).ok());
    EXPECT_EQ(declaredFormatVersion(doc.dump()), 3);
    EXPECT_EQ(declaredFormatVersion(minimalDocument().dump()), 1);
}

TEST(DeclaredVersion, NoIntegerVersionOrNoJsonObjectDeclaresNone)
{
    Json doc = minimalDocument();
    doc["formatVersion"] = "2";
    EXPECT_EQ(declaredFormatVersion(doc.dump()), std::nullopt);
    doc.erase("formatVersion");
    EXPECT_EQ(declaredFormatVersion(doc.dump()), std::nullopt);
    EXPECT_EQ(declaredFormatVersion("[1, 2]"), std::nullopt);
    EXPECT_EQ(declaredFormatVersion("{\"formatVersion\": 2"), std::nullopt);
}

TEST(DeclaredVersion, TheLoadLimitsHoldWhileLookingForTheVersion)
{
    // Nested deeper than the parser allows: refused as the loader refuses it, not parsed.
    const std::string deep =
        "{\"formatVersion\": 2, \"x\": " + std::string(200, '[') + std::string(200, ']') + "}";
    EXPECT_FALSE(readTopology(deep).ok());
    EXPECT_EQ(declaredFormatVersion(deep), std::nullopt);
}

TEST(DeclaredVersion, AFileOnDiskIsReadThroughTheSameChecks)
{
    const std::string path = testDataDir() + "/invalid/newer-format-version.json";
    EXPECT_EQ(declaredFormatVersionOfFile(path), 3);
    EXPECT_EQ(declaredFormatVersionOfFile(testDataDir() + "/no-such-file.json"), std::nullopt);
}

} // namespace
} // namespace topo::test
