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
Json runbookJson(const InstallRunbook& runbook);

} // namespace topo
