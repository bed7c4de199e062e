#pragma once

#include "core/model/Topology.h"

#include <string>
#include <vector>

namespace topo::test {

// The test data folder, tests/data, of the source tree.
std::string testDataDir();
// tests/data/fixtures/NAME.topology.json.
std::string fixtureFile(const std::string& name);
// NAME of every fixtures/NAME.topology.json, sorted.
std::vector<std::string> fixtureNames();

// The fixture as the loader reads it; a test failure (and an empty design) when it cannot
// be read.
Topology loadFixture(const std::string& name);
// The fixture as the designer opens it: read, then placed by AutoLayout.
Topology placedFixture(const std::string& name);

// Designs compare as their saved text: what the user would see in the file.
std::string saved(const Topology& topology);

} // namespace topo::test
