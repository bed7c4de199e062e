#pragma once

#include "core/edit/TopologyPatch.h"

#include <QUndoCommand>

namespace topo {

class Document;

// The one undo command of the designer: applies a TopologyPatch to its document on redo and
// reverts it on undo. Consecutive commands with the same merge key over the same elements
// fold into one step (a drag, typing in one field).
class PatchCommand : public QUndoCommand {
public:
    PatchCommand(Document* document, TopologyPatch patch, const QString& text, int mergeKey = -1);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand* other) override;

    const TopologyPatch& patch() const { return m_patch; }

private:
    Document* m_document;
    TopologyPatch m_patch;
    int m_mergeKey;
};

} // namespace topo
