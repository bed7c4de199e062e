#pragma once

#include "ui/docks/inspector/ElementEditor.h"

class QCheckBox;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace topo {

class ValidatedLineEdit;

// Edits the deployment zones of one environment: the list (add / remove) and the fields of
// the current zone, members as a checkable list of the environment's servers.
class ZoneEditor : public ElementEditor {
    Q_OBJECT
public:
    ZoneEditor(Document* document, QWidget* parent);
    void refresh() override;

    void selectZone(const QString& zoneId);
    QString currentZone() const { return m_currentZone; }
    QListWidget* zoneList() const { return m_list; }
    QListWidget* memberList() const { return m_members; }

private:
    template <typename F> void editZone(F mutate, const QString& text, Field field);
    void addZone();
    void removeZone();
    void onMemberChanged(QListWidgetItem* item);
    void showZone(const Environment& environment, const Zone* zone);

    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QWidget* m_fields;
    ValidatedLineEdit* m_name;
    QCheckBox* m_default;
    ValidatedLineEdit* m_address;
    QCheckBox* m_hostsApps;
    QCheckBox* m_httpsInternal;
    QListWidget* m_members;
    QString m_currentZone;
};

} // namespace topo
