#pragma once

// The editor tests read the fixtures as the designer opens them (placedFixture) and compare
// designs as their saved text (saved).
#include "Fixtures.h"
#include "core/io/TopologyReader.h"
#include "core/io/TopologyWriter.h"
#include "core/layout/AutoLayout.h"
#include "core/model/Topology.h"

#include <gtest/gtest.h>
