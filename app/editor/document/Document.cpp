#include "editor/document/Document.h"

#include "core/edit/AffectedEnvironments.h"
#include "core/edit/ElementLookup.h"
#include "core/rules/Validator.h"
#include "editor/document/DesignComparison.h"
#include "editor/document/PatchCommand.h"

#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>

namespace topo {

Document::Document(Topology topology, QObject* parent)
    : QObject(parent), m_topology(std::move(topology)), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    m_findings = validate(m_topology);
    // Created after the undo stack and before any view: it follows each change first.
    m_comparison = new DesignComparison(this);
}

Document::~Document()
{
    // The commands refer to this document: delete them while it is still whole.
    m_undoStack->disconnect(this);
    delete m_undoStack;
    m_undoStack = nullptr;
}

void Document::apply(TopologyPatch patch, const QString& text, int mergeKey)
{
    if (patch.empty())
        return;
    m_undoStack->push(new PatchCommand(this, std::move(patch), text, mergeKey));
}

void Document::applyPatch(const TopologyPatch& patch, bool forward)
{
    if (forward)
        patch.apply(m_topology);
    else
        patch.revert(m_topology);
    m_analyses.forget(affectedEnvironments(patch));

    DocumentChange change;
    change.ids = patch.touchedIds();
    change.structural = patch.structural();
    change.header = patch.hasHeader();

    // Keep the selection to what still exists; announce it once the views have updated.
    QStringList kept;
    if (change.structural) {
        for (const QString& id : std::as_const(m_selection))
            if (containsId(m_topology, id.toStdString()))
                kept.append(id);
    } else {
        kept = m_selection;
    }
    const bool selectionShrank = kept.size() != m_selection.size();
    m_selection = kept;
    const bool failuresShrank = change.structural && dropMissingFailures();

    // The findings are current for the views that read them while they follow the change.
    const bool findingsDiffer = revalidate();
    Q_EMIT changed(change);
    if (findingsDiffer)
        Q_EMIT findingsChanged();
    if (failuresShrank)
        Q_EMIT failuresChanged();
    if (selectionShrank)
        Q_EMIT selectionChanged();
}

bool Document::revalidate()
{
    std::vector<Finding> findings = validate(m_topology);
    if (findings == m_findings)
        return false;
    m_findings = std::move(findings);
    return true;
}

bool Document::isFailed(const std::string& id) const
{
    return std::find(m_failed.begin(), m_failed.end(), id) != m_failed.end();
}

bool Document::canFail(const Topology& topology, const std::string& id)
{
    const auto kind = kindOf(topology, id);
    return kind && (*kind == ElementKind::Site || *kind == ElementKind::Server ||
                    *kind == ElementKind::LoadBalancer || *kind == ElementKind::Database ||
                    *kind == ElementKind::MessageQueue);
}

void Document::setFailed(const std::string& id, bool failed)
{
    if (failed == isFailed(id) || (failed && !canFail(m_topology, id)))
        return;
    if (failed)
        m_failed.push_back(id);
    else
        std::erase(m_failed, id);
    Q_EMIT failuresChanged();
}

void Document::clearFailures()
{
    if (m_failed.empty())
        return;
    m_failed.clear();
    Q_EMIT failuresChanged();
}

bool Document::dropMissingFailures()
{
    return std::erase_if(m_failed,
                         [this](const std::string& id) { return !containsId(m_topology, id); }) > 0;
}

void Document::setSelection(const QStringList& ids)
{
    QStringList kept;
    for (const QString& id : ids)
        if (!kept.contains(id) && containsId(m_topology, id.toStdString()))
            kept.append(id);
    if (kept == m_selection)
        return;
    m_selection = kept;
    Q_EMIT selectionChanged();
}

void Document::setFilePath(const QString& path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged();
}

QString Document::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    if (!m_topology.name.empty())
        return QString::fromStdString(m_topology.name);
    return tr("Untitled");
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

void Document::markSaved()
{
    m_undoStack->setClean();
}

void Document::markUnsaved()
{
    m_undoStack->resetClean();
}

void Document::setDiskStamp(const FileStamp& stamp)
{
    m_diskStamp = stamp;
    Q_EMIT diskStampChanged();
}

} // namespace topo
