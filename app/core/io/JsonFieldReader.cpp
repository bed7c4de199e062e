#include "core/io/JsonFieldReader.h"

#include "core/io/TextCharacters.h"
#include "core/model/Ids.h"

#include <cassert>
#include <cmath>

namespace topo {

namespace {

constexpr std::size_t kQuotedChars = 64;

// 0 rather than nlohmann's 0.0 for whole numbers in messages.
std::string formatNumber(double v)
{
    if (std::isfinite(v) && std::trunc(v) == v && std::fabs(v) < 1e15)
        return std::to_string(static_cast<long long>(v));
    return Json(v).dump();
}

std::string named(std::string_view name)
{
    return "\"" + std::string(name) + "\"";
}

} // namespace

void failAt(const JsonPath& path, std::string message)
{
    throw ReadFailure{std::move(message), path.pointer()};
}

std::string quotedText(std::string_view text)
{
    std::string shown(text.substr(0, kQuotedChars));
    if (text.size() > kQuotedChars)
        shown += "...";
    // dump() escapes control characters; replace keeps a cut multi-byte character harmless.
    return Json(shown).dump(-1, ' ', true, Json::error_handler_t::replace);
}

std::string describeValue(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::boolean:
        return std::string("the boolean ") + (value.get<bool>() ? "true" : "false");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return "the number " + value.dump();
    case Json::value_t::string:
        return "the string " + quotedText(value.get_ref<const std::string&>());
    case Json::value_t::object:
        return "an object";
    case Json::value_t::array:
        return "an array";
    default:
        return "a value of another kind";
    }
}

std::string takeString(Json& value, const JsonPath& path, std::string_view name)
{
    if (!value.is_string())
        failAt(path, named(name) + " must be a string; found " + describeValue(value));
    std::string& text = value.get_ref<std::string&>();
    if (const std::optional<ForbiddenCharacter> bad = firstForbiddenCharacter(text))
        failAt(path, named(name) + " contains the control character " +
                         codePointName(bad->codePoint) + " at character " +
                         std::to_string(bad->position + 1) +
                         "; text may hold tabs and line breaks but no other control characters");
    return std::move(text);
}

bool readBool(const Json& value, const JsonPath& path, std::string_view name)
{
    if (!value.is_boolean())
        failAt(path, named(name) + " must be true or false; found " + describeValue(value));
    return value.get<bool>();
}

long long readInteger(const Json& value, const JsonPath& path, std::string_view name, long long min,
                      long long max)
{
    if (!value.is_number_integer())
        failAt(path, named(name) + " must be an integer; found " + describeValue(value));
    const bool tooBig = value.is_number_unsigned() && value.get<Json::number_unsigned_t>() >
                                                          static_cast<Json::number_unsigned_t>(max);
    const long long v = tooBig ? max : value.get<long long>();
    if (tooBig || v < min || v > max) {
        std::string range = max >= std::numeric_limits<int>::max()
                                ? "at least " + std::to_string(min)
                                : "from " + std::to_string(min) + " to " + std::to_string(max);
        failAt(path, named(name) + " must be an integer " + range + "; found " + value.dump());
    }
    return v;
}

double readNumber(const Json& value, const JsonPath& path, std::string_view name, double min,
                  double max, bool minExclusive)
{
    if (!value.is_number())
        failAt(path, named(name) + " must be a number; found " + describeValue(value));
    const double v = value.get<double>();
    const bool belowMin = minExclusive ? !(v > min) : !(v >= min);
    if (!std::isfinite(v) || belowMin || v > max) {
        const std::string lo = formatNumber(min);
        std::string range = (minExclusive ? "greater than " : "at least ") + lo;
        if (std::isfinite(max))
            range = (minExclusive ? "greater than " : "from ") + lo + " to " + formatNumber(max);
        failAt(path, named(name) + " must be a number " + range + "; found " + value.dump());
    }
    return v;
}

std::string takeId(Json& value, const JsonPath& path, std::string_view name)
{
    std::string id = takeString(value, path, name);
    if (!isValidId(id))
        failAt(path, "invalid id " + quotedText(id) + ": an id is 1-" +
                         std::to_string(kMaxIdLength) + " characters of A-Z a-z 0-9 . _ -");
    return id;
}

void requireArray(const Json& value, const JsonPath& path, std::string_view name)
{
    if (!value.is_array())
        failAt(path, named(name) + " must be an array; found " + describeValue(value));
}

ObjectReader::ObjectReader(Json& object, const JsonPath& path, std::string_view name)
    : m_object(object), m_path(path)
{
    if (!object.is_object())
        failAt(path, named(name) + " must be an object; found " + describeValue(object));
}

void ObjectReader::remember(std::string_view key)
{
    // Element types have at most 14 members (a database); a larger list would be a programming
    // error.
    assert(m_knownCount < kMaxKnown);
    if (m_knownCount < kMaxKnown)
        m_known[m_knownCount++] = key;
}

Json* ObjectReader::find(std::string_view key)
{
    remember(key);
    auto& members = m_object.get_ref<Json::object_t&>();
    for (auto& member : members)
        if (member.first == key)
            return &member.second;
    return nullptr;
}

Json& ObjectReader::require(std::string_view key)
{
    Json* v = find(key);
    if (!v)
        failAt(pathOf(key), "missing required member " + named(key));
    return *v;
}

std::string ObjectReader::requiredString(std::string_view key)
{
    return takeString(require(key), pathOf(key), key);
}

std::string ObjectReader::string(std::string_view key, std::string_view fallback)
{
    Json* v = find(key);
    return v ? takeString(*v, pathOf(key), key) : std::string(fallback);
}

std::string ObjectReader::requiredId(std::string_view key)
{
    return takeId(require(key), pathOf(key), key);
}

bool ObjectReader::boolean(std::string_view key, bool fallback)
{
    return optionalBool(key).value_or(fallback);
}

std::optional<bool> ObjectReader::optionalBool(std::string_view key)
{
    Json* v = find(key);
    if (!v)
        return std::nullopt;
    return readBool(*v, pathOf(key), key);
}

long long ObjectReader::integer(std::string_view key, long long fallback, long long min,
                                long long max)
{
    Json* v = find(key);
    return v ? readInteger(*v, pathOf(key), key, min, max) : fallback;
}

long long ObjectReader::requiredInteger(std::string_view key, long long min, long long max)
{
    return readInteger(require(key), pathOf(key), key, min, max);
}

double ObjectReader::number(std::string_view key, double fallback, double min, double max,
                            bool minExclusive)
{
    Json* v = find(key);
    return v ? readNumber(*v, pathOf(key), key, min, max, minExclusive) : fallback;
}

double ObjectReader::requiredNumber(std::string_view key, double min, double max)
{
    return readNumber(require(key), pathOf(key), key, min, max);
}

Json* ObjectReader::optionalArray(std::string_view key)
{
    Json* v = find(key);
    if (v)
        requireArray(*v, pathOf(key), key);
    return v;
}

Json& ObjectReader::requiredArray(std::string_view key)
{
    Json& v = require(key);
    requireArray(v, pathOf(key), key);
    return v;
}

Json ObjectReader::takeExtra()
{
    Json extra = Json::object();
    auto& out = extra.get_ref<Json::object_t&>();
    for (auto& member : m_object.get_ref<Json::object_t&>()) {
        bool known = false;
        for (std::size_t i = 0; i < m_knownCount && !known; ++i)
            known = m_known[i] == member.first;
        if (!known)
            out.emplace_back(member.first, std::move(member.second));
    }
    return extra;
}

} // namespace topo
