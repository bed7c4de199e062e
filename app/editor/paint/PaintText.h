#pragma once

#include "core/model/Topology.h"

#include <QString>

#include <string>

namespace topo::paint {

// The words the picture writes on its elements. The painters and the draw.io file both use
// them, so that a file says what the picture says.
QString purposeLabel(Purpose purpose); // "PRODUCTION", the pill of an environment's title
QString roleLabel(Role role);          // "FE", a server's role badge
QString lifetimeRoleLabel();           // "LT", the badge of a LifeTime front-end
QString noRolesLabel();                // "no roles"
// Whether a server wears the LifeTime badge: a front-end of a LifeTime environment.
bool showsLifetimeRole(Purpose purpose, const Server& server);
QString hardwareLine(const Hardware& hardware); // "4 vCPU · 16 GB · 100 GB", "hardware not set"
// Whether a server takes part in serving: a standby server, or a front-end out of the pool.
enum class ServiceMarker { InService, Standby, OutOfPool };
ServiceMarker serviceMarkerOf(const Server& server);
QString serviceMarkerText(ServiceMarker marker); // "STANDBY", "OUT OF POOL", ""
QString serviceMarker(const Server& server);     // serviceMarkerText(serviceMarkerOf(server))
QString siteName(const Topology& topology, const std::string& id);
QString zoneLabel(const Zone& zone); // "DMZ · 10.0.1.0/24", "Main (default zone)"

QString loadBalancerCaption();                      // "LOAD BALANCER"
QString loadBalancerDetail(const LoadBalancer& lb); // "round-robin · sticky"
QString databaseDetail(const Database& db);         // "SQL Server · 2 nodes"
QString haName(DbHaMode mode);                      // "Always On AG"
QString queueCaption();                             // "RABBITMQ"
QString queueDetail(const MessageQueue& mq);        // "3 nodes · TCP LB"
// "LifeTime manages 3 environments", over LifeTime's bus.
QString managementCaption(int environments);
// "on APP-01" for a queue installed on a server, else "".
QString queueHost(const Topology& topology, const MessageQueue& mq);

} // namespace topo::paint
