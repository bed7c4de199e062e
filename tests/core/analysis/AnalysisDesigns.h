#pragma once

#include "Fixtures.h"
#include "core/model/Topology.h"

#include <string>
#include <vector>

namespace topo::test {

// Small designs for the analysis tests, built in code so that each figure is known.
Environment environment(const std::string& id, Purpose purpose);
Server server(const std::string& id, const std::string& environment, std::vector<Role> roles,
              int cores = 4, const std::string& site = "");
Database database(const std::string& id, const std::vector<std::string>& platformOf,
                  const std::string& site = "");

// A production farm: front-ends fe-1..fe-n (front-end + scheduler, `cores` cores, 8 GB), a
// dedicated controller dc-1, load balancer lb-1 targeting every front-end, database db-1 and
// queue mq-1 (one node, its own machine).
Topology farm(int frontEnds, int cores = 4);

// The farm's environment.
const Environment& production(const Topology& topology);

} // namespace topo::test
