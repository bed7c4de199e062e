#pragma once

#include "core/io/LoadError.h"
#include "core/model/Json.h"

#include <optional>
#include <string_view>

namespace topo {

// Turns the bytes of a document into a JSON tree while enforcing the load limits that must hold
// before a tree exists: nesting depth, string and member-name length, and no member name
// repeated inside one object. Syntax errors (including invalid UTF-8) carry a 1-based line and
// column; limit errors carry the JSON Pointer of the offending value.
class JsonDocumentParser {
public:
    // Parses `bytes` into `out`. Returns the first error, or nullopt when `out` holds the
    // document. `out` is unspecified after an error.
    static std::optional<LoadError> parse(std::string_view bytes, Json& out);
};

// Counts UTF-8 code points (the bytes that do not continue a multi-byte sequence).
std::size_t countCodePoints(std::string_view text);

} // namespace topo
