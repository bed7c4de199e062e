#pragma once

#include "core/model/Topology.h"

#include <QString>
#include <QStringList>

namespace topo {

// The tables of the design report for one environment: servers (roles, spec, operating
// system, Platform Server version, time zone, site, zone), load balancers, databases holding
// its catalogs (engine, version, time zone) and queues, then its totals of cores, RAM and
// disk per role. Returns an HTML fragment in which every model string is escaped.
QString environmentSection(const Topology& topology, const Environment& environment);

// One row per environment with its server count and totals: the design at a glance.
QString totalsSection(const Topology& topology, const std::string& environment);

// A table row of HTML `cells` (escaped by the caller) in `tag` cells ("td" or "th").
QString htmlRow(const QStringList& cells, const char* tag = "td");
// A captioned table with a header row; empty when there are no rows.
QString htmlTable(const QString& caption, const QStringList& headers, const QStringList& rows);

// `text` escaped for HTML text and double-quoted attribute values.
QString html(const QString& text);
QString html(const std::string& text);

} // namespace topo
