#pragma once

#include "core/io/JsonPath.h"
#include "core/io/ReadFailure.h"
#include "core/model/Enums.h"
#include "core/model/Json.h"

#include <array>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace topo {

// Typed access to single JSON values: each checks the type (and range) before converting, and
// throws ReadFailure naming the value's pointer when the value is not what the format says.
[[noreturn]] void failAt(const JsonPath& path, std::string message);
std::string describeValue(const Json& value);  // "a string", "the number 2.7", ...
std::string quotedText(std::string_view text); // JSON-quoted, shortened, printable
std::string takeString(Json& value, const JsonPath& path, std::string_view name);
bool readBool(const Json& value, const JsonPath& path, std::string_view name);
long long readInteger(const Json& value, const JsonPath& path, std::string_view name, long long min,
                      long long max);
// A finite number in [min, max]; when `minExclusive`, the number must be greater than min.
double readNumber(const Json& value, const JsonPath& path, std::string_view name, double min,
                  double max, bool minExclusive = false);
std::string takeId(Json& value, const JsonPath& path, std::string_view name);
void requireArray(const Json& value, const JsonPath& path, std::string_view name);

template <typename E> E readEnum(const Json& value, const JsonPath& path, std::string_view name)
{
    std::string allowed;
    for (const auto& s : spellings<E>())
        allowed += (allowed.empty() ? "" : ", ") + std::string(s.text);
    if (!value.is_string())
        failAt(path, "\"" + std::string(name) + "\" must be one of " + allowed + "; found " +
                         describeValue(value));
    const auto parsed = parseEnum<E>(value.get_ref<const std::string&>());
    if (!parsed)
        failAt(path, "\"" + std::string(name) + "\" must be one of " + allowed + "; found " +
                         quotedText(value.get_ref<const std::string&>()));
    return *parsed;
}

// Reads the members of one JSON object. Each member asked for is remembered as known, so that
// takeExtra() can hand back every other member, in document order, for a lossless save.
class ObjectReader {
public:
    ObjectReader(Json& object, const JsonPath& path, std::string_view name);

    const JsonPath& path() const { return m_path; }
    JsonPath pathOf(std::string_view key) const { return m_path.child(key); }

    Json* find(std::string_view key);    // nullptr when absent
    Json& require(std::string_view key); // throws when absent

    std::string requiredString(std::string_view key);
    std::string string(std::string_view key, std::string_view fallback = {});
    std::string requiredId(std::string_view key);
    bool boolean(std::string_view key, bool fallback);
    std::optional<bool> optionalBool(std::string_view key);
    long long integer(std::string_view key, long long fallback, long long min,
                      long long max = std::numeric_limits<long long>::max());
    long long requiredInteger(std::string_view key, long long min, long long max);
    double number(std::string_view key, double fallback, double min, double max,
                  bool minExclusive = false);
    double requiredNumber(std::string_view key, double min, double max);
    Json* optionalArray(std::string_view key); // nullptr when absent
    Json& requiredArray(std::string_view key);

    template <typename E> E enumValue(std::string_view key, std::optional<E> fallback)
    {
        Json* v = fallback ? find(key) : &require(key);
        return v ? readEnum<E>(*v, pathOf(key), key) : *fallback;
    }

    // Moves the members not asked for out of the object, in document order.
    Json takeExtra();

private:
    void remember(std::string_view key);

    static constexpr std::size_t kMaxKnown = 16;
    Json& m_object;
    const JsonPath& m_path;
    std::array<std::string_view, kMaxKnown> m_known{};
    std::size_t m_knownCount = 0;
};

} // namespace topo
