#include "ui/docks/inspector/NoteEditor.h"

#include <QFormLayout>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace topo {

NoteEditor::NoteEditor(Document* document, QWidget* parent)
    : ElementEditor(document, parent), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("noteEditor"));
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setAccessibleName(tr("Note text"));
    form()->addRow(tr("Text:"), m_text);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        const std::string text = ss(m_text->toPlainText());
        editEach<Note>([&](Note& n) { n.text = text; }, tr("Edit note"), Field::NoteText);
    });
}

void NoteEditor::refresh()
{
    const Note* note = findById(topology().notes, firstId());
    if (!note)
        return;
    setTitle(tr("Note"));
    if (m_text->toPlainText() != qs(note->text)) {
        const QSignalBlocker blocker(m_text);
        m_text->setPlainText(qs(note->text));
    }
}

} // namespace topo
