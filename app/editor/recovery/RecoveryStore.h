#pragma once

#include "core/model/Topology.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace topo {

// One design autosaved by a process that is gone: what the start-up offer shows.
struct RecoveryEntry {
    QString id;           // the autosave's uuid
    QString designPath;   // the autosaved design
    QString sidecarPath;  // what is known about it
    QString originalPath; // the file the user was editing ("" for a never-saved design)
    QString designName;
    QDateTime savedAt;
    QString instance; // the process that wrote it
};

// The autosave folder (AppLocalDataLocation/autosave): which running process owns which
// autosave, and which autosaves were left behind by a process that ended without closing
// its designs (crash, kill, power loss). Each running process holds a lock file there; an
// autosave whose owner's lock is not held by a live process can be recovered.
class RecoveryStore {
public:
    static QString directory();

    // This process's id, and its lock file (created and held from the first call that
    // succeeds until the process ends). Without the lock, another designer would take this
    // one's autosaves for a crashed one's: `error` then names the lock file and the reason.
    static QString instanceId();
    static bool claimInstance(QString* error = nullptr);

    // The autosaves left behind by processes that are no longer running, newest first.
    std::vector<RecoveryEntry> recoverable() const;

    // Reads an entry's design; nullopt with `error` set when it cannot be read.
    std::optional<Topology> load(const RecoveryEntry& entry, QString* error = nullptr) const;

    // Deletes an entry's files (after recovering it or when the user discards it).
    void discard(const RecoveryEntry& entry) const;

    // Removes what processes that are gone left with nothing to recover: their instance
    // locks when no autosave names them, and autosave records without a design.
    void removeLeftovers() const;

    // True when the process owning `instance` still runs.
    static bool instanceAlive(const QString& instance);

    // Member names of the sidecar JSON.
    static constexpr const char* kOriginalPathKey = "originalPath";
    static constexpr const char* kSavedAtKey = "savedAt";
    static constexpr const char* kInstanceKey = "instance";
    static constexpr const char* kDesignNameKey = "designName";
    static constexpr const char* kDesignSuffix = ".topology.json";
    static constexpr const char* kSidecarSuffix = ".autosave.json";
};

} // namespace topo
