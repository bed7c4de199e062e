#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace topo {

enum class Severity { Info, Warning, Error };

std::string_view toString(Severity severity);
std::optional<Severity> parseSeverity(std::string_view text);

// One rule of the catalogue (domain-rules.md) with the text shown in the GUI and reports.
struct RuleInfo {
    std::string id;
    Severity severity;
    std::string title;
    std::string rationale;
    std::string reference; // the OutSystems documentation page the rule comes from
};

// One problem found in a design. `subjects` are element ids in the order the rule gives.
struct Finding {
    std::string rule;
    Severity severity;
    std::string message;
    std::vector<std::string> subjects;
    std::string environment; // environment id or ""
    bool operator==(const Finding&) const = default;
};

} // namespace topo
