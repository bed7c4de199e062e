#include "core/rules/RuleText.h"

#include <cmath>
#include <cstdio>

namespace topo::text {

std::string joinNames(const std::vector<std::string_view>& names)
{
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += names[i];
    }
    return out;
}

std::string joinWords(const std::vector<std::string_view>& words, std::string_view conjunction)
{
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0 && i + 1 == words.size()) {
            out += ' ';
            out += conjunction;
            out += ' ';
        } else if (i > 0) {
            out += ", ";
        }
        out += words[i];
    }
    return out;
}

std::string serverNames(const std::vector<const Server*>& servers)
{
    std::vector<std::string_view> names;
    names.reserve(servers.size());
    for (const Server* s : servers)
        names.push_back(s->name);
    return joinNames(names);
}

std::string count(std::size_t n, std::string_view singular, std::string_view plural)
{
    return std::to_string(n) + " " + std::string(n == 1 ? singular : plural);
}

std::string number(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    std::string out = buffer;
    while (!out.empty() && out.back() == '0')
        out.pop_back();
    if (!out.empty() && out.back() == '.')
        out.pop_back();
    return out;
}

std::string hardware(const Hardware& hw)
{
    return std::to_string(hw.cpuCores) + " cores / " + number(hw.ramGb) + " GB RAM / " +
           number(hw.diskGb) + " GB disk";
}

std::string_view purposeName(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Development:
        return "development";
    case Purpose::NonProduction:
        return "non-production";
    case Purpose::Production:
        return "production";
    case Purpose::Lifetime:
        return "LifeTime";
    }
    return {};
}

std::string_view catalogName(CatalogKind kind)
{
    switch (kind) {
    case CatalogKind::Platform:
        return "platform";
    case CatalogKind::Session:
        return "session";
    case CatalogKind::Log:
        return "log";
    }
    return {};
}

std::string_view engineName(DbEngine engine)
{
    switch (engine) {
    case DbEngine::SqlServer:
        return "SQL Server";
    case DbEngine::AzureSql:
        return "Azure SQL";
    case DbEngine::Oracle:
        return "Oracle";
    }
    return {};
}

std::string quoted(std::string_view value)
{
    std::string out;
    out.reserve(value.size() + 2);
    out += '"';
    out += value;
    out += '"';
    return out;
}

} // namespace topo::text
