#include "ui/docks/inspector/LoadBalancerEditor.h"

#include "ui/docks/inspector/FieldWidgets.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QListWidget>
#include <QSignalBlocker>

#include <algorithm>

namespace topo {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

LoadBalancerEditor::LoadBalancerEditor(Document* document, QWidget* parent)
    : ElementEditor(document, parent), m_name(new ValidatedLineEdit(checkName, this)),
      m_environment(new QComboBox(this)), m_targets(new QListWidget(this)),
      m_policy(new QComboBox(this)), m_sticky(new QCheckBox(tr("Sticky sessions"), this)),
      m_site(new QComboBox(this))
{
    setObjectName(QStringLiteral("loadBalancerEditor"));
    m_name->lineEdit()->setObjectName(QStringLiteral("loadBalancerName"));
    m_name->lineEdit()->setAccessibleName(tr("Load balancer name"));
    m_environment->setAccessibleName(tr("Environment"));
    m_targets->setObjectName(QStringLiteral("targets"));
    m_targets->setAccessibleName(tr("Targets"));
    m_targets->setMaximumHeight(140);
    m_policy->setAccessibleName(tr("Policy"));
    fillSpellingCombo(m_policy, kLbPolicySpellings);
    m_site->setAccessibleName(tr("Site"));

    form()->addRow(tr("Name:"), m_name);
    form()->addRow(tr("Environment:"), m_environment);
    form()->addRow(tr("Targets:"), m_targets);
    form()->addRow(tr("Policy:"), m_policy);
    form()->addRow(QString(), m_sticky);
    form()->addRow(tr("Site:"), m_site);

    connect(m_name, &ValidatedLineEdit::edited, this, [this](const QString& text) {
        editEach<LoadBalancer>([&](LoadBalancer& lb) { lb.name = ss(text); },
                               tr("Rename %1 to %2").arg(subjectLabel(tr("load balancers")), text),
                               Field::LbName);
    });
    bindEnvironment(m_environment, tr("load balancers"), Field::LbEnv);
    connect(m_policy, &QComboBox::activated, this, [this](int) {
        const auto policy = parseEnum<LbPolicy>(ss(m_policy->currentData().toString()));
        editEach<LoadBalancer>(
            [&](LoadBalancer& lb) { lb.policy = policy.value_or(LbPolicy::RoundRobin); },
            tr("Set policy of %1 to %2")
                .arg(subjectLabel(tr("load balancers")), m_policy->currentText()),
            Field::LbPolicy);
    });
    connect(m_sticky, &QCheckBox::clicked, this, [this](bool on) {
        editEach<LoadBalancer>(
            [on](LoadBalancer& lb) { lb.stickySessions = on; },
            (on ? tr("Turn on sticky sessions of %1") : tr("Turn off sticky sessions of %1"))
                .arg(subjectLabel(tr("load balancers"))),
            Field::LbSticky);
    });
    connect(m_targets, &QListWidget::itemChanged, this, &LoadBalancerEditor::onTargetChanged);
    bindSite<LoadBalancer>(m_site, tr("load balancers"));
}

void LoadBalancerEditor::onTargetChanged(QListWidgetItem* item)
{
    const std::string serverId = ss(item->data(kIdRole).toString());
    const bool on = item->checkState() == Qt::Checked;
    editEach<LoadBalancer>(
        [&](LoadBalancer& lb) {
            auto it = std::find(lb.targets.begin(), lb.targets.end(), serverId);
            if (on && it == lb.targets.end())
                lb.targets.push_back(serverId);
            else if (!on && it != lb.targets.end())
                lb.targets.erase(it);
        },
        (on ? tr("Add %1 to the targets of %2") : tr("Remove %1 from the targets of %2"))
            .arg(item->text(), subjectLabel(tr("load balancers"))),
        Field::LbTargets);
}

void LoadBalancerEditor::refresh()
{
    const LoadBalancer* lb = findById(topology().loadBalancers, firstId());
    if (!lb)
        return;
    setTitle(tr("Load balancer %1").arg(qs(lb->name)));
    m_name->showValue(qs(lb->name));
    fillEnvironmentCombo(m_environment);
    selectComboData(m_environment, qs(lb->environment));
    selectComboData(m_policy, qs(toString(lb->policy)));
    {
        const QSignalBlocker blocker(m_sticky);
        m_sticky->setChecked(lb->stickySessions);
    }
    fillSiteCombo(m_site);
    selectComboData(m_site, qs(lb->site));

    const QSignalBlocker blocker(m_targets);
    m_targets->clear();
    for (const Server& server : topology().servers) {
        const bool target =
            std::find(lb->targets.begin(), lb->targets.end(), server.id) != lb->targets.end();
        // Targets in another environment stay listed so they can be removed.
        if (server.environment != lb->environment && !target)
            continue;
        auto* item = new QListWidgetItem(qs(server.name), m_targets);
        item->setData(kIdRole, qs(server.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(target ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace topo
