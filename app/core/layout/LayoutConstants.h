#pragma once

namespace topo::layout {

// Geometry of the canvas in scene units, shared by automatic placement and the painters.
// Servers, load balancers, databases and queues are placed by their top-left corner;
// environments, sites and notes by a rectangle.

inline constexpr double kGrid = 10;

inline constexpr double kServerCardWidth = 160;
inline constexpr double kServerCardHeight = 84;
// Load balancers, databases and message queues.
inline constexpr double kNodeWidth = 140;
inline constexpr double kNodeHeight = 84;
inline constexpr double kNoteWidth = 200;
inline constexpr double kNoteHeight = 100;

// Space around the whole design and between environments placed side by side.
inline constexpr double kMargin = 40;
inline constexpr double kEnvironmentGap = 40;
// The width / height automatic placement aims at for a whole design: a common window's.
inline constexpr double kDesignAspect = 16.0 / 10.0;
// Inside an environment frame: the title band on top, the padding around the content and
// the gaps between cards.
inline constexpr double kEnvironmentHeaderHeight = 36;
inline constexpr double kEnvironmentPadding = 20;
inline constexpr double kCardGapX = 20;
inline constexpr double kCardGapY = 20;
inline constexpr double kEnvironmentMinWidth = 240;
inline constexpr double kEnvironmentMinHeight = 160;
// The frame of an environment created from the palette.
inline constexpr double kNewEnvironmentWidth = 420;
inline constexpr double kNewEnvironmentHeight = 280;

// A deployment zone is drawn as a region around its members with a label band on top.
inline constexpr double kZonePadding = 8;
inline constexpr double kZoneHeaderHeight = 20;
// Vertical space between the server groups of two zones (room for both regions' edges).
inline constexpr double kZoneGroupGap = 40;

// How far a pasted or duplicated element lands from its original.
inline constexpr double kPasteOffset = 20;

} // namespace topo::layout
