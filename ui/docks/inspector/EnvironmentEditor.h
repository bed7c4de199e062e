#pragma once

#include "ui/docks/inspector/ElementEditor.h"

#include <functional>

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
    // A change of purpose, with the content's names following the environment's tag
    // (followTags: DEV-FE-01 -> PROD-FE-01 in "Environment 1") in the same undo step.
    void editFollowingTags(const std::function<void(Environment&)>& edit, const QString& text,
                           Field field);

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
