#include "RuleTestSupport.h"

#include "core/rules/Validator.h"

#include <gtest/gtest.h>

namespace topo::test {

std::string nameOf(const Topology& t, std::string_view id)
{
    const auto byId = [&](const auto& list) -> const std::string* {
        for (const auto& element : list)
            if (element.id == id)
                return &element.name;
        return nullptr;
    };
    for (const std::string* name :
         {byId(t.sites), byId(t.environments), byId(t.servers), byId(t.loadBalancers),
          byId(t.databases), byId(t.messageQueues)})
        if (name)
            return *name;
    for (const Environment& e : t.environments)
        if (const std::string* name = byId(e.zones))
            return *name;
    return {};
}

std::vector<Finding> runRules(const Topology& topology)
{
    std::vector<Finding> findings = validate(topology);
    for (const Finding& f : findings) {
        SCOPED_TRACE(f.rule + ": " + f.message);
        const RuleInfo* info = findRule(f.rule);
        EXPECT_NE(info, nullptr);
        if (info) {
            EXPECT_EQ(f.severity, info->severity);
        }
        // What is wrong, then what to do.
        EXPECT_NE(f.message.find("; "), std::string::npos);
        EXPECT_EQ(f.message.back(), '.');
        for (const std::string& id : f.subjects) {
            const std::string name = nameOf(topology, id);
            EXPECT_FALSE(name.empty()) << "unknown subject " << id;
            EXPECT_NE(f.message.find(name), std::string::npos) << "message lacks " << name;
        }
    }
    return findings;
}

Fired fired(const Topology& topology, std::string_view rule)
{
    Fired out;
    for (const Finding& f : runRules(topology)) {
        if (f.rule != rule)
            continue;
        std::string line;
        for (const std::string& id : f.subjects)
            line += id + " ";
        out.push_back(line + "@" + f.environment);
    }
    return out;
}

std::optional<Finding> firstFinding(const Topology& topology, std::string_view rule)
{
    for (Finding& f : runRules(topology))
        if (f.rule == rule)
            return std::move(f);
    return std::nullopt;
}

std::vector<std::string> firedRules(const Topology& topology)
{
    std::vector<std::string> out;
    for (const Finding& f : runRules(topology))
        out.push_back(f.rule);
    return out;
}

} // namespace topo::test
