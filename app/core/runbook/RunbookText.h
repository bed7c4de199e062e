#pragma once

#include "core/model/Json.h"
#include "core/runbook/InstallRunbook.h"

#include <string>

namespace topo {

// The installation runbook as `topology-cli runbook` and the report give it: plain text,
// Markdown, an HTML section (escaped; `headingLevel` its top heading, h2 in the report) and
// JSON.
std::string runbookText(const InstallRunbook& runbook);
std::string runbookMarkdown(const InstallRunbook& runbook);
std::string runbookHtmlSection(const InstallRunbook& runbook, int headingLevel = 2);
// A whole HTML page of the runbook of the design named `title`.
std::string runbookHtmlPage(const InstallRunbook& runbook, const std::string& title);
// The runbook in the format a file name's ending asks for: .html/.htm a page, .md Markdown,
// .json JSON, anything else plain text.
std::string runbookForFile(const InstallRunbook& runbook, const std::string& title,
                           const std::string& fileName);
Json runbookJson(const InstallRunbook& runbook);

} // namespace topo
