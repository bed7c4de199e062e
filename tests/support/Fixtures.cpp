#include "Fixtures.h"

#include "core/io/TopologyReader.h"
#include "core/io/TopologyWriter.h"
#include "core/layout/AutoLayout.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

namespace topo::test {

std::string testDataDir()
{
    return TOPO_TEST_DATA_DIR;
}

std::string fixtureFile(const std::string& name)
{
    return testDataDir() + "/fixtures/" + name + ".topology.json";
}

std::vector<std::string> fixtureNames()
{
    constexpr std::string_view kSuffix = ".topology.json";
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(testDataDir() + "/fixtures")) {
        const std::string file = entry.path().filename().string();
        if (file.size() > kSuffix.size() && file.ends_with(kSuffix))
            names.push_back(file.substr(0, file.size() - kSuffix.size()));
    }
    std::sort(names.begin(), names.end());
    return names;
}

Topology loadFixture(const std::string& name)
{
    const std::string path = fixtureFile(name);
    LoadResult result = readTopologyFile(path);
    if (!result.ok()) {
        ADD_FAILURE() << path << ": " << result.error.message;
        return {};
    }
    return std::move(*result.topology);
}

Topology placedFixture(const std::string& name)
{
    Topology topology = loadFixture(name);
    AutoLayout::place(topology);
    return topology;
}

std::string saved(const Topology& topology)
{
    return writeTopology(topology, "test");
}

} // namespace topo::test
