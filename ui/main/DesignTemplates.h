#pragma once

#include "core/model/Topology.h"

#include <QList>
#include <QString>

namespace topo {

// A design shipped with the program to start from.
struct DesignTemplate {
    QString resource; // ":/templates/NAME.topology.json"
    QString title;
};

// The official examples and the standard factory, in menu order.
QList<DesignTemplate> designTemplates();

// A blank design: one Development environment.
Topology blankDesign();

} // namespace topo
