#include "core/rules/RuleFamily.h"
#include "core/rules/RuleText.h"

#include <unordered_map>

namespace topo {
namespace {

const std::vector<RuleInfo>& catalogue()
{
    static const std::vector<RuleInfo> rules{
        {"NAME-DUPLICATE", Severity::Warning, "Servers sharing a host name",
         "A server's name is its host name; Windows host names are case-insensitive, so two "
         "servers with the same name clash on the network and in the platform's server list.",
         ref::kDesignerAdvice},
    };
    return rules;
}

std::string lowercase(std::string_view name)
{
    std::string out(name);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

void check(const DesignIndex& index, FindingSink& sink)
{
    const auto& servers = index.topology().servers;
    std::unordered_map<std::string, std::vector<const Server*>> byName;
    byName.reserve(servers.size());
    std::vector<std::vector<const Server*>*> groups; // in order of first appearance
    for (const Server& s : servers) {
        auto [it, inserted] = byName.try_emplace(lowercase(s.name));
        if (inserted)
            groups.push_back(&it->second);
        it->second.push_back(&s);
    }
    for (const std::vector<const Server*>* group : groups) {
        if (group->size() < 2)
            continue;
        std::vector<std::string> ids;
        std::string environment = group->front()->environment;
        for (const Server* s : *group) {
            ids.push_back(s->id);
            if (s->environment != environment)
                environment.clear();
        }
        sink.add(catalogue().front(),
                 std::to_string(group->size()) + " servers share the host name " +
                     group->front()->name + " (" + text::serverNames(*group) +
                     "); give each server a unique host name.",
                 std::move(ids), std::move(environment));
    }
}

} // namespace

RuleFamily nameRules()
{
    return {&catalogue(), &check};
}

} // namespace topo
