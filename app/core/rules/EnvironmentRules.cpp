#include "core/rules/RuleFamily.h"
#include "core/rules/RuleText.h"

namespace topo {
namespace {

enum : std::size_t { kEnvSet, kLtMissing, kLtMultiple, kEnvEmpty };

const std::vector<RuleInfo>& catalogue()
{
    static const std::vector<RuleInfo> rules{
        {"ENV-SET", Severity::Info, "Incomplete set of environments",
         "A factory normally has development, non-production and production environments, so "
         "that apps are built, tested and then served from separate infrastructures.",
         ref::kSettingUp},
        {"LT-MISSING", Severity::Warning, "No LifeTime environment",
         "Since OutSystems 11, LifeTime must run in its own environment, which manages and "
         "deploys between all the others.",
         ref::kSettingUp},
        {"LT-MULTIPLE", Severity::Error, "More than one LifeTime environment",
         "One LifeTime environment manages the whole factory; a second one cannot manage the "
         "same environments.",
         ref::kSettingUp},
        {"ENV-EMPTY", Severity::Warning, "Environment without servers",
         "An environment needs at least one platform server holding the front-end, deployment "
         "controller and scheduler roles.",
         ref::kSettingUp},
    };
    return rules;
}

void checkPurposes(const DesignIndex& index, FindingSink& sink)
{
    const auto& rules = catalogue();
    bool present[4] = {false, false, false, false};
    std::vector<std::string> lifetimes;
    std::vector<std::string_view> lifetimeNames;
    for (const Environment& e : index.topology().environments) {
        present[static_cast<int>(e.purpose)] = true;
        if (e.purpose == Purpose::Lifetime) {
            lifetimes.push_back(e.id);
            lifetimeNames.push_back(e.name);
        }
    }
    if (index.topology().scope == Scope::Infrastructure) {
        std::vector<std::string_view> missing;
        for (Purpose p : {Purpose::Development, Purpose::NonProduction, Purpose::Production})
            if (!present[static_cast<int>(p)])
                missing.push_back(text::purposeName(p));
        if (!missing.empty())
            sink.add(rules[kEnvSet],
                     "The design has no " + text::joinWords(missing, "or") +
                         " environment; add the missing environments, or set the scope to "
                         "fragment if this design is only one slice of the factory.",
                     {}, "");
        if (lifetimes.empty())
            sink.add(rules[kLtMissing],
                     "The design has no LifeTime environment; add an environment of purpose "
                     "lifetime with its own servers to manage the factory, or set the scope to "
                     "fragment.",
                     {}, "");
    }
    if (lifetimes.size() > 1) {
        std::string message = "The design has " + std::to_string(lifetimes.size()) +
                              " LifeTime environments (" + text::joinNames(lifetimeNames) +
                              "); keep one LifeTime environment for the whole factory.";
        sink.add(rules[kLtMultiple], std::move(message), std::move(lifetimes), "");
    }
}

void check(const DesignIndex& index, FindingSink& sink)
{
    checkPurposes(index, sink);
    for (const EnvironmentFacts& f : index.environments()) {
        if (f.populated())
            continue;
        const Environment& e = *f.environment;
        sink.add(catalogue()[kEnvEmpty],
                 e.name + " has no servers; add a server with the front-end, deployment "
                          "controller and scheduler roles, or remove the environment.",
                 {e.id}, e.id);
    }
}

} // namespace

RuleFamily environmentRules()
{
    return {&catalogue(), &check};
}

} // namespace topo
