#include "core/compare/DesignFacts.h"

#include "core/analysis/Arithmetic.h"
#include "core/analysis/EnvironmentAnalysis.h"
#include "core/io/TopologyWriter.h"
#include "core/model/Json.h"
#include "core/rules/Validator.h"

#include <algorithm>
#include <tuple>

namespace topo::compare {

namespace {

std::string jsonText(const Json& value)
{
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// An array item as a set member: a string as it is, an object as its values separated by
// spaces ("dev platform" for a catalog), anything else as JSON text.
std::string itemText(const Json& item)
{
    if (item.is_string())
        return item.get<std::string>();
    if (!item.is_object())
        return jsonText(item);
    std::string text;
    for (const auto& [key, value] : item.items()) {
        if (!text.empty())
            text += ' ';
        text += itemText(value);
    }
    return text;
}

std::string listText(const std::vector<std::string>& items)
{
    std::string text = "[";
    for (const std::string& item : items) {
        if (text.size() > 1)
            text += ", ";
        text += item;
    }
    return text + "]";
}

void flatten(const Json& object, const std::string& prefix, FlatMembers& out,
             const std::vector<std::string>& skipped = {})
{
    for (const auto& [key, value] : object.items()) {
        if (std::find(skipped.begin(), skipped.end(), key) != skipped.end())
            continue;
        std::string path = prefix.empty() ? key : prefix + "." + key;
        if (value.is_object()) {
            flatten(value, path, out);
        } else if (value.is_array()) {
            FlatValue flat{true, {}, {}};
            for (const Json& item : value)
                flat.items.push_back(itemText(item));
            std::sort(flat.items.begin(), flat.items.end());
            flat.text = listText(flat.items);
            out.emplace_hint(out.end(), std::move(path), std::move(flat));
        } else {
            out.emplace_hint(out.end(), std::move(path), FlatValue{false, jsonText(value), {}});
        }
    }
}

std::string stringMember(const Json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void addElement(ElementMap& map, const std::string& type, const Json& object,
                const std::string& environment, std::vector<std::string> skipped)
{
    ElementFacts element{
        type, stringMember(object, "id"), stringMember(object, "name"), environment, {}};
    if (type == "note") {
        const std::string text = stringMember(object, "text");
        element.name = text.substr(0, text.find('\n'));
    }
    skipped.push_back("id");
    flatten(object, "", element.members, skipped);
    ElementKey key{element.id, type};
    map.insert_or_assign(std::move(key), std::move(element));
}

// The element arrays of the canonical document and the type of their elements.
const std::vector<std::pair<std::string, std::string>>& elementArrays()
{
    static const std::vector<std::pair<std::string, std::string>> arrays{
        {"sites", "site"},         {"environments", "environment"},
        {"servers", "server"},     {"loadBalancers", "loadBalancer"},
        {"databases", "database"}, {"messageQueues", "messageQueue"},
        {"notes", "note"}};
    return arrays;
}

} // namespace

EnvironmentFacts environmentFacts(const EnvironmentAnalysis& analysis)
{
    EnvironmentFacts facts{analysis.environment, analysis.name, {}, {}};
    facts.figures = {{"front-ends", std::to_string(analysis.frontEnds.traffic)},
                     {"capacity", rateText(analysis.capacity.total)},
                     {"N-1", rateText(analysis.capacity.withoutLargest)},
                     {"balanced deployment", rateText(analysis.capacity.balancedDeployment)},
                     {"serving availability", figureText(analysis.availability.serving, 9)}};
    for (const SinglePointOfFailure& point : analysis.singlePointsOfFailure)
        facts.singlePoints.push_back(point.element);
    std::sort(facts.singlePoints.begin(), facts.singlePoints.end());
    return facts;
}

bool isLayoutPath(const std::string& path)
{
    return path == "layout" || path.rfind("layout.", 0) == 0;
}

bool findingLess(const Finding& x, const Finding& y)
{
    const int sx = static_cast<int>(x.severity);
    const int sy = static_cast<int>(y.severity);
    return std::tie(x.rule, x.subjects, x.environment, x.message, sx) <
           std::tie(y.rule, y.subjects, y.environment, y.message, sy);
}

ElementMap elementFacts(const Topology& topology)
{
    const Json document = topologyDocument(topology);
    ElementMap map;
    // The generator and the format version say which program wrote the file, not what the
    // design is.
    std::vector<std::string> skipped{"format", "formatVersion", "generator"};
    for (const auto& [array, type] : elementArrays())
        skipped.push_back(array);
    addElement(map, "design", document, "", skipped);
    for (const auto& [array, type] : elementArrays()) {
        for (const Json& object : document.at(array)) {
            const bool isEnvironment = type == "environment";
            const std::string environment =
                stringMember(object, isEnvironment ? "id" : "environment");
            addElement(map, type, object, environment, {"zones"});
            if (isEnvironment)
                for (const Json& zone : object.at("zones"))
                    addElement(map, "zone", zone, environment, {});
        }
    }
    return map;
}

DesignFacts designFacts(const Topology& topology)
{
    DesignFacts facts;
    facts.elements = elementFacts(topology);
    facts.findings = validate(topology);
    std::sort(facts.findings.begin(), facts.findings.end(), findingLess);
    for (const EnvironmentAnalysis& analysis : analyzeEnvironments(topology))
        facts.environments.emplace(analysis.environment, environmentFacts(analysis));
    return facts;
}

} // namespace topo::compare
