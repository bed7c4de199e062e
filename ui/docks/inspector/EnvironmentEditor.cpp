#include "ui/docks/inspector/EnvironmentEditor.h"

#include "core/edit/EnvironmentClone.h"

#include "ui/docks/inspector/FieldWidgets.h"
#include "ui/docks/inspector/ZoneEditor.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSignalBlocker>
#include <QSpinBox>

namespace topo {

EnvironmentEditor::EnvironmentEditor(Document* document, QWidget* parent)
    : ElementEditor(document, parent), m_name(new ValidatedLineEdit(checkName, this)),
      m_purpose(new QComboBox(this)),
      m_haRequired(new QCheckBox(tr("High availability required"), this)),
      m_heavyTimers(new QCheckBox(tr("Heavy timers (batch, analytics)"), this)),
      m_version(new ValidatedLineEdit(checkVersion, this)), m_developers(new QSpinBox(this)),
      m_requests(new QDoubleSpinBox(this)), m_appKind(new QComboBox(this)),
      m_zones(new ZoneEditor(document, this))
{
    setObjectName(QStringLiteral("environmentEditor"));
    m_name->lineEdit()->setObjectName(QStringLiteral("environmentName"));
    m_name->lineEdit()->setAccessibleName(tr("Environment name"));
    m_purpose->setAccessibleName(tr("Purpose"));
    m_purpose->setObjectName(QStringLiteral("purpose"));
    fillSpellingCombo(m_purpose, kPurposeSpellings);
    m_haRequired->setObjectName(QStringLiteral("haRequired"));
    m_heavyTimers->setObjectName(QStringLiteral("heavyTimers"));
    m_version->lineEdit()->setObjectName(QStringLiteral("platformVersion"));
    m_version->lineEdit()->setAccessibleName(tr("Platform Server version"));
    m_version->lineEdit()->setPlaceholderText(tr("e.g. 11.38.0"));
    m_developers->setRange(0, 100000);
    m_developers->setSpecialValueText(tr("unknown"));
    m_developers->setAccessibleName(tr("Active developers"));
    m_requests->setRange(0, 10000000);
    m_requests->setDecimals(0);
    m_requests->setSuffix(tr(" req/s"));
    m_requests->setSpecialValueText(tr("unknown"));
    m_requests->setAccessibleName(tr("Expected requests per second"));
    m_appKind->setAccessibleName(tr("Application kind"));
    fillSpellingCombo(m_appKind, kAppKindSpellings);

    form()->addRow(tr("Name:"), m_name);
    form()->addRow(tr("Purpose:"), m_purpose);
    form()->addRow(QString(), m_haRequired);
    form()->addRow(QString(), m_heavyTimers);
    form()->addRow(tr("Platform version:"), m_version);
    form()->addRow(tr("Active developers:"), m_developers);
    form()->addRow(tr("Peak load:"), m_requests);
    form()->addRow(tr("Applications:"), m_appKind);
    form()->addRow(m_zones);

    connect(m_name, &ValidatedLineEdit::edited, this, [this](const QString& text) {
        // Names are typed a key at a time, each key merged into one step: the content's
        // names would follow every half-typed tag, so they keep theirs (new elements take
        // the new tag).
        editEach<Environment>([&](Environment& e) { e.name = ss(text); },
                              tr("Rename %1 to %2").arg(subjectLabel(tr("environments")), text),
                              Field::EnvName);
    });
    connect(m_purpose, &QComboBox::activated, this, [this](int) {
        const auto purpose = parseEnum<Purpose>(ss(m_purpose->currentData().toString()));
        if (!purpose)
            return;
        editFollowingTags([&](Environment& e) { e.purpose = *purpose; },
                          tr("Set purpose of %1 to %2")
                              .arg(subjectLabel(tr("environments")), m_purpose->currentText()),
                          Field::EnvPurpose);
    });
    connect(m_haRequired, &QCheckBox::clicked, this, [this](bool on) {
        editEach<Environment>([on](Environment& e) { e.haRequired = on; },
                              (on ? tr("Require high availability in %1")
                                  : tr("Do not require high availability in %1"))
                                  .arg(subjectLabel(tr("environments"))),
                              Field::EnvHa);
    });
    connect(m_heavyTimers, &QCheckBox::clicked, this, [this](bool on) {
        editEach<Environment>([on](Environment& e) { e.heavyTimers = on; },
                              (on ? tr("Mark heavy timers in %1") : tr("Clear heavy timers in %1"))
                                  .arg(subjectLabel(tr("environments"))),
                              Field::EnvHeavyTimers);
    });
    connect(m_version, &ValidatedLineEdit::edited, this, [this](const QString& text) {
        editEach<Environment>(
            [&](Environment& e) { e.platformVersion = ss(text); },
            tr("Set platform version of %1 to %2").arg(subjectLabel(tr("environments")), text),
            Field::EnvVersion);
    });
    connect(m_developers, &QSpinBox::valueChanged, this, [this](int v) {
        editEach<Environment>(
            [v](Environment& e) { e.activeDevelopers = v; },
            tr("Set active developers of %1 to %2").arg(subjectLabel(tr("environments"))).arg(v),
            Field::EnvDevelopers);
    });
    connect(m_requests, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        editEach<Environment>(
            [v](Environment& e) { e.expectedRequestsPerSecond = v; },
            tr("Set peak load of %1 to %2 req/s").arg(subjectLabel(tr("environments"))).arg(v),
            Field::EnvRps);
    });
    connect(m_appKind, &QComboBox::activated, this, [this](int) {
        const auto kind = parseEnum<AppKind>(ss(m_appKind->currentData().toString()));
        editEach<Environment>([&](Environment& e) { e.appKind = kind.value_or(AppKind::Reactive); },
                              tr("Set application kind of %1 to %2")
                                  .arg(subjectLabel(tr("environments")), m_appKind->currentText()),
                              Field::EnvAppKind);
    });
}

void EnvironmentEditor::editFollowingTags(const std::function<void(Environment&)>& edit,
                                          const QString& text, Field field)
{
    Topology edited = topology();
    editElements<Environment>(topology(), subjectIds(), edit).apply(edited);
    commit(followTags(topology(), std::move(edited)), text, field);
}

void EnvironmentEditor::refresh()
{
    const Environment* e = findById(topology().environments, firstId());
    if (!e)
        return;
    setTitle(tr("Environment %1").arg(qs(e->name)));
    m_name->showValue(qs(e->name));
    selectComboData(m_purpose, qs(toString(e->purpose)));
    {
        const QSignalBlocker b1(m_haRequired);
        const QSignalBlocker b2(m_heavyTimers);
        const QSignalBlocker b3(m_developers);
        const QSignalBlocker b4(m_requests);
        m_haRequired->setChecked(e->haRequired);
        m_heavyTimers->setChecked(e->heavyTimers);
        m_developers->setValue(static_cast<int>(e->activeDevelopers));
        m_requests->setValue(e->expectedRequestsPerSecond);
    }
    m_version->showValue(qs(e->platformVersion));
    selectComboData(m_appKind, qs(toString(e->appKind)));
    m_zones->setSubjects({qs(e->id)});
}

} // namespace topo
