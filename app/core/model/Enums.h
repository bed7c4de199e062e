#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace topo {

// Enumerations of file format v1 and their spellings in the file. Each enum has a
// `toString` giving the file spelling and a `parse<Enum>` returning nullopt for an unknown
// spelling; `all<Enum>()` lists the values in the order the format names them.

enum class Scope { Infrastructure, Fragment };
enum class Purpose { Development, NonProduction, Production, Lifetime };
enum class AppKind { Reactive, Traditional };
enum class Role { Frontend, DeploymentController, Scheduler };
enum class LbPolicy { RoundRobin, LeastConnections, Ratio };
enum class DbEngine { SqlServer, AzureSql, Oracle };
enum class DbHaMode {
    None,
    AlwaysOnAg,
    AlwaysOnFci,
    Mirroring,
    LogShipping,
    Replication,
    Rac,
    DataGuard
};
enum class CatalogKind { Platform, Session, Log };

template <typename E> struct EnumSpelling {
    E value;
    std::string_view text;
};

inline constexpr std::array kScopeSpellings{
    EnumSpelling<Scope>{Scope::Infrastructure, "infrastructure"},
    EnumSpelling<Scope>{Scope::Fragment, "fragment"}};
inline constexpr std::array kPurposeSpellings{
    EnumSpelling<Purpose>{Purpose::Development, "development"},
    EnumSpelling<Purpose>{Purpose::NonProduction, "non-production"},
    EnumSpelling<Purpose>{Purpose::Production, "production"},
    EnumSpelling<Purpose>{Purpose::Lifetime, "lifetime"}};
inline constexpr std::array kAppKindSpellings{
    EnumSpelling<AppKind>{AppKind::Reactive, "reactive"},
    EnumSpelling<AppKind>{AppKind::Traditional, "traditional"}};
inline constexpr std::array kRoleSpellings{
    EnumSpelling<Role>{Role::Frontend, "frontend"},
    EnumSpelling<Role>{Role::DeploymentController, "deploymentController"},
    EnumSpelling<Role>{Role::Scheduler, "scheduler"}};
inline constexpr std::array kLbPolicySpellings{
    EnumSpelling<LbPolicy>{LbPolicy::RoundRobin, "round-robin"},
    EnumSpelling<LbPolicy>{LbPolicy::LeastConnections, "least-connections"},
    EnumSpelling<LbPolicy>{LbPolicy::Ratio, "ratio"}};
inline constexpr std::array kDbEngineSpellings{
    EnumSpelling<DbEngine>{DbEngine::SqlServer, "sqlserver"},
    EnumSpelling<DbEngine>{DbEngine::AzureSql, "azure-sql"},
    EnumSpelling<DbEngine>{DbEngine::Oracle, "oracle"}};
inline constexpr std::array kDbHaModeSpellings{
    EnumSpelling<DbHaMode>{DbHaMode::None, "none"},
    EnumSpelling<DbHaMode>{DbHaMode::AlwaysOnAg, "always-on-ag"},
    EnumSpelling<DbHaMode>{DbHaMode::AlwaysOnFci, "always-on-fci"},
    EnumSpelling<DbHaMode>{DbHaMode::Mirroring, "mirroring"},
    EnumSpelling<DbHaMode>{DbHaMode::LogShipping, "log-shipping"},
    EnumSpelling<DbHaMode>{DbHaMode::Replication, "replication"},
    EnumSpelling<DbHaMode>{DbHaMode::Rac, "rac"},
    EnumSpelling<DbHaMode>{DbHaMode::DataGuard, "data-guard"}};
inline constexpr std::array kCatalogKindSpellings{
    EnumSpelling<CatalogKind>{CatalogKind::Platform, "platform"},
    EnumSpelling<CatalogKind>{CatalogKind::Session, "session"},
    EnumSpelling<CatalogKind>{CatalogKind::Log, "log"}};

template <typename E> constexpr const auto& spellings();
template <> constexpr const auto& spellings<Scope>()
{
    return kScopeSpellings;
}
template <> constexpr const auto& spellings<Purpose>()
{
    return kPurposeSpellings;
}
template <> constexpr const auto& spellings<AppKind>()
{
    return kAppKindSpellings;
}
template <> constexpr const auto& spellings<Role>()
{
    return kRoleSpellings;
}
template <> constexpr const auto& spellings<LbPolicy>()
{
    return kLbPolicySpellings;
}
template <> constexpr const auto& spellings<DbEngine>()
{
    return kDbEngineSpellings;
}
template <> constexpr const auto& spellings<DbHaMode>()
{
    return kDbHaModeSpellings;
}
template <> constexpr const auto& spellings<CatalogKind>()
{
    return kCatalogKindSpellings;
}

template <typename E> constexpr std::string_view toString(E value)
{
    for (const auto& s : spellings<E>())
        if (s.value == value)
            return s.text;
    return {};
}

template <typename E> constexpr std::optional<E> parseEnum(std::string_view text)
{
    for (const auto& s : spellings<E>())
        if (s.text == text)
            return s.value;
    return std::nullopt;
}

} // namespace topo
