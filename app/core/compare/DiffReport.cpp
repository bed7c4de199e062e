#include "core/compare/DesignDiff.h"

namespace topo {

namespace {

using Kind = ElementDiff::Kind;

std::string joined(const std::vector<std::string>& items, const std::string& separator = ", ")
{
    std::string text;
    for (const std::string& item : items) {
        if (!text.empty())
            text += separator;
        text += item;
    }
    return text;
}

int countOf(const DesignDiff& diff, Kind kind)
{
    int count = 0;
    for (const ElementDiff& change : diff.elements)
        count += change.kind == kind ? 1 : 0;
    return count;
}

int findingCount(const DesignDiff& diff, bool appeared)
{
    int count = 0;
    for (const FindingChange& change : diff.findings)
        count += change.appeared == appeared ? 1 : 0;
    return count;
}

// "changed server PROD-FE-01 "Front-end 1" in PROD", "changed design".
std::string elementHeading(const ElementDiff& change)
{
    std::string text = std::string(toString(change.kind)) + " " + change.elementType;
    if (!change.id.empty())
        text += " " + change.id;
    if (!change.name.empty() && change.elementType != "design")
        text += " \"" + change.name + "\"";
    if (!change.environment.empty() && change.environment != change.id)
        text += " in " + change.environment;
    return text;
}

nlohmann::json memberJson(const MemberChange& change)
{
    return {{"member", change.member},
            {"before", change.before},
            {"after", change.after},
            {"added", change.added},
            {"removed", change.removed}};
}

nlohmann::json elementJson(const ElementDiff& change)
{
    nlohmann::json members = nlohmann::json::array();
    for (const MemberChange& member : change.members)
        members.push_back(memberJson(member));
    return {{"kind", std::string(toString(change.kind))},
            {"id", change.id},
            {"type", change.elementType},
            {"name", change.name},
            {"environment", change.environment},
            {"members", std::move(members)}};
}

nlohmann::json findingJson(const FindingChange& change)
{
    const Finding& finding = change.finding;
    return {{"change", change.appeared ? "appeared" : "disappeared"},
            {"rule", finding.rule},
            {"severity", std::string(toString(finding.severity))},
            {"subjects", finding.subjects},
            {"environment", finding.environment},
            {"message", finding.message}};
}

nlohmann::json environmentJson(const EnvironmentChange& change)
{
    nlohmann::json figures = nlohmann::json::array();
    for (const FigureChange& figure : change.figures)
        figures.push_back(
            {{"figure", figure.figure}, {"before", figure.before}, {"after", figure.after}});
    return {{"id", change.id},
            {"name", change.name},
            {"figures", std::move(figures)},
            {"singlePointsOfFailure",
             {{"appeared", change.spofsAppeared}, {"disappeared", change.spofsDisappeared}}}};
}

} // namespace

std::string findingText(const Finding& finding)
{
    std::string text = finding.rule;
    text += " (";
    text += toString(finding.severity);
    text += ")";
    if (!finding.subjects.empty()) {
        text += ' ';
        text += joined(finding.subjects);
    }
    text += ": ";
    text += finding.message;
    return text;
}

std::string describe(const MemberChange& change)
{
    if (change.added.empty() && change.removed.empty())
        return change.member + ": " + change.before + " → " + change.after;
    std::vector<std::string> items;
    for (const std::string& item : change.added)
        items.push_back("+" + item);
    for (const std::string& item : change.removed)
        items.push_back("−" + item);
    return change.member + ": " + joined(items);
}

nlohmann::json toJson(const DesignDiff& diff)
{
    nlohmann::json elements = nlohmann::json::array();
    for (const ElementDiff& change : diff.elements)
        elements.push_back(elementJson(change));
    nlohmann::json findings = nlohmann::json::array();
    for (const FindingChange& change : diff.findings)
        findings.push_back(findingJson(change));
    nlohmann::json environments = nlohmann::json::array();
    for (const EnvironmentChange& change : diff.environments)
        environments.push_back(environmentJson(change));
    return {{"same", diff.same()},
            {"elements", std::move(elements)},
            {"findings", std::move(findings)},
            {"environments", std::move(environments)},
            {"summary",
             {{"added", countOf(diff, Kind::Added)},
              {"removed", countOf(diff, Kind::Removed)},
              {"changed", countOf(diff, Kind::Changed)},
              {"moved", countOf(diff, Kind::Moved)},
              {"findingsAppeared", findingCount(diff, true)},
              {"findingsDisappeared", findingCount(diff, false)},
              {"environments", diff.environments.size()}}}};
}

std::vector<std::string> diffLines(const DesignDiff& diff)
{
    std::vector<std::string> lines;
    for (const ElementDiff& change : diff.elements) {
        lines.push_back(elementHeading(change));
        for (const MemberChange& member : change.members)
            lines.push_back("  " + describe(member));
    }
    for (const FindingChange& change : diff.findings)
        lines.push_back(
            std::string(change.appeared ? "finding appeared: " : "finding disappeared: ") +
            findingText(change.finding));
    for (const EnvironmentChange& change : diff.environments) {
        lines.push_back("environment " + change.id +
                        (change.name.empty() || change.name == change.id
                             ? std::string()
                             : " \"" + change.name + "\""));
        for (const FigureChange& figure : change.figures)
            lines.push_back("  " + figure.figure + ": " + figure.before + " → " + figure.after);
        for (const std::string& id : change.spofsAppeared)
            lines.push_back("  single point of failure appeared: " + id);
        for (const std::string& id : change.spofsDisappeared)
            lines.push_back("  single point of failure disappeared: " + id);
    }
    lines.push_back(summaryLine(diff));
    return lines;
}

std::string summaryLine(const DesignDiff& diff)
{
    if (diff.same())
        return "The designs are the same.";
    const auto count = [](std::size_t n, const char* one, const char* many) {
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    return count(diff.elements.size(), "element change", "element changes") + " (" +
           std::to_string(countOf(diff, Kind::Added)) + " added, " +
           std::to_string(countOf(diff, Kind::Removed)) + " removed, " +
           std::to_string(countOf(diff, Kind::Changed)) + " changed, " +
           std::to_string(countOf(diff, Kind::Moved)) + " moved), " +
           count(static_cast<std::size_t>(findingCount(diff, true)), "finding appeared",
                 "findings appeared") +
           ", " + std::to_string(findingCount(diff, false)) + " disappeared, " +
           count(diff.environments.size(), "environment with other figures",
                 "environments with other figures") +
           ".";
}

} // namespace topo
