#pragma once

#include "core/rules/Finding.h"

#include <QIcon>
#include <QString>

namespace topo {

// The designer's own SVG icons, embedded as resources (":/icons/NAME.svg").
QIcon designerIcon(const QString& name);

// The icon of an element kind in its palette spelling ("server", "loadBalancer", ...).
inline QIcon kindIcon(const QString& kind)
{
    return designerIcon(kind);
}

QIcon severityIcon(Severity severity);

} // namespace topo
