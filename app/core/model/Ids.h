#pragma once

#include <string_view>

namespace topo {

inline constexpr std::size_t kMaxIdLength = 64;

// True when `id` is 1-64 characters of A-Z a-z 0-9 . _ - (file-format.md, Principles).
constexpr bool isValidId(std::string_view id)
{
    if (id.empty() || id.size() > kMaxIdLength)
        return false;
    for (char c : id) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace topo
