#pragma once

#include "ui/docks/inspector/ElementEditor.h"

class QCheckBox;
class QSpinBox;

namespace topo {

class ValidatedLineEdit;

// Edits one RabbitMQ service: nodes, the server hosting it, TCP balancing and version.
class QueueEditor : public ElementEditor {
    Q_OBJECT
public:
    QueueEditor(Document* document, QWidget* parent);
    void refresh() override;

private:
    ValidatedLineEdit* m_name;
    QComboBox* m_environment;
    QSpinBox* m_nodes;
    QComboBox* m_host;
    QCheckBox* m_tcp;
    ValidatedLineEdit* m_version;
};

} // namespace topo
