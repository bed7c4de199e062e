#pragma once

#include "core/io/LoadError.h"
#include "core/model/Json.h"
#include "core/model/Topology.h"
#include "core/rules/Finding.h"

#include <QString>

#include <vector>

namespace topo::cli {

// How many findings of each severity a design has.
struct SeverityCounts {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};

SeverityCounts countSeverities(const std::vector<Finding>& findings);

// "FILE: SEVERITY RULE-ID: message [subjects]", the subjects by name (their ids in the JSON
// output), separated by commas.
QString findingLine(const QString& file, const Topology& topology, const Finding& finding);

// "FILE: N errors, N warnings, N infos".
QString summaryLine(const QString& file, const SeverityCounts& counts);

// The entries of the "files" array of `validate --format json` (cli.md).
Json loadedFileJson(const QString& file, const std::vector<Finding>& findings);
Json failedFileJson(const QString& file, const LoadError& error);

} // namespace topo::cli
