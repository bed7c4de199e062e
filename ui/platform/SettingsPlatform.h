#pragma once

namespace topo::platform {

// Where the designer's preferences and recent files live, chosen before the first QSettings:
// on Windows an INI file in the user's AppData\Roaming (TopologyDesigner\Topology
// Designer.ini) rather than the registry, so that it can be read, copied and removed like
// any file; elsewhere Qt's native choice (~/.config/TopologyDesigner/...).
void chooseSettingsStorage();

} // namespace topo::platform
