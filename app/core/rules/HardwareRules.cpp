#include "core/rules/RuleFamily.h"
#include "core/rules/RuleText.h"

namespace topo {
namespace {

enum : std::size_t { kMinCpu, kMinRam, kMinDisk, kUnspecified };

const std::vector<RuleInfo>& catalogue()
{
    static const std::vector<RuleInfo> rules{
        {"HW-MIN-CPU", Severity::Error, "Fewer than 2 cores",
         "Every platform server, LifeTime included, needs at least 2 CPU cores.",
         ref::kRequirements},
        {"HW-MIN-RAM", Severity::Error, "Less than 4 GB of RAM",
         "Every platform server, LifeTime included, needs at least 4 GB of RAM.",
         ref::kRequirements},
        {"HW-MIN-DISK", Severity::Warning, "Less than 80 GB of disk",
         "Every platform server needs at least 80 GB of free disk. The official LifeTime "
         "example uses 75 GB, hence a warning rather than an error.",
         ref::kRequirements},
        {"HW-UNSPECIFIED", Severity::Info, "Hardware not specified",
         "Without cores, RAM and disk the design cannot be checked against the minimums and "
         "the sizing figures, nor used for capacity estimates.",
         ref::kRequirements},
    };
    return rules;
}

void checkServer(const Server& s, FindingSink& sink)
{
    const auto& rules = catalogue();
    const Hardware& hw = s.hardware;
    if (hw.cpuCores > 0 && hw.cpuCores < 2)
        sink.add(rules[kMinCpu],
                 s.name + " has " +
                     text::count(static_cast<std::size_t>(hw.cpuCores), "core", "cores") +
                     "; give it at least 2 cores.",
                 {s.id}, s.environment);
    if (hw.ramGb > 0 && hw.ramGb < 4)
        sink.add(rules[kMinRam],
                 s.name + " has " + text::number(hw.ramGb) + " GB of RAM; give it at least 4 GB.",
                 {s.id}, s.environment);
    if (hw.diskGb > 0 && hw.diskGb < 80)
        sink.add(rules[kMinDisk],
                 s.name + " has " + text::number(hw.diskGb) +
                     " GB of disk, under the 80 GB minimum; give it at least 80 GB.",
                 {s.id}, s.environment);
    if (hw.anyUnspecified()) {
        std::vector<std::string_view> missing;
        if (hw.cpuCores == 0)
            missing.push_back("cores");
        if (hw.ramGb == 0)
            missing.push_back("RAM");
        if (hw.diskGb == 0)
            missing.push_back("disk");
        sink.add(rules[kUnspecified],
                 "The " + text::joinWords(missing) + " of " + s.name +
                     (missing.size() == 1 ? " is" : " are") +
                     " not specified; fill in its hardware so that it can be checked.",
                 {s.id}, s.environment);
    }
}

void check(const DesignIndex& index, FindingSink& sink)
{
    for (const Server& s : index.topology().servers)
        checkServer(s, sink);
}

} // namespace

RuleFamily hardwareRules()
{
    return {&catalogue(), &check};
}

} // namespace topo
