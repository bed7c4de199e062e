#include "ui/docks/inspector/ZoneEditor.h"

#include "core/edit/NameAllocator.h"
#include "ui/docks/inspector/FieldWidgets.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>

#include <algorithm>

namespace topo {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

void showChecked(QCheckBox* box, bool on)
{
    const QSignalBlocker blocker(box);
    box->setChecked(on);
}

} // namespace

ZoneEditor::ZoneEditor(Document* document, QWidget* parent)
    : ElementEditor(document, parent), m_list(new QListWidget(this)),
      m_add(new QPushButton(tr("Add zone"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_fields(new QWidget(this)), m_name(new ValidatedLineEdit(checkName, m_fields)),
      m_default(new QCheckBox(tr("Default (Global) zone"), m_fields)),
      m_address(new ValidatedLineEdit(checkAddress, m_fields)),
      m_hostsApps(new QCheckBox(tr("Hosts applications"), m_fields)),
      m_httpsInternal(new QCheckBox(tr("HTTPS for internal calls"), m_fields)),
      m_members(new QListWidget(m_fields))
{
    setObjectName(QStringLiteral("zoneEditor"));
    m_list->setObjectName(QStringLiteral("zoneList"));
    m_list->setAccessibleName(tr("Deployment zones"));
    m_list->setMaximumHeight(90);
    m_add->setObjectName(QStringLiteral("addZone"));
    m_remove->setObjectName(QStringLiteral("removeZone"));
    m_name->lineEdit()->setObjectName(QStringLiteral("zoneName"));
    m_name->lineEdit()->setAccessibleName(tr("Zone name"));
    m_address->lineEdit()->setObjectName(QStringLiteral("zoneAddress"));
    m_address->lineEdit()->setAccessibleName(tr("Zone address"));
    m_address->lineEdit()->setPlaceholderText(tr("e.g. apps.example.com"));
    m_members->setObjectName(QStringLiteral("zoneMembers"));
    m_members->setAccessibleName(tr("Zone members"));
    m_members->setMaximumHeight(120);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    form()->addRow(m_list);
    form()->addRow(buttons);

    auto* fields = new QFormLayout(m_fields);
    fields->setContentsMargins(0, 0, 0, 0);
    fields->addRow(tr("Zone name:"), m_name);
    fields->addRow(QString(), m_default);
    fields->addRow(tr("Address:"), m_address);
    fields->addRow(QString(), m_hostsApps);
    fields->addRow(QString(), m_httpsInternal);
    fields->addRow(tr("Members:"), m_members);
    form()->addRow(m_fields);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        m_currentZone = item ? item->data(kIdRole).toString() : QString();
        refresh();
    });
    connect(m_add, &QPushButton::clicked, this, &ZoneEditor::addZone);
    connect(m_remove, &QPushButton::clicked, this, &ZoneEditor::removeZone);
    connect(m_name, &ValidatedLineEdit::edited, this, [this](const QString& text) {
        editZone([&](Zone& z) { z.name = ss(text); }, tr("Rename zone to %1").arg(text),
                 Field::ZoneName);
    });
    connect(m_address, &ValidatedLineEdit::edited, this, [this](const QString& text) {
        editZone([&](Zone& z) { z.address = ss(text); }, tr("Set zone address to %1").arg(text),
                 Field::ZoneAddress);
    });
    connect(m_default, &QCheckBox::clicked, this, [this](bool on) {
        editZone([on](Zone& z) { z.isDefault = on; },
                 on ? tr("Make the zone the default") : tr("Make the zone not the default"),
                 Field::ZoneDefault);
    });
    connect(m_hostsApps, &QCheckBox::clicked, this, [this](bool on) {
        editZone([on](Zone& z) { z.hostsApps = on; },
                 on ? tr("Let the zone host applications")
                    : tr("Let the zone host no "
                         "applications"),
                 Field::ZoneHostsApps);
    });
    connect(m_httpsInternal, &QCheckBox::clicked, this, [this](bool on) {
        editZone([on](Zone& z) { z.httpsInternal = on; },
                 on ? tr("Use HTTPS inside the zone") : tr("Use HTTP inside the zone"),
                 Field::ZoneHttps);
    });
    connect(m_members, &QListWidget::itemChanged, this, &ZoneEditor::onMemberChanged);
}

template <typename F> void ZoneEditor::editZone(F mutate, const QString& text, Field field)
{
    const std::string zoneId = ss(m_currentZone);
    editEach<Environment>(
        [&](Environment& e) {
            for (Zone& zone : e.zones)
                if (zone.id == zoneId)
                    mutate(zone);
        },
        text, field);
}

void ZoneEditor::addZone()
{
    NameAllocator names(topology());
    Zone zone;
    const Environment* environment = findById(topology().environments, firstId());
    if (!environment)
        return;
    // The first zone of an environment is its Global zone.
    zone.isDefault = environment->zones.empty();
    zone.name = names.uniqueName(zone.isDefault ? "Global" : "Zone");
    zone.id = names.freshId(environment->id + "-" + zone.name);
    const QString zoneId = qs(zone.id);
    editEach<Environment>([&](Environment& e) { e.zones.push_back(zone); },
                          tr("Add zone %1 to %2").arg(qs(zone.name), qs(environment->name)),
                          Field::ZoneAdd);
    selectZone(zoneId);
}

void ZoneEditor::removeZone()
{
    const std::string zoneId = ss(m_currentZone);
    const QString name = elementName(topology(), zoneId);
    editEach<Environment>(
        [&](Environment& e) {
            e.zones.erase(std::remove_if(e.zones.begin(), e.zones.end(),
                                         [&](const Zone& z) { return z.id == zoneId; }),
                          e.zones.end());
        },
        tr("Remove zone %1").arg(name), Field::ZoneRemove);
}

void ZoneEditor::onMemberChanged(QListWidgetItem* item)
{
    const std::string serverId = ss(item->data(kIdRole).toString());
    const bool on = item->checkState() == Qt::Checked;
    editZone(
        [&](Zone& z) {
            auto it = std::find(z.members.begin(), z.members.end(), serverId);
            if (on && it == z.members.end())
                z.members.push_back(serverId);
            else if (!on && it != z.members.end())
                z.members.erase(it);
        },
        on ? tr("Add %1 to the zone").arg(item->text())
           : tr("Remove %1 from the zone").arg(item->text()),
        Field::ZoneMembers);
}

void ZoneEditor::selectZone(const QString& zoneId)
{
    m_currentZone = zoneId;
    refresh();
}

void ZoneEditor::refresh()
{
    setTitle(tr("Deployment zones"));
    const Environment* environment = findById(topology().environments, firstId());
    if (!environment)
        return;
    const Zone* current = nullptr;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Zone& zone : environment->zones) {
            auto* item = new QListWidgetItem(qs(zone.name), m_list);
            item->setData(kIdRole, qs(zone.id));
            if (qs(zone.id) == m_currentZone) {
                m_list->setCurrentItem(item);
                current = &zone;
            }
        }
        if (!current && !environment->zones.empty()) {
            m_list->setCurrentRow(0);
            current = &environment->zones.front();
            m_currentZone = qs(current->id);
        }
    }
    showZone(*environment, current);
}

void ZoneEditor::showZone(const Environment& environment, const Zone* zone)
{
    m_remove->setEnabled(zone != nullptr);
    m_fields->setVisible(zone != nullptr);
    if (!zone)
        return;
    m_name->showValue(qs(zone->name));
    m_address->showValue(qs(zone->address));
    showChecked(m_default, zone->isDefault);
    showChecked(m_hostsApps, zone->hostsApps);
    showChecked(m_httpsInternal, zone->httpsInternal);
    const QSignalBlocker blocker(m_members);
    m_members->clear();
    for (const Server& server : topology().servers) {
        if (server.environment != environment.id)
            continue;
        auto* item = new QListWidgetItem(qs(server.name), m_members);
        item->setData(kIdRole, qs(server.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool member =
            std::find(zone->members.begin(), zone->members.end(), server.id) != zone->members.end();
        item->setCheckState(member ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace topo
