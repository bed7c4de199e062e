#pragma once

#include "core/model/Topology.h"

#include <string>
#include <string_view>
#include <vector>

namespace topo {

// What the infrastructure team does to build the design (runbook-background.md, section 3):
// per environment the ordered installation steps, and per server a build sheet with its
// installer, checklist role, versions, prerequisites and every Configuration Tool value the
// design decides. Each step names the OutSystems page it follows.

struct RunbookStep {
    std::string text;
    std::string reference; // the page's title
};

// One Configuration Tool value: tab, field, value, and why.
struct ConfigurationValue {
    std::string tab;
    std::string field;
    std::string value;
    std::string note;
};

struct BuildSheet {
    std::string server; // id
    std::string name;
    std::string environment; // id
    std::string installer;   // "PlatformServer-11.38.0.exe"
    std::string checklistRole;
    std::string os;              // as designed, or "not stated"
    std::string platformVersion; // as designed, or "not stated: the current version"
    std::vector<std::string> prerequisites;
    std::vector<ConfigurationValue> configuration;
};

struct EnvironmentRunbook {
    std::string environment; // id
    std::string name;
    std::vector<RunbookStep> steps;
    std::vector<BuildSheet> sheets; // the environment's servers in file order
};

struct InstallRunbook {
    // The application environments in file order, then LifeTime.
    std::vector<EnvironmentRunbook> environments;
    // The registration of the environments in LifeTime, last (both ways over HTTPS).
    std::vector<RunbookStep> registration;
    // What the documentation does not give, said plainly.
    std::vector<std::string> undocumented;
};

// The runbook of the design, or of one environment (an id; "" = all); an unknown id gives
// no environment.
InstallRunbook installRunbook(const Topology& topology, std::string_view onlyEnvironment = {});

} // namespace topo
