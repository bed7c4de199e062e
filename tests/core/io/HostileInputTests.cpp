// Large hostile inputs, generated here rather than committed: each must be refused quickly
// and without a crash, or (for sizes inside the limits) loaded.
#include "IoTestSupport.h"

#include "core/io/Limits.h"

#include <chrono>
#include <filesystem>

namespace topo::test {
namespace {

namespace fs = std::filesystem;

std::string minimalText(std::string_view extraMembers)
{
    return R"({"format": "outsystems-topology", "formatVersion": 1, "name": "Big",
      "environments": [{"id": "dev", "name": "Dev", "purpose": "development"}])" +
           std::string(extraMembers) + "}";
}

TEST(HostileInput, TenThousandDeepNestingIsRefusedAtTheLimit)
{
    const std::string text = std::string(10'000, '[') + std::string(10'000, ']');
    const LoadResult r = readTopology(text);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error.message.find("nesting deeper than 64"), std::string::npos);
    std::string pointer;
    for (std::size_t i = 0; i < Limits::kMaxDepth; ++i) // the root array has the pointer ""
        pointer += "/0";
    EXPECT_EQ(r.error.pointer, pointer);
}

TEST(HostileInput, DepthOfExactly64IsAccepted)
{
    // The root object is level 1; the unknown member adds 63 more.
    const std::string deep = std::string(63, '[') + std::string(63, ']');
    const LoadResult r = readTopology(minimalText(", \"deep\": " + deep));
    ASSERT_TRUE(r.ok()) << r.error.message;
    EXPECT_EQ(writeTopology(*readTopology(writeTopology(*r.topology)).topology),
              writeTopology(*r.topology));
}

TEST(HostileInput, OneMegabyteStringIsRefused)
{
    const std::string text =
        minimalText(", \"description\": \"" + std::string(1 << 20, 'x') + "\"");
    const LoadResult r = readTopology(text);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.pointer, "/description");
    EXPECT_NE(r.error.message.find("1048576 characters is over the limit of 65536"),
              std::string::npos)
        << r.error.message;
}

TEST(HostileInput, SyntaxErrorAfterALongStringGivesAShortMessage)
{
    const std::string text = "{\"name\": \"" + std::string(1 << 20, 'x') + "\x01\"}";
    const LoadResult r = readTopology(text);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.line, 1);
    EXPECT_EQ(r.error.column, 11 + (1 << 20));
    EXPECT_LT(r.error.message.size(), 200u) << r.error.message;
    EXPECT_NE(r.error.message.find("control character U+0001"), std::string::npos);
    EXPECT_NE(r.error.message.find("last read: '...xxx"), std::string::npos) << r.error.message;
}

TEST(HostileInput, LongTextLimitsCountCharactersNotBytes)
{
    std::string accented;
    for (int i = 0; i < 4096; ++i)
        accented += "\xC3\xA9"; // 4096 characters, 8192 bytes
    EXPECT_TRUE(readTopology(minimalText(", \"generator\": \"" + accented + "\"")).ok());
    EXPECT_TRUE(
        readTopology(minimalText(", \"description\": \"" + std::string(65'536, 'd') + "\"")).ok());

    const std::string note = R"(, "notes": [{"id": "n", "layout": {"x": 0, "y": 0, "width": 1,
        "height": 1}, "text": ")" +
                             std::string(65'536, 't') + "\"}]";
    EXPECT_TRUE(readTopology(minimalText(note)).ok());

    const LoadResult r = readTopology(minimalText(", \"generator\": \"" + accented + "e\""));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.pointer, "/generator");
    EXPECT_NE(r.error.message.find("4097 characters"), std::string::npos) << r.error.message;
}

TEST(HostileInput, LongMemberNameIsRefused)
{
    const LoadResult r = readTopology(minimalText(", \"" + std::string(5000, 'k') + "\": 1"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.pointer, "");
    EXPECT_NE(r.error.message.find("member name of 5000 characters"), std::string::npos);
}

TEST(HostileInput, MoreThan100000ElementsIsRefused)
{
    std::string sites = ", \"sites\": [";
    for (std::size_t i = 0; i < Limits::kMaxElements; ++i)
        sites += (i ? ",{\"id\":\"s" : "{\"id\":\"s") + std::to_string(i) + "\",\"name\":\"S\"}";
    sites += "]";
    // With the one environment that is exactly 100,001 elements.
    const LoadResult r = readTopology(minimalText(sites));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.pointer, "");
    EXPECT_NE(r.error.message.find("100001 elements; the limit is 100000"), std::string::npos)
        << r.error.message;
}

TEST(HostileInput, ObjectWithManyMembersIsCheckedForRepeatsInLinearTime)
{
    std::string members;
    for (int i = 0; i < 200'000; ++i)
        members += ",\"k" + std::to_string(i) + "\":" + std::to_string(i);
    const auto start = std::chrono::steady_clock::now();
    const LoadResult ok = readTopology(minimalText(members));
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
    ASSERT_TRUE(ok.ok()) << ok.error.message;
    EXPECT_EQ(ok.topology->extra.size(), 200'000u);

    const LoadResult repeated = readTopology(minimalText(members + ",\"k7\":0"));
    ASSERT_FALSE(repeated.ok());
    EXPECT_EQ(repeated.error.pointer, "/k7");
}

TEST(HostileInput, HundredMegabyteFileIsRefusedBeforeReading)
{
    const fs::path dir = fs::temp_directory_path() / ("topo-io-test-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path file = dir / "huge.topology.json";
    {
        std::ofstream out(file, std::ios::binary);
        out << "{";
    }
    fs::resize_file(file, 100u * 1024u * 1024u); // sparse: no 100 MB written
    const auto start = std::chrono::steady_clock::now();
    const LoadResult r = readTopologyFile(file.string());
    const auto elapsed = std::chrono::steady_clock::now() - start;
    fs::remove_all(dir);
    ASSERT_FALSE(r.ok());
    EXPECT_LT(elapsed, std::chrono::milliseconds(200)); // it did not read 100 MB
    EXPECT_NE(r.error.message.find("100.0 MiB (104857600 bytes)"), std::string::npos)
        << r.error.message;
    EXPECT_NE(r.error.message.find("limit is 64.0 MiB"), std::string::npos);
}

TEST(HostileInput, MissingFileAndDirectoryGiveClearMessages)
{
    const LoadResult missing = readTopologyFile("/nonexistent/dir/x.topology.json");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error.message.find("cannot open the file"), std::string::npos);
    const LoadResult directory = readTopologyFile(fs::temp_directory_path().string());
    ASSERT_FALSE(directory.ok());
    EXPECT_NE(directory.error.message.find("not a regular file"), std::string::npos);
}

TEST(HostileInput, TenThousandServersLoadAndRoundTrip)
{
    std::string servers = ", \"servers\": [";
    for (int i = 0; i < 10'000; ++i)
        servers += std::string(i ? "," : "") + R"({"id": "s)" + std::to_string(i) +
                   R"(", "name": "S", "environment": "dev", "roles": ["frontend"],
                   "hardware": {"cpuCores": 4, "ramGb": 16, "diskGb": 100},
                   "layout": {"x": )" +
                   std::to_string(i) + R"(, "y": 0.5}})";
    servers += "]";
    const LoadResult r = readTopology(minimalText(servers));
    ASSERT_TRUE(r.ok()) << r.error.message;
    ASSERT_EQ(r.topology->servers.size(), 10'000u);
    const std::string saved = writeTopology(*r.topology);
    EXPECT_EQ(writeTopology(*readTopology(saved).topology), saved);
}

} // namespace
} // namespace topo::test
