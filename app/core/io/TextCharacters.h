#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace topo {

// The characters a design's text may not hold: control characters other than tab and line
// breaks (U+0000-U+001F, U+007F-U+009F) and the non-characters U+FFFE and U+FFFF. XML (SVG,
// draw.io, the HTML report) cannot carry them at all, and a terminal would act on them, so the
// loader refuses them with the member's pointer and the designer drops them from typed text.
struct ForbiddenCharacter {
    char32_t codePoint = 0;
    std::size_t position = 0; // in characters (code points) from the start, 0-based
};

// The first forbidden character of valid UTF-8 `text`, or nothing.
std::optional<ForbiddenCharacter> firstForbiddenCharacter(std::string_view text);

// `text` without its forbidden characters.
std::string withoutForbiddenCharacters(std::string_view text);

// "U+001B" for a code point.
std::string codePointName(char32_t codePoint);

} // namespace topo
