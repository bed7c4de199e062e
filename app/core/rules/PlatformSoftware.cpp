#include "rules/PlatformSoftware.h"

#include "rules/RabbitMqVersions.h"

#include <algorithm>
#include <cctype>

namespace topo {

namespace {

template <std::size_t N>
bool listed(const std::array<std::string_view, N>& values, std::string_view text)
{
    const std::string wanted = normalizedText(text);
    return std::any_of(values.begin(), values.end(),
                       [&](std::string_view v) { return normalizedText(v) == wanted; });
}

// True when the platform version is set and below `version`.
bool platformBelow(std::string_view platformVersion, std::string_view version)
{
    return isSpecified(platformVersion) && versionBelow(platformVersion, version);
}

} // namespace

std::string normalizedText(std::string_view text)
{
    const auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    while (!text.empty() && space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && space(text.back()))
        text.remove_suffix(1);
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool isSpecified(std::string_view text)
{
    return std::any_of(text.begin(), text.end(),
                       [](char c) { return !std::isspace(static_cast<unsigned char>(c)); });
}

bool sameText(std::string_view a, std::string_view b)
{
    return normalizedText(a) == normalizedText(b);
}

bool samePlatformVersion(std::string_view a, std::string_view b)
{
    if (const std::optional<int> c = compareVersions(a, b))
        return *c == 0;
    return sameText(a, b);
}

std::string_view platformVersionOf(const Server& server, const Environment* environment)
{
    if (isSpecified(server.platformVersion))
        return server.platformVersion;
    if (environment && isSpecified(environment->platformVersion))
        return environment->platformVersion;
    return {};
}

bool operatingSystemSupported(std::string_view os)
{
    return listed(kSupportedOperatingSystems, os);
}

std::string_view minimumPlatformForOs(std::string_view os)
{
    const std::string name = normalizedText(os);
    if (name == "windows-server-2022")
        return "11.20.0";
    if (name == "windows-server-2025")
        return "11.35.0";
    return {};
}

bool databaseVersionSupported(DbEngine engine, std::string_view version,
                              std::string_view platformVersion)
{
    const std::string v = normalizedText(version);
    switch (engine) {
    case DbEngine::SqlServer:
        if (v == "2016" || v == "2017" || v == "2022")
            return true;
        if (v == "2019")
            return !platformBelow(platformVersion, "11.12.0");
        return v == "2014" && platformBelow(platformVersion, "11.33.0");
    case DbEngine::Oracle:
        if (v == "19c")
            return true;
        return (v == "12c" || v == "18c") && platformBelow(platformVersion, "11.33.0");
    case DbEngine::AzureSql:
        return true;
    }
    return true;
}

bool databaseEditionSupported(DbEngine engine, std::string_view edition)
{
    const std::string e = normalizedText(edition);
    switch (engine) {
    case DbEngine::SqlServer:
        return e == "web" || e == "standard" || e == "enterprise";
    case DbEngine::Oracle:
        return e == "standard" || e == "enterprise";
    case DbEngine::AzureSql:
        return true;
    }
    return true;
}

bool azureTierBelowMinimum(std::string_view serviceTier)
{
    const std::string t = normalizedText(serviceTier);
    return t == "basic" || t == "s0" || t == "s1" || t == "s2";
}

} // namespace topo
