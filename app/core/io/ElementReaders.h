#pragma once

#include "core/io/JsonPath.h"
#include "core/model/Topology.h"

namespace topo {

// Turn the JSON object of one element (already parsed, format checked) into its model struct:
// required members, types, ranges, enum spellings, id syntax and repeated roles are checked
// here; whether referenced ids exist is the ReferenceChecker's job. Strings and unknown members
// are moved out of `value`. Each throws ReadFailure on the first problem.
Assumptions readAssumptions(Json& value, const JsonPath& path);
Site readSite(Json& value, const JsonPath& path);
Environment readEnvironment(Json& value, const JsonPath& path);
Server readServer(Json& value, const JsonPath& path);
LoadBalancer readLoadBalancer(Json& value, const JsonPath& path);
Database readDatabase(Json& value, const JsonPath& path);
MessageQueue readMessageQueue(Json& value, const JsonPath& path);
Note readNote(Json& value, const JsonPath& path);

} // namespace topo
