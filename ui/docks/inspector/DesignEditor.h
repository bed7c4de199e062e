#pragma once

#include "ui/docks/inspector/ElementEditor.h"

class QDoubleSpinBox;
class QPlainTextEdit;

namespace topo {

class ValidatedLineEdit;

// Edits the design header (shown when nothing is selected): name, description, scope and
// the assumptions of the capacity and availability models.
class DesignEditor : public ElementEditor {
    Q_OBJECT
public:
    DesignEditor(Document* document, QWidget* parent);
    void refresh() override;

private:
    template <typename F> void editHeader(F mutate, const QString& text, Field field);

    ValidatedLineEdit* m_name;
    QPlainTextEdit* m_description;
    QComboBox* m_scope;
    QDoubleSpinBox* m_availability;
    QDoubleSpinBox* m_rpsReactive;
    QDoubleSpinBox* m_rpsTraditional;
};

} // namespace topo
