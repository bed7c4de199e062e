#include "editor/paint/PaintText.h"

#include "core/model/DisplayName.h"
#include "editor/paint/PaintPrimitives.h"

namespace topo::paint {
namespace {

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

QString engineName(DbEngine engine)
{
    switch (engine) {
    case DbEngine::SqlServer:
        return tr("SQL Server");
    case DbEngine::AzureSql:
        return tr("Azure SQL");
    case DbEngine::Oracle:
        return tr("Oracle");
    }
    return {};
}

QString nodeCount(long long nodes)
{
    return nodes == 1 ? tr("1 node") : tr("%1 nodes").arg(nodes);
}

} // namespace

QString purposeLabel(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Development:
        return tr("DEVELOPMENT");
    case Purpose::NonProduction:
        return tr("NON-PRODUCTION");
    case Purpose::Production:
        return tr("PRODUCTION");
    case Purpose::Lifetime:
        return tr("LIFETIME");
    }
    return {};
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Frontend:
        return QStringLiteral("FE");
    case Role::DeploymentController:
        return QStringLiteral("DC");
    case Role::Scheduler:
        return QStringLiteral("SCH");
    }
    return {};
}

QString lifetimeRoleLabel()
{
    return QStringLiteral("LT");
}

QString noRolesLabel()
{
    return tr("no roles");
}

bool showsLifetimeRole(Purpose purpose, const Server& server)
{
    return purpose == Purpose::Lifetime && server.hasRole(Role::Frontend);
}

QString hardwareLine(const Hardware& hw)
{
    if (hw.cpuCores == 0 && hw.ramGb == 0 && hw.diskGb == 0)
        return tr("hardware not set");
    const QString unknown = QStringLiteral("?");
    const QString cores = hw.cpuCores ? QString::number(hw.cpuCores) : unknown;
    const QString ram = hw.ramGb != 0 ? number(hw.ramGb) : unknown;
    const QString disk = hw.diskGb != 0 ? number(hw.diskGb) : unknown;
    return tr("%1 vCPU · %2 GB · %3 GB").arg(cores, ram, disk);
}

ServiceMarker serviceMarkerOf(const Server& server)
{
    if (server.standby)
        return ServiceMarker::Standby;
    if (!server.servesTraffic && server.hasRole(Role::Frontend))
        return ServiceMarker::OutOfPool;
    return ServiceMarker::InService;
}

QString serviceMarkerText(ServiceMarker marker)
{
    switch (marker) {
    case ServiceMarker::Standby:
        return tr("STANDBY");
    case ServiceMarker::OutOfPool:
        return tr("OUT OF POOL");
    case ServiceMarker::InService:
        break;
    }
    return {};
}

QString serviceMarker(const Server& server)
{
    return serviceMarkerText(serviceMarkerOf(server));
}

QString siteName(const Topology& topology, const std::string& id)
{
    for (const Site& site : topology.sites)
        if (site.id == id)
            return qs(displayName(site));
    return qs(id);
}

QString zoneLabel(const Zone& zone)
{
    QString label = qs(displayName(zone));
    if (zone.isDefault)
        label += tr(" (default zone)");
    if (!zone.address.empty())
        label += QStringLiteral(" · ") + qs(zone.address);
    return label;
}

QString loadBalancerCaption()
{
    return tr("LOAD BALANCER");
}

QString loadBalancerDetail(const LoadBalancer& lb)
{
    QString detail = qs(std::string(toString(lb.policy)));
    if (lb.stickySessions)
        detail += tr(" · sticky");
    return detail;
}

QString databaseDetail(const Database& db)
{
    return engineName(db.engine) + QStringLiteral(" · ") + nodeCount(db.nodes);
}

QString haName(DbHaMode mode)
{
    switch (mode) {
    case DbHaMode::None:
        return tr("no HA");
    case DbHaMode::AlwaysOnAg:
        return tr("Always On AG");
    case DbHaMode::AlwaysOnFci:
        return tr("Always On FCI");
    case DbHaMode::Mirroring:
        return tr("Mirroring");
    case DbHaMode::LogShipping:
        return tr("Log shipping");
    case DbHaMode::Replication:
        return tr("Replication");
    case DbHaMode::Rac:
        return tr("RAC");
    case DbHaMode::DataGuard:
        return tr("Data Guard");
    }
    return {};
}

QString queueCaption()
{
    return tr("RABBITMQ");
}

QString queueDetail(const MessageQueue& mq)
{
    QString detail = nodeCount(mq.nodes);
    if (mq.tcpLoadBalancer)
        detail += tr(" · TCP LB");
    return detail;
}

QString managementCaption(int environments)
{
    return environments == 1 ? tr("LifeTime manages 1 environment")
                             : tr("LifeTime manages %1 environments").arg(environments);
}

QString queueHost(const Topology& topology, const MessageQueue& mq)
{
    if (mq.hostServer.empty())
        return {};
    QString host = qs(mq.hostServer);
    for (const Server& s : topology.servers)
        if (s.id == mq.hostServer)
            host = qs(s.name);
    return tr("on %1").arg(host);
}

} // namespace topo::paint
