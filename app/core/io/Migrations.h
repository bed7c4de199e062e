#pragma once

#include "core/model/Json.h"

#include <functional>
#include <map>

namespace topo {

// Upgrades a document of format version N to version N + 1.
using Migration = std::function<Json(Json)>;

// The migration step table: one entry per format version that has a successor. Empty while
// version 1 is the only version; a future version 2 adds the step {1, upgrade1to2}.
const std::map<int, Migration>& migrations();

// Applies the steps of `table` to bring `document` from version `from` to version `to`. Throws
// ReadFailure at /formatVersion when a step is missing.
void applyMigrations(Json& document, long long from, int to, const std::map<int, Migration>& table);

// Brings `document` (whose formatVersion is `version`) up to kCurrentFormatVersion, one step at
// a time. Throws ReadFailure at /formatVersion when a step is missing or the version is newer
// than this program or older than the first format.
void migrateToCurrent(Json& document, long long version);

} // namespace topo
