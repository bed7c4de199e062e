#include "core/io/JsonDocumentParser.h"

#include "core/io/JsonPath.h"
#include "core/io/Limits.h"

#include <cmath>
#include <cstdio>
#include <memory>
#include <unordered_set>
#include <vector>

namespace topo {

std::size_t countCodePoints(std::string_view text)
{
    std::size_t count = 0;
    for (unsigned char c : text)
        count += (c & 0xC0u) != 0x80u;
    return count;
}

namespace {

// Objects larger than this get a hash set of their member names, so that a hostile object
// with a million members is not checked for repeated names in quadratic time.
constexpr std::size_t kLinearKeyScanLimit = 16;

// One open container while parsing.
struct Frame {
    Json* value;
    std::unique_ptr<std::unordered_set<std::string>> keys; // only for large objects
};

// Builds the tree from nlohmann's SAX events and refuses anything over a limit the moment it
// is seen, so no deeper or longer structure is ever built.
class BoundedDomBuilder {
public:
    using number_integer_t = Json::number_integer_t;
    using number_unsigned_t = Json::number_unsigned_t;
    using number_float_t = Json::number_float_t;
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    BoundedDomBuilder(std::string_view bytes, Json& root) : m_bytes(bytes), m_root(root) {}

    const std::optional<LoadError>& error() const { return m_error; }

    bool null() { return add(Json(nullptr)); }
    bool boolean(bool v) { return add(Json(v)); }
    bool number_integer(number_integer_t v) { return add(Json(v)); }
    bool number_unsigned(number_unsigned_t v) { return add(Json(v)); }
    bool number_float(number_float_t v, const string_t& text)
    {
        if (!std::isfinite(v))
            return fail("number " + text.substr(0, 40) + " is out of range", valuePointer());
        return add(Json(v));
    }
    bool string(string_t& v)
    {
        const std::size_t limit =
            longTextAllowed() ? Limits::kMaxLongTextChars : Limits::kMaxStringChars;
        if (v.size() > limit) {
            const std::size_t chars = countCodePoints(v);
            if (chars > limit)
                return fail("string of " + std::to_string(chars) +
                                " characters is over the limit of " + std::to_string(limit),
                            valuePointer());
        }
        return add(Json(std::move(v)));
    }
    bool binary(binary_t&) { return fail("binary values are not JSON", valuePointer()); }

    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(string_t& k)
    {
        Frame& frame = m_stack.back();
        auto& members = frame.value->get_ref<Json::object_t&>();
        if (k.size() > Limits::kMaxStringChars && countCodePoints(k) > Limits::kMaxStringChars)
            return fail("member name of " + std::to_string(countCodePoints(k)) +
                            " characters is over the limit of " +
                            std::to_string(Limits::kMaxStringChars),
                        containerPointer(m_stack.size()));
        if (isRepeated(frame, members, k)) {
            std::string pointer = containerPointer(m_stack.size());
            appendPointerToken(pointer, k);
            return fail("member \"" + k.substr(0, 64) + "\" is repeated in one object", pointer);
        }
        // Appending to the underlying vector skips ordered_map's linear search for the key.
        members.emplace_back(std::move(k), nullptr);
        return true;
    }

    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& ex)
    {
        LoadError error;
        error.message = syntaxMessage(ex.what());
        locate(position, error);
        m_error = std::move(error);
        return false;
    }

private:
    bool isRepeated(Frame& frame, const Json::object_t& members, const std::string& k)
    {
        if (!frame.keys && members.size() < kLinearKeyScanLimit) {
            for (const auto& member : members)
                if (member.first == k)
                    return true;
            return false;
        }
        if (!frame.keys) {
            frame.keys = std::make_unique<std::unordered_set<std::string>>();
            for (const auto& member : members)
                frame.keys->insert(member.first);
        }
        return !frame.keys->insert(k).second;
    }

    // Places a finished value: at the root, at the end of an array or in the member slot
    // `key()` just added. Returns where it now lives.
    Json* place(Json&& value)
    {
        if (m_stack.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        Json& parent = *m_stack.back().value;
        if (parent.is_array()) {
            auto& items = parent.get_ref<Json::array_t&>();
            items.push_back(std::move(value));
            return &items.back();
        }
        auto& slot = parent.get_ref<Json::object_t&>().back().second;
        slot = std::move(value);
        return &slot;
    }

    bool add(Json&& value)
    {
        place(std::move(value));
        return true;
    }

    bool open(Json&& container)
    {
        if (m_stack.size() >= Limits::kMaxDepth)
            return fail("nesting deeper than " + std::to_string(Limits::kMaxDepth) +
                            " levels is over the limit",
                        valuePointer());
        m_stack.push_back(Frame{place(std::move(container)), nullptr});
        return true;
    }

    bool close()
    {
        m_stack.pop_back();
        return true;
    }

    // description and note text may be longer than other strings.
    bool longTextAllowed() const
    {
        const auto lastKeyIs = [](const Json* v, std::string_view key) {
            return v->is_object() && !v->empty() &&
                   v->get_ref<const Json::object_t&>().back().first == key;
        };
        if (m_stack.size() == 1)
            return lastKeyIs(m_stack[0].value, "description");
        if (m_stack.size() == 3)
            return lastKeyIs(m_stack[0].value, "notes") && m_stack[1].value->is_array() &&
                   lastKeyIs(m_stack[2].value, "text");
        return false;
    }

    // The pointer of the first `depth` open containers: each one's child on the way down is
    // its last member or item.
    std::string containerPointer(std::size_t depth) const
    {
        std::string pointer;
        for (std::size_t i = 0; i + 1 < depth; ++i) {
            const Json& v = *m_stack[i].value;
            if (v.is_array())
                pointer += '/' + std::to_string(v.size() - 1);
            else
                appendPointerToken(pointer, v.get_ref<const Json::object_t&>().back().first);
        }
        return pointer;
    }

    // The pointer of the value about to be placed.
    std::string valuePointer() const
    {
        if (m_stack.empty())
            return {};
        std::string pointer = containerPointer(m_stack.size());
        const Json& top = *m_stack.back().value;
        if (top.is_array())
            pointer += '/' + std::to_string(top.size());
        else
            appendPointerToken(pointer, top.get_ref<const Json::object_t&>().back().first);
        return pointer;
    }

    bool fail(std::string message, std::string pointer)
    {
        m_error = LoadError{std::move(message), std::move(pointer), 0, 0};
        return false;
    }

    // nlohmann reports the count of bytes read; the offending byte is the last one read.
    void locate(std::size_t position, LoadError& error) const
    {
        const std::size_t offset = std::min(position > 0 ? position - 1 : 0, m_bytes.size());
        std::size_t lineStart = 0;
        int line = 1;
        for (std::size_t i = 0; i < offset; ++i) {
            if (m_bytes[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        error.line = line;
        error.column =
            static_cast<int>(countCodePoints(m_bytes.substr(lineStart, offset - lineStart))) + 1;
    }

    static std::string syntaxMessage(std::string_view what);

    std::string_view m_bytes;
    Json& m_root;
    std::vector<Frame> m_stack;
    std::optional<LoadError> m_error;
};

// Printable ASCII only: the message goes on one line of a terminal and into JSON reports.
std::string printable(std::string_view text)
{
    std::string out;
    for (unsigned char c : text) {
        if (c >= 0x20 && c < 0x7F) {
            out += static_cast<char>(c);
        } else {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02X", c);
            out += hex;
        }
    }
    return out;
}

// "[json.exception.parse_error.101] parse error at line 1, column 7: syntax error while parsing
// object - unexpected end of input; expected '}'" becomes "syntax error: unexpected end of
// input; expected '}'" (the position is reported separately).
std::string BoundedDomBuilder::syntaxMessage(std::string_view what)
{
    if (const auto bracket = what.find("] ");
        what.rfind("[json.exception.", 0) == 0 && bracket != std::string_view::npos)
        what.remove_prefix(bracket + 2);
    if (what.rfind("parse error", 0) == 0) {
        if (const auto colon = what.find(": "); colon != std::string_view::npos)
            what.remove_prefix(colon + 2);
    }
    std::string detail(what);
    if (what.rfind("syntax error while parsing ", 0) == 0) {
        if (const auto dash = what.find(" - "); dash != std::string_view::npos)
            detail = "syntax error: " + std::string(what.substr(dash + 3));
    }
    // The token nlohmann last read can be a whole (long) string: keep only its end.
    constexpr std::string_view kLastRead = "; last read: '";
    constexpr std::size_t kKeep = 32;
    if (const auto at = detail.find(kLastRead); at != std::string::npos) {
        const std::size_t start = at + kLastRead.size();
        // The token ends at the quote before "; expected ..." or at the final quote.
        std::size_t end = detail.rfind("'; expected");
        if (end == std::string::npos || end < start)
            end = detail.size() - 1;
        std::string token = detail.substr(start, end - start);
        if (token.size() > kKeep)
            token = "..." + token.substr(token.size() - kKeep);
        detail = detail.substr(0, start) + token + detail.substr(end);
    }
    return printable(detail);
}

} // namespace

std::optional<LoadError> JsonDocumentParser::parse(std::string_view bytes, Json& out)
{
    BoundedDomBuilder builder(bytes, out);
    const bool ok = Json::sax_parse(bytes.data(), bytes.data() + bytes.size(), &builder);
    if (ok)
        return std::nullopt;
    if (builder.error())
        return builder.error();
    return LoadError{"the document could not be parsed", "", 0, 0};
}

} // namespace topo
