#include "core/analysis/Arithmetic.h"

#include "core/analysis/AnalysisSupport.h"

#include <cmath>
#include <cstdio>
#include <utility>

namespace topo {

std::string figureText(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string text = buffer;
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0')
            text.pop_back();
        if (text.back() == '.')
            text.pop_back();
    }
    return text == "-0" ? "0" : text;
}

std::string rateText(double requestsPerSecond)
{
    return figureText(requestsPerSecond) + " req/s";
}

std::string specText(const Hardware& hardware)
{
    return std::to_string(hardware.cpuCores) + " cores / " + figureText(hardware.ramGb) +
           " GB RAM / " + figureText(hardware.diskGb) + " GB disk";
}

std::string capacityArithmetic(const std::vector<const Server*>& servers, double perCore)
{
    if (servers.empty())
        return "no traffic front-end: 0 req/s";
    std::vector<std::pair<int, int>> groups; // cores, how many servers have them
    for (const Server* server : servers) {
        const int cores = server->hardware.cpuCores;
        auto found = groups.begin();
        while (found != groups.end() && found->first != cores)
            ++found;
        if (found == groups.end())
            groups.emplace_back(cores, 1);
        else
            ++found->second;
    }
    std::string terms;
    for (const auto& [cores, count] : groups) {
        if (!terms.empty())
            terms += " + ";
        terms += std::to_string(count) + " × " + std::to_string(cores) +
                 (cores == 1 ? " core" : " cores");
    }
    if (groups.size() > 1)
        terms = "(" + terms + ")";
    return terms + " × " + figureText(perCore) +
           " req/s per core = " + rateText(capacityOf(servers, perCore));
}

} // namespace topo
