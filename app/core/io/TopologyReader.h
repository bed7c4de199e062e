#pragma once

#include "core/io/LoadError.h"
#include "core/model/Topology.h"

#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace topo {

inline constexpr int kCurrentFormatVersion = 1;

// The outcome of reading a design: the topology, or the first load error found.
struct LoadResult {
    std::optional<Topology> topology;
    LoadError error; // meaningful only when !topology
    bool ok() const { return topology.has_value(); }
};

// Parses and checks a whole document held in memory (UTF-8 JSON of format v1 or an older
// supported version), enforcing every load limit while parsing.
LoadResult readTopology(std::string_view bytes);

// Reads a file from disk (`path` in UTF-8 on every platform): refuses it before reading when
// it is over the size limit.
LoadResult readTopologyFile(const std::string& path);

// The formatVersion a document declares, parsed within the same limits as readTopology but
// without checking the rest (a newer format's file is not readable, yet has a version);
// nullopt when it is not a JSON object with an integer formatVersion, or cannot be read.
std::optional<long long> declaredFormatVersion(std::string_view bytes);
std::optional<long long> declaredFormatVersionOfFile(const std::string& path);

} // namespace topo
