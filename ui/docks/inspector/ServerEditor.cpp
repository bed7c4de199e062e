#include "ui/docks/inspector/ServerEditor.h"

#include "core/rules/PlatformSoftware.h"
#include "ui/docks/inspector/FieldWidgets.h"
#include "ui/docks/inspector/MixedFields.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace topo {

ServerEditor::ServerEditor(Document* document, QWidget* parent)
    : ElementEditor(document, parent), m_name(new ValidatedLineEdit(checkHostName, this)),
      m_environment(new QComboBox(this)),
      m_servesTraffic(new QCheckBox(tr("Serves traffic"), this)),
      m_standby(new QCheckBox(tr("Standby (cold spare)"), this)),
      m_hardware(new HardwareRows(this)), m_os(new TextChoice(tr("Operating system"), this)),
      m_platformVersion(new TextChoice(tr("Platform Server version"), this)),
      m_timezone(new TextChoice(tr("Time zone"), this)), m_site(new QComboBox(this))
{
    setObjectName(QStringLiteral("serverEditor"));
    m_name->lineEdit()->setObjectName(QStringLiteral("serverName"));
    m_name->lineEdit()->setAccessibleName(tr("Host name"));
    m_environment->setAccessibleName(tr("Environment"));
    m_os->setSuggestions(suggestionList(kSupportedOperatingSystems));
    m_os->lineEdit()->setPlaceholderText(tr("e.g. windows-server-2022"));
    m_platformVersion->lineEdit()->setPlaceholderText(tr("the environment's"));
    m_timezone->lineEdit()->setPlaceholderText(tr("e.g. UTC"));
    m_site->setAccessibleName(tr("Site"));
    m_servesTraffic->setObjectName(QStringLiteral("servesTraffic"));
    m_standby->setObjectName(QStringLiteral("standby"));

    auto* roles = new QWidget(this);
    auto* rolesLayout = new QVBoxLayout(roles);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    for (Role role : {Role::Frontend, Role::DeploymentController, Role::Scheduler}) {
        auto* box = new QCheckBox(spellingLabel(toString(role)), roles);
        box->setObjectName(QStringLiteral("role-%1").arg(QLatin1String(toString(role).data())));
        box->setAccessibleName(box->text());
        rolesLayout->addWidget(box);
        m_roles[static_cast<std::size_t>(role)] = box;
        connect(box, &QCheckBox::clicked, this, [this, role](bool on) { setRole(role, on); });
    }

    form()->addRow(tr("Host name:"), m_name);
    form()->addRow(tr("Environment:"), m_environment);
    form()->addRow(tr("Roles:"), roles);
    form()->addRow(QString(), m_servesTraffic);
    form()->addRow(QString(), m_standby);
    m_hardware->addRows(form());
    form()->addRow(tr("OS:"), m_os);
    form()->addRow(tr("Platform Server:"), m_platformVersion);
    form()->addRow(tr("Time zone:"), m_timezone);
    form()->addRow(tr("Site:"), m_site);

    connect(m_name, &ValidatedLineEdit::edited, this, [this](const QString& text) {
        editEach<Server>([&](Server& s) { s.name = ss(text); },
                         tr("Rename %1 to %2").arg(subjectLabel(tr("servers")), text),
                         Field::ServerName);
    });
    bindEnvironment(m_environment, tr("servers"), Field::ServerEnv);
    connect(m_servesTraffic, &QCheckBox::clicked, this, [this](bool on) {
        setFlag(&Server::servesTraffic, on,
                on ? tr("Put %1 in the load balancer pool")
                   : tr("Take %1 out of the load "
                        "balancer pool"),
                Field::ServerTraffic);
    });
    connect(m_standby, &QCheckBox::clicked, this, [this](bool on) {
        setFlag(&Server::standby, on, on ? tr("Make %1 a standby") : tr("Make %1 active"),
                Field::ServerStandby);
    });
    bindText<Server>(m_os, &Server::os, tr("OS"), tr("servers"), Field::ServerOs);
    bindText<Server>(m_platformVersion, &Server::platformVersion, tr("Platform Server version"),
                     tr("servers"), Field::ServerPlatformVersion);
    bindText<Server>(m_timezone, &Server::timezone, tr("time zone"), tr("servers"),
                     Field::ServerTimezone);
    bindHardware<Server>(m_hardware, tr("servers"));
    bindSite<Server>(m_site, tr("servers"));
}

template <typename F>
void ServerEditor::setFlag(F member, bool on, const QString& text, Field field)
{
    editEach<Server>([&](Server& s) { s.*member = on; }, text.arg(subjectLabel(tr("servers"))),
                     field);
}

void ServerEditor::setRole(Role role, bool on)
{
    const QString roleName = spellingLabel(toString(role)).toLower();
    editEach<Server>(
        [&](Server& s) {
            if (on && !s.hasRole(role)) {
                s.roles.push_back(role);
                // Keep the order of the format (front-end, controller, scheduler).
                std::sort(s.roles.begin(), s.roles.end());
            } else if (!on) {
                s.roles.erase(std::remove(s.roles.begin(), s.roles.end(), role), s.roles.end());
            }
        },
        on ? tr("Add the %1 role to %2").arg(roleName, subjectLabel(tr("servers")))
           : tr("Remove the %1 role from %2").arg(roleName, subjectLabel(tr("servers"))),
        Field::ServerRoles);
}

void ServerEditor::refresh()
{
    std::vector<const Server*> servers;
    for (const QString& id : subjects())
        if (const Server* s = findById(topology().servers, ss(id)))
            servers.push_back(s);
    if (servers.empty())
        return;
    const Server& first = *servers.front();
    const int total = static_cast<int>(servers.size());
    setTitle(total == 1 ? tr("Server %1").arg(qs(first.name))
                        : tr("%1 servers: changes apply to all of them").arg(total));
    // Each field shows the servers' common value, or that they differ (MixedFields).
    auto common = [&](auto get) { return commonValue(servers, get); };
    auto commonText = [&](auto get) -> std::optional<QString> {
        const auto value = common(get);
        return value ? std::optional<QString>(qs(*value)) : std::nullopt;
    };
    auto count = [&](auto has) {
        return static_cast<int>(std::count_if(servers.begin(), servers.end(),
                                              [&](const Server* s) { return has(*s); }));
    };

    m_name->setEnabled(total == 1);
    m_name->lineEdit()->setPlaceholderText(total == 1 ? QString() : mixedText());
    m_name->showValue(total == 1 ? qs(first.name) : QString());
    fillEnvironmentCombo(m_environment);
    showChoice(m_environment, commonText([](const Server& s) { return s.environment; }));
    for (Role role : {Role::Frontend, Role::DeploymentController, Role::Scheduler})
        showCheck(roleBox(role), count([role](const Server& s) { return s.hasRole(role); }), total);
    showCheck(m_servesTraffic, count([](const Server& s) { return s.servesTraffic; }), total);
    showCheck(m_standby, count([](const Server& s) { return s.standby; }), total);
    m_hardware->show(common([](const Server& s) { return s.hardware.cpuCores; }),
                     common([](const Server& s) { return s.hardware.ramGb; }),
                     common([](const Server& s) { return s.hardware.diskGb; }));
    m_os->showValue(commonText([](const Server& s) { return s.os; }));
    // The environment's version is what a server without its own runs: offer it.
    if (const Environment* env = findById(topology().environments, first.environment))
        m_platformVersion->setSuggestions({qs(env->platformVersion)});
    m_platformVersion->showValue(commonText([](const Server& s) { return s.platformVersion; }));
    m_timezone->setSuggestions(timezoneSuggestions(topology()));
    m_timezone->showValue(commonText([](const Server& s) { return s.timezone; }));
    fillSiteCombo(m_site);
    showChoice(m_site, commonText([](const Server& s) { return s.site; }));
}

} // namespace topo
