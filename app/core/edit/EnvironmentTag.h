#pragma once

#include "core/model/Topology.h"

#include <string>
#include <string_view>

namespace topo {

// The short upper-case word that stands for an environment in the default names of its
// elements (PROD in PROD-FE-01, LB-PROD, DB-PROD, RMQ-PROD), as the OutSystems examples
// and most real designs name things.
//
// A name that is a word for a purpose gives that purpose's tag whatever the purpose field
// says ("Quality" -> QA): the name is what the user reads. A default or empty name gives the
// purpose's tag (PROD, QA, DEV, LT). Any other name gives a short upper-case form of itself
// ("UAT", "Customer Portal" -> CP, "Pre-production" -> PREPROD). A trailing number of 2 or
// more is kept, so that a copy has a tag of its own ("Production 2" -> PROD2).
std::string environmentTag(const Environment& environment);

// The tag of the environment `environmentId`; "NEW" when the design has no such environment.
std::string environmentTag(const Topology& topology, std::string_view environmentId);

// `name` with the first whole-word occurrence of `from` (case-insensitive, delimited by
// anything but letters and digits) replaced by `to`, lower case where the name had it lower
// case: retagged("PROD-FE-01", "PROD", "QA") is "QA-FE-01", retagged("LB-PROD", ...) is
// "LB-QA". `name` itself when `from` does not occur as a word.
std::string retagged(std::string_view name, std::string_view from, std::string_view to);

} // namespace topo
