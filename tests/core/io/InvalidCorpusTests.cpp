// Replays tests/data/invalid: every file listed in MANIFEST.tsv is refused, quickly, with the
// listed pointer and message text.
#include "IoTestSupport.h"

#include <chrono>
#include <filesystem>
#include <set>

namespace topo::test {
namespace {

struct ManifestRow {
    std::string file;
    std::string pointer; // "-": syntax error; "\"\"": the whole document
    std::string substring;
};

std::vector<ManifestRow> manifest()
{
    std::vector<ManifestRow> rows;
    std::istringstream in(slurp(testDataDir() + "/invalid/MANIFEST.tsv"));
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty())
            continue;
        const auto tab1 = line.find('\t');
        const auto tab2 = line.find('\t', tab1 + 1);
        EXPECT_NE(tab2, std::string::npos) << "malformed manifest line: " << line;
        if (tab2 == std::string::npos)
            continue;
        rows.push_back(
            {line.substr(0, tab1), line.substr(tab1 + 1, tab2 - tab1 - 1), line.substr(tab2 + 1)});
    }
    return rows;
}

TEST(InvalidCorpus, ManifestListsAtLeast32Files)
{
    EXPECT_GE(manifest().size(), 32u);
}

TEST(InvalidCorpus, EveryFileInTheFolderIsListed)
{
    std::set<std::string> listed;
    for (const auto& row : manifest())
        listed.insert(row.file);
    for (const auto& entry : std::filesystem::directory_iterator(testDataDir() + "/invalid")) {
        const std::string name = entry.path().filename().string();
        if (name != "MANIFEST.tsv" && name != "README.md") {
            EXPECT_TRUE(listed.count(name)) << name << " is not in MANIFEST.tsv";
        }
    }
}

TEST(InvalidCorpus, EachFileIsRefusedAsListed)
{
    for (const ManifestRow& row : manifest()) {
        SCOPED_TRACE(row.file);
        const auto start = std::chrono::steady_clock::now();
        const LoadResult r = readTopologyFile(testDataDir() + "/invalid/" + row.file);
        const auto elapsed = std::chrono::steady_clock::now() - start;
        EXPECT_LT(elapsed, std::chrono::seconds(1));
        ASSERT_FALSE(r.ok());
        if (row.pointer == "-") {
            EXPECT_GT(r.error.line, 0);
            EXPECT_GT(r.error.column, 0);
            EXPECT_EQ(r.error.pointer, "");
        } else {
            EXPECT_EQ(r.error.line, 0);
            EXPECT_EQ(r.error.pointer, row.pointer == "\"\"" ? std::string() : row.pointer);
        }
        EXPECT_NE(r.error.message.find(row.substring), std::string::npos)
            << "message: " << r.error.message;
        EXPECT_FALSE(r.error.message.empty());
        EXPECT_EQ(r.error.message.find('\n'), std::string::npos);
    }
}

} // namespace
} // namespace topo::test
