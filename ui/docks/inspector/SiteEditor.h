#pragma once

#include "ui/docks/inspector/ElementEditor.h"

namespace topo {

class ValidatedLineEdit;

// Edits the name of one site (data centre, availability zone).
class SiteEditor : public ElementEditor {
    Q_OBJECT
public:
    SiteEditor(Document* document, QWidget* parent);
    void refresh() override;

private:
    ValidatedLineEdit* m_name;
};

} // namespace topo
