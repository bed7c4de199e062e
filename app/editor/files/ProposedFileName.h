#pragma once

#include <QString>

namespace topo {

// The longest file name (without its ".topology.json" suffix) Save As proposes.
inline constexpr int kMaxProposedNameLength = 60;

// A short, portable file name for a design called `designName`, without the suffix: the
// characters Windows, macOS or Linux refuse (\ / : * ? " < > |, control characters) become
// spaces, runs of spaces one, leading and trailing spaces and dots go, and a name longer than
// kMaxProposedNameLength is cut at the last word boundary that keeps at least half of it
// (else at the limit). A device name Windows reserves (CON, NUL, COM1…) gets " design"
// appended; an empty result is "design".
QString proposedFileName(const QString& designName);

} // namespace topo
