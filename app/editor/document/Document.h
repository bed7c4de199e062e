#pragma once

#include "core/edit/TopologyPatch.h"
#include "core/model/Topology.h"
#include "core/rules/Finding.h"
#include "editor/document/AnalysisCache.h"
#include "editor/files/FileStamp.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

class QUndoStack;

namespace topo {

class DesignComparison;
class PatchCommand;

// What one change touched, for views to update only what they must.
struct DocumentChange {
    std::vector<std::string> ids; // elements added, removed or changed
    bool structural = false;      // elements were added or removed
    bool header = false;          // design-wide fields changed
    bool reset = false;           // the whole topology was replaced
};

// Owns one open design: the topology, its undo stack, the selection, the file path and the
// modified state. Every change goes through apply() as an undoable patch; after each change
// the rules run again before changed() is sent (findings() is current for its listeners),
// and when the findings differ from before, findingsChanged() follows in the same call. It
// also holds the failover scenario the designer shows (which elements are marked failed).
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(Topology topology = {}, QObject* parent = nullptr);
    ~Document() override;

    const Topology& topology() const { return m_topology; }
    QUndoStack* undoStack() const { return m_undoStack; }

    // Pushes one undo step. `mergeKey` >= 0 lets consecutive steps with the same key and
    // the same touched ids merge into one (a drag, typing in one field).
    void apply(TopologyPatch patch, const QString& text, int mergeKey = -1);

    const std::vector<Finding>& findings() const { return m_findings; }

    // The analysis of environment `id` (without the single points of failure), worked out
    // once per change of what it reads and shared by every view; nullptr when there is no
    // such environment. Valid until the next change.
    const EnvironmentAnalysis* analysis(const std::string& environment) const
    {
        return m_analyses.environment(m_topology, environment);
    }
    // Every environment's, in file order.
    std::vector<const EnvironmentAnalysis*> analyses() const { return m_analyses.all(m_topology); }
    // Grows each time that environment's analysis is worked out anew (0: not worked out).
    std::uint64_t analysisRevision(const std::string& environment) const
    {
        return m_analyses.revision(environment);
    }

    const QStringList& selection() const { return m_selection; }
    void setSelection(const QStringList& ids);

    const QString& filePath() const { return m_filePath; }
    void setFilePath(const QString& path);
    QString displayName() const; // file name, or the design name when unsaved
    bool isModified() const;
    void markSaved(); // the current state is what is on disk
    // The current state is not on disk although no step was taken (a recovered autosave):
    // the document stays modified until the next save.
    void markUnsaved();

    // What the file held when this document last read, wrote or accepted it (Keep mine):
    // a file that no longer matches was changed by another program.
    const FileStamp& diskStamp() const { return m_diskStamp; }
    void setDiskStamp(const FileStamp& stamp);

    // Elements marked failed for the failover simulation, in the order they were marked. View
    // state, not design data: never saved, not undone; ids that an edit removes are dropped.
    const std::vector<std::string>& failedElements() const { return m_failed; }
    bool isFailed(const std::string& id) const;
    // Only sites, servers, load balancers, databases and queues can fail; others are ignored.
    static bool canFail(const Topology& topology, const std::string& id);
    void setFailed(const std::string& id, bool failed);
    void clearFailures();

    // The design this one is compared with and what differs (view state, never saved).
    DesignComparison* comparison() const { return m_comparison; }

Q_SIGNALS:
    void changed(const topo::DocumentChange& change);
    void findingsChanged();
    void selectionChanged();
    void modifiedChanged(bool modified);
    void filePathChanged();
    void diskStampChanged();
    void failuresChanged();

private:
    // Only the undo command changes the topology: every change is an undo step.
    friend class PatchCommand;
    void applyPatch(const TopologyPatch& patch, bool forward);

    // Runs the rules again; true when the findings differ from before.
    bool revalidate();
    bool dropMissingFailures();

    Topology m_topology;
    QUndoStack* m_undoStack;
    std::vector<Finding> m_findings;
    mutable AnalysisCache m_analyses;
    QStringList m_selection;
    QString m_filePath;
    FileStamp m_diskStamp;
    std::vector<std::string> m_failed;
    DesignComparison* m_comparison;
};

} // namespace topo
