#pragma once

#include "io/TopologyReader.h"
#include "io/TopologyWriter.h"
#include "layout/AutoLayout.h"
#include "model/Topology.h"

#include <gtest/gtest.h>

#include <string>

namespace topo::test {

// A fixture as the designer opens it: read, then placed.
inline Topology openFixture(const std::string& name)
{
    const std::string path =
        std::string(TOPO_TEST_DATA_DIR) + "/fixtures/" + name + ".topology.json";
    LoadResult result = readTopologyFile(path);
    if (!result.ok()) {
        ADD_FAILURE() << path << ": " << result.error.message;
        return {};
    }
    AutoLayout::place(*result.topology);
    return *result.topology;
}

inline std::string saved(const Topology& topology)
{
    return writeTopology(topology, "test");
}

} // namespace topo::test
