// Replays the fuzzer's seed corpus through the fuzz target's checks in an ordinary build, and
// shows that the checks catch a broken round trip.
#include "InputCheck.h"

#include "core/io/TopologyWriter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace topo::fuzz {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The seed corpus: the fuzz corpus, the shipped fixtures and the invalid files (the same
// folders scripts/fuzz.sh copies for a fuzzing run).
std::vector<fs::path> corpusFiles()
{
    std::vector<fs::path> files;
    for (const char* dir :
         {TOPO_FUZZ_CORPUS_DIR, TOPO_TEST_DATA_DIR "/fixtures", TOPO_TEST_DATA_DIR "/invalid"}) {
        for (const auto& entry : fs::directory_iterator(dir)) {
            const std::string name = entry.path().filename().string();
            if (entry.is_regular_file() && name.ends_with(".json") &&
                !name.ends_with(".expected.json"))
                files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string fixture()
{
    return slurp(TOPO_TEST_DATA_DIR "/fixtures/example-1-nonproduction.topology.json");
}

TEST(CorpusReplay, EveryCorpusFilePassesTheFuzzChecks)
{
    const std::vector<fs::path> files = corpusFiles();
    ASSERT_GE(files.size(), 60u);
    std::size_t loaded = 0;
    for (const fs::path& file : files) {
        const InputReport report = checkTopologyInput(slurp(file));
        EXPECT_TRUE(report.ok()) << file.string() << ": " << report.problem;
        loaded += report.loaded ? 1 : 0;
    }
    // Both paths are exercised: designs that load and go through every check, and refusals.
    EXPECT_GE(loaded, 14u);
    EXPECT_GE(files.size() - loaded, 40u);
}

TEST(InputCheck, AValidDesignLoadsAndPasses)
{
    const InputReport report = checkTopologyInput(fixture());
    EXPECT_TRUE(report.loaded);
    EXPECT_TRUE(report.ok()) << report.problem;
}

TEST(InputCheck, ARefusedInputIsNotAProblem)
{
    const InputReport report = checkTopologyInput("{\"format\": 1");
    EXPECT_FALSE(report.loaded);
    EXPECT_TRUE(report.ok()) << report.problem;
}

TEST(InputCheck, ASecondSaveThatDiffersFromTheFirstIsReported)
{
    int saves = 0;
    const Saver unstable = [&saves](const Topology& topology) {
        std::string text = writeTopology(topology);
        if (++saves == 2)
            text.insert(text.find('\n') + 1, "  \"extra\": true,\n");
        return text;
    };
    const InputReport report = checkTopologyInput(fixture(), unstable);
    EXPECT_FALSE(report.ok());
    EXPECT_NE(report.problem.find("the second save differs from the first at line 2"),
              std::string::npos)
        << report.problem;
}

TEST(InputCheck, ASaveThatDoesNotLoadAgainIsReported)
{
    const Saver truncating = [](const Topology& topology) {
        const std::string text = writeTopology(topology);
        return text.substr(0, text.size() / 2);
    };
    const InputReport report = checkTopologyInput(fixture(), truncating);
    EXPECT_FALSE(report.ok());
    EXPECT_NE(report.problem.find("does not load again"), std::string::npos) << report.problem;
}

TEST(InputCheck, ASaveThatLoadsAsAnotherDesignIsReported)
{
    // Saves every design under one name: the saves agree, the designs do not.
    const Saver renaming = [](Topology topology) {
        topology.name = "Renamed";
        return writeTopology(topology);
    };
    const InputReport report = checkTopologyInput(fixture(), renaming);
    EXPECT_FALSE(report.ok());
    EXPECT_NE(report.problem.find("loads as a different design"), std::string::npos)
        << report.problem;
}

TEST(InputCheck, AnExceptionFromTheChecksIsReported)
{
    const Saver throwing = [](const Topology&) -> std::string { throw std::runtime_error("full"); };
    const InputReport report = checkTopologyInput(fixture(), throwing);
    EXPECT_TRUE(report.loaded);
    EXPECT_EQ(report.problem, "an exception escaped: full");
}

} // namespace
} // namespace topo::fuzz
