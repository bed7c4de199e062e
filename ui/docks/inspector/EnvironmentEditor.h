#pragma once

#include "ui/docks/inspector/ElementEditor.h"

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;

namespace topo {

class ValidatedLineEdit;
class ZoneEditor;

// Edits one environment: purpose, flags, version, sizing figures and its deployment zones.
class EnvironmentEditor : public ElementEditor {
    Q_OBJECT
public:
    EnvironmentEditor(Document* document, QWidget* parent);
    void refresh() override;

    ZoneEditor* zones() const { return m_zones; }

private:
    ValidatedLineEdit* m_name;
    QComboBox* m_purpose;
    QCheckBox* m_haRequired;
    QCheckBox* m_heavyTimers;
    ValidatedLineEdit* m_version;
    QSpinBox* m_developers;
    QDoubleSpinBox* m_requests;
    QComboBox* m_appKind;
    ZoneEditor* m_zones;
};

} // namespace topo
