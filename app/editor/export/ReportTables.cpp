#include "editor/export/ReportTables.h"

#include "core/model/DisplayName.h"
#include "core/model/Enums.h"
#include "editor/export/ExportText.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace topo {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("topo::Export", text);
}

// Cores, RAM and disk added up over some servers.
struct Totals {
    int servers = 0;
    long long cores = 0;
    double ramGb = 0;
    double diskGb = 0;
    void add(const Server& server)
    {
        ++servers;
        cores += server.hardware.cpuCores;
        ramGb += server.hardware.ramGb;
        diskGb += server.hardware.diskGb;
    }
};

QStringList totalsCells(const QString& label, const Totals& totals)
{
    return {label, QString::number(totals.servers), QString::number(totals.cores),
            numberText(totals.ramGb), numberText(totals.diskGb)};
}

QStringList totalsHeaders(const QString& first)
{
    return {first, tr("Servers"), tr("Cores"), tr("RAM (GB)"), tr("Disk (GB)")};
}

QString serverTable(const Topology& t, const Environment& env)
{
    QStringList rows;
    for (const Server& s : t.servers) {
        if (s.environment != env.id)
            continue;
        QString roles = html(rolesText(s));
        if (s.standby)
            roles += html(tr(" (standby)"));
        rows.append(htmlRow(
            {html(s.name), QStringLiteral("<code>%1</code>").arg(html(s.id)), roles,
             html(hardwareText(s.hardware)), html(s.os), html(s.platformVersion), html(s.timezone),
             s.site.empty() ? QString() : html(siteName(t, s.site)), html(zoneNames(env, s.id))}));
    }
    // "Platform Server" is the server's own version; the environment's is in the heading.
    return htmlTable(tr("Servers"),
                     {tr("Name"), tr("Id"), tr("Roles"), tr("Spec"), tr("OS"),
                      tr("Platform Server"), tr("Time zone"), tr("Site"), tr("Zone")},
                     rows);
}

QString namesOf(const Topology& t, const std::vector<std::string>& ids)
{
    QStringList names;
    for (const std::string& id : ids) {
        QString name = qstr(id);
        for (const Server& s : t.servers)
            if (s.id == id)
                name = qstr(s.name);
        names.append(name);
    }
    return names.join(QStringLiteral(", "));
}

QString loadBalancerTable(const Topology& t, const Environment& env)
{
    QStringList rows;
    for (const LoadBalancer& lb : t.loadBalancers)
        if (lb.environment == env.id)
            rows.append(
                htmlRow({html(lb.name), html(std::string(toString(lb.policy))),
                         lb.stickySessions ? tr("yes") : tr("no"), html(namesOf(t, lb.targets))}));
    return htmlTable(tr("Load balancers"), {tr("Name"), tr("Policy"), tr("Sticky"), tr("Targets")},
                     rows);
}

// A database's version, edition and service tier in one cell: "2019 · standard", "S3".
QString databaseVersionText(const Database& db)
{
    QStringList parts;
    for (const std::string* part : {&db.version, &db.edition, &db.serviceTier})
        if (!qstr(*part).trimmed().isEmpty())
            parts.append(qstr(*part).trimmed());
    return parts.join(QStringLiteral(" · "));
}

QString databaseTable(const Topology& t, const Environment& env)
{
    QStringList rows;
    for (const Database& db : t.databases) {
        QStringList catalogs;
        for (const Catalog& c : db.catalogs)
            if (c.environment == env.id)
                catalogs.append(qstr(std::string(toString(c.kind))));
        if (catalogs.isEmpty())
            continue;
        rows.append(htmlRow({html(db.name), html(std::string(toString(db.engine))),
                             html(databaseVersionText(db)), QString::number(db.nodes),
                             html(std::string(toString(db.haMode))),
                             html(catalogs.join(QStringLiteral(", "))),
                             html(hardwareText(db.hardware)), html(db.timezone)}));
    }
    return htmlTable(tr("Databases"),
                     {tr("Name"), tr("Engine"), tr("Version"), tr("Nodes"), tr("High availability"),
                      tr("Catalogs"), tr("Spec"), tr("Time zone")},
                     rows);
}

QString queueTable(const Topology& t, const Environment& env)
{
    QStringList rows;
    for (const MessageQueue& mq : t.messageQueues)
        if (mq.environment == env.id)
            rows.append(htmlRow(
                {html(mq.name), html(mq.version), QString::number(mq.nodes),
                 mq.hostServer.empty() ? tr("own machines") : html(namesOf(t, {mq.hostServer}))}));
    return htmlTable(tr("Message queues (RabbitMQ)"),
                     {tr("Name"), tr("Version"), tr("Nodes"), tr("Host")}, rows);
}

QString roleTotalsTable(const Topology& t, const Environment& env)
{
    std::array<Totals, kRoleSpellings.size()> perRole{};
    Totals all;
    for (const Server& s : t.servers) {
        if (s.environment != env.id)
            continue;
        all.add(s);
        for (Role role : s.roles)
            perRole[static_cast<std::size_t>(role)].add(s);
    }
    QStringList rows;
    for (const auto& spelling : kRoleSpellings)
        if (const Totals& totals = perRole[static_cast<std::size_t>(spelling.value)];
            totals.servers > 0)
            rows.append(htmlRow(totalsCells(html(roleLabel(spelling.value)), totals)));
    if (all.servers > 0)
        rows.append(
            htmlRow(totalsCells(QStringLiteral("<strong>%1</strong>").arg(html(tr("All"))), all)));
    return htmlTable(tr("Totals per role (a server with several roles counts for each)"),
                     totalsHeaders(tr("Role")), rows);
}

} // namespace

QString html(const QString& text)
{
    return text.toHtmlEscaped();
}
QString html(const std::string& text)
{
    return qstr(text).toHtmlEscaped();
}

QString environmentSection(const Topology& topology, const Environment& env)
{
    QString details = html(purposeLabel(env.purpose));
    if (!env.platformVersion.empty())
        details += html(tr(" · Platform Server ")) + html(env.platformVersion);
    if (env.expectedRequestsPerSecond > 0)
        details +=
            html(tr(" · %1 requests/s expected").arg(numberText(env.expectedRequestsPerSecond)));
    return QStringLiteral("<section class=\"environment\">\n<h3>%1</h3>\n"
                          "<p class=\"muted\">%2</p>\n%3%4%5%6%7</section>\n")
        .arg(html(displayName(env)), details, serverTable(topology, env),
             loadBalancerTable(topology, env), databaseTable(topology, env),
             queueTable(topology, env), roleTotalsTable(topology, env));
}

QString totalsSection(const Topology& topology, const std::string& environment)
{
    QStringList rows;
    Totals design;
    for (const Environment& env : topology.environments) {
        if (!environment.empty() && env.id != environment)
            continue;
        Totals totals;
        for (const Server& s : topology.servers)
            if (s.environment == env.id) {
                totals.add(s);
                design.add(s);
            }
        rows.append(htmlRow(totalsCells(html(env.name), totals)));
    }
    if (environment.empty())
        rows.append(htmlRow(
            totalsCells(QStringLiteral("<strong>%1</strong>").arg(html(tr("Design"))), design)));
    return htmlTable(tr("Totals per environment"), totalsHeaders(tr("Environment")), rows);
}

QString htmlRow(const QStringList& cells, const char* tag)
{
    QString text = QStringLiteral("<tr>");
    for (const QString& cell : cells)
        text += QStringLiteral("<%1>%2</%1>").arg(QLatin1String(tag), cell);
    return text + QStringLiteral("</tr>\n");
}

QString htmlTable(const QString& caption, const QStringList& headers, const QStringList& rows)
{
    if (rows.isEmpty())
        return {};
    return QStringLiteral("<table>\n<caption>%1</caption>\n<thead>%2</thead>\n<tbody>\n%3"
                          "</tbody>\n</table>\n")
        .arg(html(caption), htmlRow(headers, "th"), rows.join(QString()));
}

} // namespace topo
