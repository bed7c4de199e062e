#pragma once

#include <cstddef>

namespace topo {

// Load limits of file format v1: a file over any of them is refused with a clear message.
struct Limits {
    static constexpr std::size_t kMaxFileBytes = 64u * 1024u * 1024u;
    static constexpr std::size_t kMaxElements = 100'000;
    static constexpr std::size_t kMaxStringChars = 4'096;
    static constexpr std::size_t kMaxLongTextChars = 65'536; // description and note text
    static constexpr std::size_t kMaxDepth = 64;
};

} // namespace topo
