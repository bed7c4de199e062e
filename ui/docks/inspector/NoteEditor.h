#pragma once

#include "ui/docks/inspector/ElementEditor.h"

class QPlainTextEdit;

namespace topo {

// Edits the text of one note.
class NoteEditor : public ElementEditor {
    Q_OBJECT
public:
    NoteEditor(Document* document, QWidget* parent);
    void refresh() override;

private:
    QPlainTextEdit* m_text;
};

} // namespace topo
