#include "core/rules/PlatformSoftware.h"

#include "core/rules/RabbitMqVersions.h"

#include <algorithm>

namespace topo {

namespace {

// ASCII only, without the locale: the values are identifiers such as "windows-server-2022",
// and these run for every server of a design on every validation.
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

template <std::size_t N>
bool listed(const std::array<std::string_view, N>& values, std::string_view text)
{
    return std::any_of(values.begin(), values.end(),
                       [&](std::string_view v) { return sameText(v, text); });
}

// True when the platform version is set and below `version`.
bool platformBelow(std::string_view platformVersion, std::string_view version)
{
    return isSpecified(platformVersion) && versionBelow(platformVersion, version);
}

// 2016, 2019, 2022 or 2025 for one of kSupportedOperatingSystems, else 0; in one pass, as it
// runs for every server.
int windowsServerYear(std::string_view os)
{
    constexpr std::string_view kPrefix = "windows-server-";
    os = trimmed(os);
    if (os.size() != kPrefix.size() + 4 || !sameText(os.substr(0, kPrefix.size()), kPrefix))
        return 0;
    const std::string_view year = os.substr(kPrefix.size());
    if (year != "2016" && year != "2019" && year != "2022" && year != "2025")
        return 0;
    return 2000 + (year[2] - '0') * 10 + (year[3] - '0');
}

} // namespace

std::string normalizedText(std::string_view text)
{
    std::string out(trimmed(text));
    for (char& c : out)
        c = lower(c);
    return out;
}

bool isSpecified(std::string_view text)
{
    return !trimmed(text).empty();
}

// Without allocating: the rules compare the text of every server of a design.
bool sameText(std::string_view a, std::string_view b)
{
    a = trimmed(a);
    b = trimmed(b);
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [](char x, char y) { return lower(x) == lower(y); });
}

bool samePlatformVersion(std::string_view a, std::string_view b)
{
    if (a == b)
        return true;
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
    return windowsServerYear(os) != 0;
}

std::string_view minimumPlatformForOs(std::string_view os)
{
    switch (windowsServerYear(os)) {
    case 2022:
        return "11.20.0";
    case 2025:
        return "11.35.0";
    default:
        return {};
    }
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
