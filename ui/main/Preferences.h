#pragma once

#include "editor/paint/DerivedConnections.h"

#include <QString>

#include <vector>

namespace topo {

enum class ThemeChoice { System, Light, Dark };

// The user's preferences, kept in QSettings; a command-line value can override one for the
// running session without being saved.
class Preferences {
public:
    static constexpr int kDefaultAutosaveSeconds = 60;

    // Seconds between autosaves of a design with unsaved changes; 0 = autosave off.
    static int autosaveIntervalSeconds();
    static void setAutosaveIntervalSeconds(int seconds);
    static void overrideAutosaveIntervalSeconds(int seconds);

    static ThemeChoice theme();
    static void setTheme(ThemeChoice theme);

    // The kinds of connection line View › Lines hides; none by default.
    static std::vector<ConnectionKind> hiddenLines();
    static void setHiddenLines(const std::vector<ConnectionKind>& kinds);
};

// Gives the application the light or dark palette chosen (System: the platform's own).
void applyApplicationTheme(ThemeChoice choice);

// True when the palette is a dark one (Qt 6.4 has no colour-scheme query).
bool isDarkPalette();

} // namespace topo
