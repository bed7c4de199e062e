#pragma once

#include "editor/paint/Theme.h"

#include <QColor>

namespace topo::paint {

// The colours of the node shapes (border, and a tint of it as fill), shared by the painter
// and the draw.io file.
QColor loadBalancerAccent(const Theme& theme);
QColor databaseAccent(const Theme& theme);
QColor queueAccent(const Theme& theme);
// The share of the accent in a node's fill (the rest is the card colour).
inline constexpr double kLoadBalancerTint = 0.12;
inline constexpr double kDatabaseTint = 0.08;
inline constexpr double kQueueTint = 0.07;

} // namespace topo::paint
