#pragma once

#include "io/TopologyReader.h"
#include "io/TopologyWriter.h"
#include "model/Topology.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace topo::test {

inline const std::vector<std::string>& fixtureNames()
{
    static const std::vector<std::string> names{
        "design-with-problems", "example-1-nonproduction",    "example-2-production-farm",
        "example-3-lifetime",   "example-4-production-zones", "factory-standard"};
    return names;
}

inline Topology loadFixture(const std::string& name)
{
    const std::string path =
        std::string(TOPO_TEST_DATA_DIR) + "/fixtures/" + name + ".topology.json";
    LoadResult result = readTopologyFile(path);
    if (!result.ok())
        ADD_FAILURE() << path << ": " << result.error.message;
    return result.ok() ? *result.topology : Topology{};
}

// True when `ids` lists `id`.
inline bool has(const std::vector<std::string>& ids, const std::string& id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Designs compare as their saved text: what the user would see in the file.
inline std::string saved(const Topology& topology)
{
    return writeTopology(topology, "test");
}

} // namespace topo::test
