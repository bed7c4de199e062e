#include "core/edit/NameAllocator.h"

#include "core/edit/ElementLookup.h"
#include "core/edit/EnvironmentTag.h"
#include "core/model/Ids.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace topo {

namespace {

std::string lowered(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// A name split into its text and its trailing number ("PROD-FE-03" = "PROD-FE-" + "03").
struct Numbered {
    std::string prefix;
    std::string digits; // empty when the name does not end in a number
};

Numbered splitNumber(std::string_view name)
{
    std::size_t end = name.size();
    while (end > 0 && std::isdigit(static_cast<unsigned char>(name[end - 1])))
        --end;
    // A run of more than 9 digits is an identifier, not a counter.
    if (name.size() - end > 9)
        end = name.size();
    return {std::string(name.substr(0, end)), std::string(name.substr(end))};
}

std::string padded(long long number, std::size_t width)
{
    std::string digits = std::to_string(number);
    if (digits.size() < width)
        digits.insert(0, width - digits.size(), '0');
    return digits;
}

constexpr std::size_t kIdBaseLength = 56; // leaves room for a "-NNNNNNN" suffix

} // namespace

NameAllocator::NameAllocator(const Topology& topology)
    : m_topology(topology), m_ids(allIds(topology))
{
    auto addNames = [&](const auto& items) {
        for (const auto& element : items)
            m_names.insert(lowered(element.name));
    };
    addNames(topology.sites);
    addNames(topology.environments);
    addNames(topology.servers);
    addNames(topology.loadBalancers);
    addNames(topology.databases);
    addNames(topology.messageQueues);
}

bool NameAllocator::nameTaken(std::string_view name) const
{
    return m_names.count(lowered(name)) > 0;
}

void NameAllocator::reserveName(const std::string& name)
{
    m_names.insert(lowered(name));
}

std::string NameAllocator::freshId(std::string_view name)
{
    std::string base;
    for (char c : lowered(name)) {
        const bool ok =
            std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-';
        const char out = ok ? c : '-';
        if (out == '-' && (base.empty() || base.back() == '-'))
            continue;
        base += out;
    }
    while (!base.empty() && base.back() == '-')
        base.pop_back();
    if (base.size() > kIdBaseLength)
        base.resize(kIdBaseLength);
    if (base.empty())
        base = "element";
    std::string id = base;
    for (long long n = 2; m_ids.count(id) || !isValidId(id); ++n)
        id = base + "-" + std::to_string(n);
    m_ids.insert(id);
    return id;
}

std::string NameAllocator::nextNameLike(std::string_view name)
{
    Numbered pattern = splitNumber(name);
    std::size_t width = pattern.digits.size();
    long long highest = 1; // "PROD-DC" counts as number 1 of its series
    if (width == 0) {
        pattern.prefix = std::string(name) + (name.find(' ') != std::string_view::npos ? " " : "-");
        width = 1;
    } else {
        highest = std::stoll(pattern.digits);
    }
    const std::string prefixKey = lowered(pattern.prefix);
    for (const std::string& taken : m_names) {
        const Numbered other = splitNumber(taken);
        if (!other.digits.empty() && other.prefix == prefixKey)
            highest = std::max(highest, std::stoll(other.digits));
    }
    std::string candidate;
    for (long long n = highest + 1;; ++n) {
        candidate = pattern.prefix + padded(n, width);
        if (!nameTaken(candidate))
            break;
    }
    reserveName(candidate);
    return candidate;
}

std::string NameAllocator::uniqueName(std::string_view name)
{
    if (!name.empty() && !nameTaken(name)) {
        reserveName(std::string(name));
        return std::string(name);
    }
    return nextNameLike(name.empty() ? std::string_view("ELEMENT") : name);
}

std::string NameAllocator::uniqueTitle(std::string_view name)
{
    if (name.empty() || !nameTaken(name) || !splitNumber(name).digits.empty())
        return uniqueName(name);
    return nextNameLike(std::string(name) + " 1");
}

std::string NameAllocator::nextServerName(const std::string& environmentId)
{
    // Count the numbered prefixes of the environment's servers, front-ends weighing more:
    // a new server is a front-end, so it should follow the front-ends' numbering.
    struct Series {
        int weight = 0;
        std::size_t lastSeen = 0;
        std::string example;
    };
    std::map<std::string, Series> series;
    std::size_t order = 0;
    for (const Server& server : m_topology.servers) {
        ++order;
        if (server.environment != environmentId)
            continue;
        const Numbered numbered = splitNumber(server.name);
        if (numbered.digits.empty())
            continue;
        Series& s = series[lowered(numbered.prefix)];
        s.weight += server.hasRole(Role::Frontend) ? 3 : 1;
        s.lastSeen = order;
        if (s.example.empty())
            s.example = server.name;
    }
    const Series* best = nullptr;
    for (const auto& [prefix, s] : series)
        if (!best || s.weight > best->weight ||
            (s.weight == best->weight && s.lastSeen > best->lastSeen))
            best = &s;
    if (best)
        return nextNameLike(best->example);
    return nextNameLike(environmentTag(m_topology, environmentId) + "-FE-00");
}

} // namespace topo
