#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace topo {

// Appends one RFC 6901 reference token to `pointer`: "/" then the key with "~" written "~0"
// and "/" written "~1".
inline void appendPointerToken(std::string& pointer, std::string_view key)
{
    pointer += '/';
    for (char c : key) {
        if (c == '~')
            pointer += "~0";
        else if (c == '/')
            pointer += "~1";
        else
            pointer += c;
    }
}

// Where a value sits in a document, as a chain of stack-allocated links to its parents. Building
// a child is free; the JSON Pointer text is only assembled when an error needs it, so the
// happy path of a large file pays nothing for precise error locations.
class JsonPath {
public:
    JsonPath() = default; // the whole document

    JsonPath child(std::string_view key) const { return JsonPath(this, key, 0, false); }
    JsonPath child(std::size_t index) const { return JsonPath(this, {}, index, true); }

    std::string pointer() const
    {
        std::string out = m_parent ? m_parent->pointer() : std::string();
        if (!m_parent)
            return out;
        if (m_isIndex)
            out += '/' + std::to_string(m_index);
        else
            appendPointerToken(out, m_key);
        return out;
    }

private:
    JsonPath(const JsonPath* parent, std::string_view key, std::size_t index, bool isIndex)
        : m_parent(parent), m_key(key), m_index(index), m_isIndex(isIndex)
    {
    }

    const JsonPath* m_parent = nullptr;
    std::string_view m_key;
    std::size_t m_index = 0;
    bool m_isIndex = false;
};

} // namespace topo
