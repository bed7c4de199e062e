#pragma once

namespace topo::platform {

// Chooses Qt's platform for a process that draws without a window (topology-cli, the tests)
// before its application object exists, unless QT_QPA_PLATFORM already names one: Qt's
// "offscreen" platform, which needs no display. Where its fonts come from:
// - Linux: fontconfig, as for every program.
// - Windows: the offscreen platform reads fonts only from the folder QT_QPA_FONTDIR names
//   (by default a "fonts" folder beside Qt's libraries, which Qt no longer ships), so every
//   text would be drawn as empty boxes and PDFs would hold no text at all. Unless set, it is
//   pointed at the system's fonts folder (%WINDIR%\Fonts), where Segoe UI is.
void chooseHeadlessPlatform();

} // namespace topo::platform
