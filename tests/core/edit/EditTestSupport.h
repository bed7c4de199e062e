#pragma once

#include "Fixtures.h"
#include "core/io/TopologyWriter.h"
#include "core/model/Topology.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace topo::test {

// True when `ids` lists `id`.
inline bool has(const std::vector<std::string>& ids, const std::string& id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

} // namespace topo::test
