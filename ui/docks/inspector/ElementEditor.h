#pragma once

#include "core/edit/EditOperations.h"
#include "core/edit/TopologyPatch.h"
#include "editor/document/Document.h"
#include "ui/docks/ModelLookup.h"
#include "ui/docks/inspector/HardwareRows.h"
#include "ui/docks/inspector/TextChoice.h"

#include <QComboBox>

#include <QStringList>
#include <QWidget>

#include <functional>
#include <string>
#include <vector>

class QFormLayout;
class QLabel;

namespace topo {

// Merge keys of inspector fields: one per field of the format, unique across the editors.
enum class Field {
    DesignName = 1,
    DesignDescription,
    DesignScope,
    Availability,
    RpsReactive,
    RpsTraditional,
    EnvName,
    EnvPurpose,
    EnvHa,
    EnvHeavyTimers,
    EnvVersion,
    EnvDevelopers,
    EnvRps,
    EnvAppKind,
    ZoneAdd,
    ZoneRemove,
    ZoneName,
    ZoneDefault,
    ZoneAddress,
    ZoneHostsApps,
    ZoneHttps,
    ZoneMembers,
    ServerName,
    ServerEnv,
    ServerRoles,
    ServerTraffic,
    ServerStandby,
    Cores,
    Ram,
    Disk,
    ServerOs,
    Site,
    LbName,
    LbEnv,
    LbTargets,
    LbPolicy,
    LbSticky,
    DbName,
    DbEngine,
    DbNodes,
    DbHa,
    DbEndpoint,
    DbCatalogs,
    QueueName,
    QueueEnv,
    QueueNodes,
    QueueHost,
    QueueTcp,
    QueueVersion,
    NoteText,
    SiteName,
    ServerPlatformVersion,
    ServerTimezone,
    DbVersion,
    DbEdition,
    DbServiceTier,
    DbTimezone
};

// Base of the inspector's editors, one per element kind: holds the edited ids, pulls the
// values shown from the model (refresh) and turns each field edit into one Document::apply.
class ElementEditor : public QWidget {
    Q_OBJECT
public:
    ElementEditor(Document* document, QWidget* parent);

    void setSubjects(const QStringList& ids);
    const QStringList& subjects() const { return m_subjects; }

    // Shows the model's current values; never writes the model.
    virtual void refresh() = 0;
    // Makes Tab follow the form's rows top to bottom (fields are created in another order).
    void orderTabsByRows();

protected:
    Document* document() const { return m_document; }
    const Topology& topology() const { return m_document->topology(); }
    std::string firstId() const { return m_subjects.isEmpty() ? std::string() : ss(m_subjects[0]); }

    // The form the editors add their rows to, under a title line.
    QFormLayout* form() const { return m_form; }
    void setTitle(const QString& title);

    // What an undo step names: the element's name, or "3 servers".
    QString subjectLabel(const QString& pluralKind) const;

    // One undo step replacing every subject of type T by mutate(copy); nothing when no
    // subject changes. `field` distinguishes merge keys so typing in one field merges.
    template <typename T, typename F> void editEach(F mutate, const QString& text, Field field)
    {
        commit(
            editElements<T>(topology(), subjectIds(), std::function<void(T&)>(std::move(mutate))),
            text, field);
    }
    std::vector<std::string> subjectIds() const;

    void commit(TopologyPatch patch, const QString& text, Field field);

    // Refills a combo with the design's environments / sites ("(none)" first), keeping quiet.
    void fillEnvironmentCombo(QComboBox* combo) const;
    void fillSiteCombo(QComboBox* combo) const;

    // Connects the hardware rows to the subjects' `hardware` field.
    template <typename T> void bindHardware(HardwareRows* rows, const QString& pluralKind)
    {
        connect(rows, &HardwareRows::coresEdited, this, [this, pluralKind](int v) {
            editEach<T>([v](T& e) { e.hardware.cpuCores = v; },
                        tr("Set %1 CPU to %2 cores").arg(subjectLabel(pluralKind)).arg(v),
                        Field::Cores);
        });
        connect(rows, &HardwareRows::ramEdited, this, [this, pluralKind](double v) {
            editEach<T>([v](T& e) { e.hardware.ramGb = v; },
                        tr("Set %1 RAM to %2 GB").arg(subjectLabel(pluralKind)).arg(v), Field::Ram);
        });
        connect(rows, &HardwareRows::diskEdited, this, [this, pluralKind](double v) {
            editEach<T>([v](T& e) { e.hardware.diskGb = v; },
                        tr("Set %1 disk to %2 GB").arg(subjectLabel(pluralKind)).arg(v),
                        Field::Disk);
        });
    }

    // Connects an environment combo (filled by fillEnvironmentCombo) to the subjects: they
    // move there as a drag onto the environment's frame moves them (moveToEnvironment).
    void bindEnvironment(QComboBox* combo, const QString& pluralKind, Field field);

    // Connects a free-text choice to the subjects' `member`; `what` names the member in the
    // undo step ("OS", "time zone").
    template <typename T>
    void bindText(TextChoice* choice, std::string T::*member, const QString& what,
                  const QString& pluralKind, Field field)
    {
        connect(choice, &TextChoice::edited, this,
                [this, member, what, pluralKind, field](const QString& text) {
                    const std::string value = ss(text);
                    editEach<T>([&](T& e) { e.*member = value; },
                                tr("Set %1 of %2 to %3").arg(what, subjectLabel(pluralKind), text),
                                field);
                });
    }

    // Connects a site combo (filled by fillSiteCombo) to the subjects' `site` field.
    template <typename T> void bindSite(QComboBox* combo, const QString& pluralKind)
    {
        connect(combo, &QComboBox::activated, this, [this, combo, pluralKind](int) {
            const std::string site = ss(combo->currentData().toString());
            editEach<T>(
                [site](T& e) { e.site = site; },
                tr("Set site of %1 to %2").arg(subjectLabel(pluralKind), combo->currentText()),
                Field::Site);
        });
    }

private:
    Document* m_document;
    QStringList m_subjects;
    QLabel* m_title;
    QFormLayout* m_form;
};

} // namespace topo
