#include "editor/export/ExportText.h"
#include "core/model/DisplayName.h"

#include <QCoreApplication>
#include <QStringList>

namespace topo {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("topo::Export", text);
}

} // namespace

QString qstr(const std::string& text)
{
    return QString::fromStdString(text);
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Frontend:
        return tr("Front-end");
    case Role::DeploymentController:
        return tr("Deployment Controller");
    case Role::Scheduler:
        return tr("Scheduler");
    }
    return {};
}

QString rolesText(const Server& server)
{
    QStringList roles;
    for (Role role : server.roles)
        roles.append(roleLabel(role));
    return roles.join(QStringLiteral(", "));
}

QString purposeLabel(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Development:
        return tr("Development");
    case Purpose::NonProduction:
        return tr("Non-production");
    case Purpose::Production:
        return tr("Production");
    case Purpose::Lifetime:
        return tr("LifeTime");
    }
    return {};
}

QString kindLabel(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Site:
        return tr("Site");
    case ElementKind::Environment:
        return tr("Environment");
    case ElementKind::Zone:
        return tr("Deployment zone");
    case ElementKind::Server:
        return tr("Server");
    case ElementKind::LoadBalancer:
        return tr("Load balancer");
    case ElementKind::Database:
        return tr("Database");
    case ElementKind::MessageQueue:
        return tr("RabbitMQ");
    case ElementKind::Note:
        return tr("Note");
    }
    return {};
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        return tr("Info");
    }
    return {};
}

QString numberText(double value)
{
    return QString::number(value, 'g', 10);
}

QString hardwareText(const Hardware& hardware)
{
    auto part = [](double value, const QString& unit) {
        return value > 0 ? numberText(value) + unit : QStringLiteral("?") + unit;
    };
    return QStringList{part(hardware.cpuCores, tr(" cores")), part(hardware.ramGb, tr(" GB RAM")),
                       part(hardware.diskGb, tr(" GB disk"))}
        .join(QStringLiteral(" · "));
}

QString siteName(const Topology& topology, const std::string& siteId)
{
    for (const Site& site : topology.sites)
        if (site.id == siteId)
            return qstr(displayName(site));
    return qstr(siteId);
}

QString zoneNames(const Environment& environment, const std::string& serverId)
{
    QStringList names;
    for (const Zone& zone : environment.zones)
        for (const std::string& member : zone.members)
            if (member == serverId)
                names.append(qstr(displayName(zone)));
    return names.join(QStringLiteral(", "));
}

} // namespace topo
