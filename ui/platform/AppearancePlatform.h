#pragma once

#include <optional>

namespace topo::platform {

// Called before the application object exists. On Windows, asks Qt's platform plugin for
// dark window frames when the system uses dark colours (darkmode=1), unless the user chose a
// platform with QT_QPA_PLATFORM. Nothing elsewhere.
void prepareAppearance();

// Whether the system asks applications for dark colours, where the system says so apart from
// the palette it gives Qt: on Windows, the "Choose your app mode" setting (Qt 6.4's Windows
// style keeps a light palette under a dark system, so the designer switches to its own dark
// theme). Elsewhere nullopt: the platform's palette is the answer.
std::optional<bool> systemPrefersDark();

} // namespace topo::platform
