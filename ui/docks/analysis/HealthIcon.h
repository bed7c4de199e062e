#pragma once

#include <QIcon>

namespace topo {

// Whether something works in the failover simulation: a green, red or grey dot.
enum class Health { Works, Stopped, Neutral };

// The dot for `health`, drawn once and then shared.
const QIcon& healthIcon(Health health);

} // namespace topo
