#include "core/io/TextCharacters.h"

#include <cstdio>

namespace topo {

namespace {

bool isForbidden(char32_t c)
{
    if (c == U'\t' || c == U'\n' || c == U'\r')
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF;
}

// Decodes the code point starting at text[i] and advances i past it. Invalid bytes (the
// parser refuses invalid UTF-8, so only text from elsewhere has them) decode one by one.
char32_t decode(std::string_view text, std::size_t& i)
{
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (lead < 0x80 || lead < 0xC0 || i + length > text.size()) {
        ++i;
        return lead;
    }
    char32_t c = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < length; ++k)
        c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    i += length;
    return c;
}

} // namespace

std::optional<ForbiddenCharacter> firstForbiddenCharacter(std::string_view text)
{
    std::size_t position = 0;
    for (std::size_t i = 0; i < text.size(); ++position) {
        const char32_t c = decode(text, i);
        if (isForbidden(c))
            return ForbiddenCharacter{c, position};
    }
    return std::nullopt;
}

std::string withoutForbiddenCharacters(std::string_view text)
{
    std::string kept;
    kept.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        if (!isForbidden(decode(text, i)))
            kept.append(text.substr(start, i - start));
    }
    return kept;
}

std::string codePointName(char32_t codePoint)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(codePoint));
    return buffer;
}

} // namespace topo
