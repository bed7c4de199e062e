#include "core/rules/Finding.h"

namespace topo {

std::string_view toString(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return "warning";
    case Severity::Error:
        return "error";
    }
    return {};
}

std::optional<Severity> parseSeverity(std::string_view text)
{
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Error})
        if (toString(s) == text)
            return s;
    return std::nullopt;
}

} // namespace topo
