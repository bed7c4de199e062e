#pragma once

// The editor tests read the fixtures as the designer opens them (placedFixture) and compare
// designs as their saved text (saved).
#include "Fixtures.h"
#include "io/TopologyReader.h"
#include "io/TopologyWriter.h"
#include "layout/AutoLayout.h"
#include "model/Topology.h"

#include <gtest/gtest.h>
