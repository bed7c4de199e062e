#include "rules/RabbitMqVersions.h"

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

} // namespace

std::optional<std::vector<std::string_view>> parseVersion(std::string_view version)
{
    // Surrounding spaces are not part of the version (" 11.20" is 11.20), as for text values.
    const std::size_t first = version.find_first_not_of(" \t");
    version = first == std::string_view::npos
                  ? std::string_view{}
                  : version.substr(first, version.find_last_not_of(" \t") - first + 1);
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = version.find('.', start);
        const std::string_view part = version.substr(start, dot - start);
        if (part.empty() || part.find_first_not_of("0123456789") != std::string_view::npos)
            return std::nullopt;
        parts.push_back(part);
        if (dot == std::string_view::npos)
            return parts;
        start = dot + 1;
    }
}

std::optional<int> compareVersions(std::string_view a, std::string_view b)
{
    const auto pa = parseVersion(a);
    const auto pb = parseVersion(b);
    if (!pa || !pb)
        return std::nullopt;
    const std::size_t n = std::max(pa->size(), pb->size());
    for (std::size_t i = 0; i < n; ++i) {
        const std::string_view x = i < pa->size() ? (*pa)[i] : "0";
        const std::string_view y = i < pb->size() ? (*pb)[i] : "0";
        if (const int c = compareComponent(x, y); c != 0)
            return c;
    }
    return 0;
}

std::optional<std::string_view> minimumRabbitMq(std::string_view platformVersion)
{
    if (!parseVersion(platformVersion))
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
