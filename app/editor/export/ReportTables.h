#pragma once

#include "model/Topology.h"

#include <QString>

namespace topo {

// The tables of the design report for one environment: servers (roles, spec, site, zone),
// load balancers, databases holding its catalogs and queues, then its totals of cores, RAM
// and disk per role. Returns an HTML fragment in which every model string is escaped.
QString environmentSection(const Topology& topology, const Environment& environment);

// One row per environment with its server count and totals: the design at a glance.
QString totalsSection(const Topology& topology, const std::string& environment);

// `text` escaped for HTML text and double-quoted attribute values.
QString html(const QString& text);
QString html(const std::string& text);

} // namespace topo
