#pragma once

#include "ui/docks/inspector/ElementEditor.h"

class QCheckBox;
class QListWidget;
class QListWidgetItem;

namespace topo {

class ValidatedLineEdit;

// Edits one load balancer: targets as a checkable list of its environment's servers.
class LoadBalancerEditor : public ElementEditor {
    Q_OBJECT
public:
    LoadBalancerEditor(Document* document, QWidget* parent);
    void refresh() override;

    QListWidget* targetList() const { return m_targets; }

private:
    void onTargetChanged(QListWidgetItem* item);

    ValidatedLineEdit* m_name;
    QComboBox* m_environment;
    QListWidget* m_targets;
    QComboBox* m_policy;
    QCheckBox* m_sticky;
    QComboBox* m_site;
};

} // namespace topo
