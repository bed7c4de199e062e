#include "core/rules/RabbitMqVersions.h"

#include <algorithm>
#include <array>

namespace topo {
namespace {

struct MinimumForPlatform {
    std::string_view platformFrom;
    std::string_view rabbitMq;
};

// Highest Platform Server version first; the first row the version reaches applies.
constexpr std::array kMinimums{
    MinimumForPlatform{"11.38", "4.1.2"},    MinimumForPlatform{"11.27", "3.13.0"},
    MinimumForPlatform{"11.19", "3.10.14"},  MinimumForPlatform{"11.15", "3.9.11"},
    MinimumForPlatform{"11.13.2", "3.8.21"}, MinimumForPlatform{"11.9", "3.8.3"},
};
constexpr std::string_view kOldestMinimum = "3.7.7";

std::string_view withoutLeadingZeros(std::string_view digits)
{
    const std::size_t first = digits.find_first_not_of('0');
    return first == std::string_view::npos ? std::string_view{} : digits.substr(first);
}

int compareComponent(std::string_view a, std::string_view b)
{
    a = withoutLeadingZeros(a);
    b = withoutLeadingZeros(b);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    const int c = a.compare(b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

// Surrounding spaces are not part of a version (" 11.20" is 11.20), as for text values.
std::string_view trimmed(std::string_view version)
{
    const std::size_t first = version.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    return version.substr(first, version.find_last_not_of(" \t") - first + 1);
}

// Takes the next component off `rest` (with its dot). Plain loops rather than find(): the
// rules compare the version of every server of a design, and these strings are short.
std::string_view nextComponent(std::string_view& rest)
{
    std::size_t dot = 0;
    while (dot < rest.size() && rest[dot] != '.')
        ++dot;
    const std::string_view part = rest.substr(0, dot);
    rest = dot < rest.size() ? rest.substr(dot + 1) : std::string_view{};
    return part;
}

// Digits separated by dots (already trimmed), no component empty.
bool wellFormed(std::string_view version)
{
    bool digitBefore = false;
    for (char c : version) {
        if (c == '.' && !digitBefore)
            return false;
        if (c != '.' && (c < '0' || c > '9'))
            return false;
        digitBefore = c != '.';
    }
    return digitBefore;
}

} // namespace

std::optional<std::vector<std::string_view>> parseVersion(std::string_view version)
{
    version = trimmed(version);
    if (!wellFormed(version))
        return std::nullopt;
    std::vector<std::string_view> parts;
    while (!version.empty())
        parts.push_back(nextComponent(version));
    return parts;
}

// Without allocating: the rules compare the version of every server of a design.
std::optional<int> compareVersions(std::string_view a, std::string_view b)
{
    a = trimmed(a);
    b = trimmed(b);
    if (!wellFormed(a) || !wellFormed(b))
        return std::nullopt;
    while (!a.empty() || !b.empty()) {
        const std::string_view x = a.empty() ? "0" : nextComponent(a);
        const std::string_view y = b.empty() ? "0" : nextComponent(b);
        if (const int c = compareComponent(x, y); c != 0)
            return c;
    }
    return 0;
}

std::optional<std::string_view> minimumRabbitMq(std::string_view platformVersion)
{
    if (!wellFormed(trimmed(platformVersion)))
        return std::nullopt;
    for (const MinimumForPlatform& row : kMinimums)
        if (*compareVersions(platformVersion, row.platformFrom) >= 0)
            return row.rabbitMq;
    return kOldestMinimum;
}

bool versionBelow(std::string_view version, std::string_view minimum)
{
    const std::optional<int> c = compareVersions(version, minimum);
    return c && *c < 0;
}

} // namespace topo
