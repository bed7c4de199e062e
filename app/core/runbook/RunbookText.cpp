#include "core/runbook/RunbookText.h"

#include "core/model/DisplayName.h"

namespace topo {

namespace {

std::string escaped(const std::string& text)
{
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string heading(int level, const std::string& text)
{
    const std::string tag = "h" + std::to_string(level);
    return "<" + tag + ">" + escaped(text) + "</" + tag + ">\n";
}

// Applies `visit(kind, text)` to each part in reading order: "environment", "step",
// "sheet", "line" (of a sheet), "registration", "undocumented".
template <typename Visit> void walk(const InstallRunbook& runbook, Visit visit)
{
    for (const EnvironmentRunbook& e : runbook.environments) {
        visit("environment", displayName(e.name, e.environment));
        for (std::size_t i = 0; i < e.steps.size(); ++i)
            visit("step", std::to_string(i + 1) + ". " + e.steps[i].text + " [" +
                              e.steps[i].reference + "]");
        for (const BuildSheet& s : e.sheets) {
            visit("sheet", "Build sheet " + displayName(s.name, s.server));
            visit("line", "Installer: " + s.installer + "; checklist role: " + s.checklistRole);
            visit("line", "OS: " + s.os + "; Platform Server: " + s.platformVersion);
            for (const std::string& p : s.prerequisites)
                visit("line", "Prerequisite: " + p);
            for (const ConfigurationValue& v : s.configuration)
                visit("line", "Configuration Tool › " + v.tab + " › " + v.field + " = " + v.value +
                                  " (" + v.note + ")");
        }
    }
    if (!runbook.registration.empty()) {
        visit("registration", "LifeTime registration");
        for (std::size_t i = 0; i < runbook.registration.size(); ++i)
            visit("step", std::to_string(i + 1) + ". " + runbook.registration[i].text + " [" +
                              runbook.registration[i].reference + "]");
    }
    visit("undocumented", "What the documentation does not give");
    for (const std::string& line : runbook.undocumented)
        visit("line", line);
}

} // namespace

std::string runbookText(const InstallRunbook& runbook)
{
    std::string text;
    walk(runbook, [&text](std::string_view kind, const std::string& line) {
        if (kind == "step" || kind == "sheet")
            text += "  " + line + "\n";
        else if (kind == "line")
            text += "    " + line + "\n";
        else
            text += line + "\n";
    });
    return text;
}

std::string runbookMarkdown(const InstallRunbook& runbook)
{
    std::string text = "# Installation runbook\n";
    walk(runbook, [&text](std::string_view kind, const std::string& line) {
        if (kind == "environment" || kind == "registration" || kind == "undocumented")
            text += "\n## " + line + "\n\n";
        else if (kind == "sheet")
            text += "\n### " + line + "\n\n";
        else if (kind == "step")
            text += line + "\n";
        else
            text += "- " + line + "\n";
    });
    return text;
}

std::string runbookHtmlSection(const InstallRunbook& runbook, int headingLevel)
{
    std::string html =
        "<section class=\"runbook\">\n" + heading(headingLevel, "Installation runbook");
    for (const EnvironmentRunbook& e : runbook.environments) {
        html += heading(headingLevel + 1, displayName(e.name, e.environment)) + "<ol>\n";
        for (const RunbookStep& step : e.steps)
            html += "<li>" + escaped(step.text) + " <cite>" + escaped(step.reference) +
                    "</cite></li>\n";
        html += "</ol>\n";
        for (const BuildSheet& s : e.sheets) {
            html += heading(headingLevel + 2, "Build sheet " + s.name) +
                    "<table><tbody>\n<tr><th>Installer</th><td>" + escaped(s.installer) +
                    "</td></tr>\n<tr><th>Checklist role</th><td>" + escaped(s.checklistRole) +
                    "</td></tr>\n<tr><th>OS</th><td>" + escaped(s.os) +
                    "</td></tr>\n<tr><th>Platform Server</th><td>" + escaped(s.platformVersion) +
                    "</td></tr>\n";
            for (const std::string& p : s.prerequisites)
                html += "<tr><th>Prerequisite</th><td>" + escaped(p) + "</td></tr>\n";
            for (const ConfigurationValue& v : s.configuration)
                html += "<tr><th>" + escaped(v.tab + " › " + v.field) + "</th><td>" +
                        escaped(v.value) + " <small>" + escaped(v.note) + "</small></td></tr>\n";
            html += "</tbody></table>\n";
        }
    }
    if (!runbook.registration.empty()) {
        html += heading(headingLevel + 1, "LifeTime registration") + "<ol>\n";
        for (const RunbookStep& step : runbook.registration)
            html += "<li>" + escaped(step.text) + " <cite>" + escaped(step.reference) +
                    "</cite></li>\n";
        html += "</ol>\n";
    }
    html += heading(headingLevel + 1, "What the documentation does not give") + "<ul>\n";
    for (const std::string& line : runbook.undocumented)
        html += "<li>" + escaped(line) + "</li>\n";
    return html + "</ul>\n</section>\n";
}

std::string runbookHtmlPage(const InstallRunbook& runbook, const std::string& title)
{
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" +
           escaped(title) +
           " — installation runbook</title>\n<style>body{font-family:sans-serif;max-width:70em;"
           "margin:2em auto;line-height:1.4}table{border-collapse:collapse;margin-bottom:1em}"
           "th,td{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}"
           "cite{color:#555}small{color:#666}</style></head><body>\n" +
           runbookHtmlSection(runbook, 1) + "</body></html>\n";
}

std::string runbookForFile(const InstallRunbook& runbook, const std::string& title,
                           const std::string& fileName)
{
    std::string lower;
    for (const char c : fileName)
        lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (lower.ends_with(".html") || lower.ends_with(".htm"))
        return runbookHtmlPage(runbook, title);
    if (lower.ends_with(".md"))
        return runbookMarkdown(runbook);
    if (lower.ends_with(".json"))
        return runbookJson(runbook).dump(2) + "\n";
    return runbookText(runbook);
}

Json runbookJson(const InstallRunbook& runbook)
{
    const auto steps = [](const std::vector<RunbookStep>& list) {
        Json out = Json::array();
        for (const RunbookStep& s : list)
            out.push_back({{"text", s.text}, {"reference", s.reference}});
        return out;
    };
    Json environments = Json::array();
    for (const EnvironmentRunbook& e : runbook.environments) {
        Json sheets = Json::array();
        for (const BuildSheet& s : e.sheets) {
            Json values = Json::array();
            for (const ConfigurationValue& v : s.configuration)
                values.push_back(
                    {{"tab", v.tab}, {"field", v.field}, {"value", v.value}, {"note", v.note}});
            sheets.push_back({{"server", s.server},
                              {"name", s.name},
                              {"installer", s.installer},
                              {"checklistRole", s.checklistRole},
                              {"os", s.os},
                              {"platformVersion", s.platformVersion},
                              {"prerequisites", s.prerequisites},
                              {"configuration", std::move(values)}});
        }
        environments.push_back({{"environment", e.environment},
                                {"name", e.name},
                                {"steps", steps(e.steps)},
                                {"buildSheets", std::move(sheets)}});
    }
    return Json{{"environments", std::move(environments)},
                {"lifetimeRegistration", steps(runbook.registration)},
                {"undocumented", runbook.undocumented}};
}

} // namespace topo
