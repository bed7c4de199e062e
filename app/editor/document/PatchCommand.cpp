#include "editor/document/PatchCommand.h"

#include "editor/document/Document.h"

namespace topo {

PatchCommand::PatchCommand(Document* document, TopologyPatch patch, const QString& text,
                           int mergeKey)
    : m_document(document), m_patch(std::move(patch)), m_mergeKey(mergeKey < 0 ? -1 : mergeKey)
{
    setText(text);
}

void PatchCommand::redo()
{
    m_document->applyPatch(m_patch, true);
}

void PatchCommand::undo()
{
    m_document->applyPatch(m_patch, false);
}

bool PatchCommand::mergeWith(const QUndoCommand* other)
{
    const auto* later = dynamic_cast<const PatchCommand*>(other);
    if (!later || m_mergeKey < 0 || later->m_mergeKey != m_mergeKey ||
        later->m_document != m_document)
        return false;
    if (!m_patch.mergeWith(later->m_patch))
        return false;
    // The step is named after where the gesture ended ("RAM to 16 GB", not "to 1 GB").
    setText(later->text());
    // A gesture that ends where it started (typing then deleting) leaves no step behind.
    setObsolete(m_patch.isIdentity());
    return true;
}

} // namespace topo
