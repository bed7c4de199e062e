#include "editor/recovery/RecoveryStore.h"

#include "core/io/TopologyReader.h"
#include "editor/platform/InstancePlatform.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSet>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace topo {

namespace {

QString lockPathOf(const QString& instance)
{
    return RecoveryStore::directory() + QStringLiteral("/instance-") + instance +
           QStringLiteral(".lock");
}

// The process-wide lock, released (and its file removed) when the process ends normally.
std::unique_ptr<QLockFile>& instanceLock()
{
    static std::unique_ptr<QLockFile> lock;
    return lock;
}

} // namespace

QString RecoveryStore::directory()
{
    // The machine's own data folder (Windows: AppData\Local, not the roaming profile, which
    // may follow the user to another machine where the locks mean nothing; elsewhere the
    // same as AppDataLocation).
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/autosave");
}

QString RecoveryStore::instanceId()
{
    static const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return id;
}

bool RecoveryStore::claimInstance()
{
    auto& lock = instanceLock();
    if (lock && lock->isLocked())
        return true;
    QDir().mkpath(directory());
    lock = std::make_unique<QLockFile>(lockPathOf(instanceId()));
    return lock->tryLock(0);
}

bool RecoveryStore::instanceAlive(const QString& instance)
{
    if (instance.isEmpty())
        return false;
    if (instance == instanceId())
        return instanceLock() && instanceLock()->isLocked();
    // Read the owner from its lock file without touching it: another live process's lock
    // must never be taken or removed from here.
    const QLockFile probe(lockPathOf(instance));
    qint64 pid = 0;
    QString host;
    QString application;
    if (!probe.getLockInfo(&pid, &host, &application))
        return false;
    if (!host.isEmpty() && !platform::lockWrittenOnThisMachine(host))
        return true; // a shared folder: a process on another machine cannot be checked
    return platform::lockOwnerRunning(lockPathOf(instance), pid, application);
}

std::vector<RecoveryEntry> RecoveryStore::recoverable() const
{
    std::vector<RecoveryEntry> entries;
    const QDir dir(directory());
    const QStringList sidecars =
        dir.entryList({QStringLiteral("*") + QLatin1String(kSidecarSuffix)}, QDir::Files);
    for (const QString& name : sidecars) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(file.readAll()).object();
        if (instanceAlive(meta.value(QLatin1String(kInstanceKey)).toString()))
            continue;
        RecoveryEntry entry;
        entry.id = name.left(name.size() - static_cast<int>(qstrlen(kSidecarSuffix)));
        entry.sidecarPath = file.fileName();
        entry.designPath = dir.filePath(entry.id + QLatin1String(kDesignSuffix));
        if (!QFile::exists(entry.designPath))
            continue;
        entry.instance = meta.value(QLatin1String(kInstanceKey)).toString();
        entry.originalPath = meta.value(QLatin1String(kOriginalPathKey)).toString();
        entry.designName = meta.value(QLatin1String(kDesignNameKey)).toString();
        entry.savedAt = QDateTime::fromString(meta.value(QLatin1String(kSavedAtKey)).toString(),
                                              Qt::ISODateWithMs);
        entries.push_back(entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const RecoveryEntry& a, const RecoveryEntry& b) { return a.savedAt > b.savedAt; });
    return entries;
}

std::optional<Topology> RecoveryStore::load(const RecoveryEntry& entry, QString* error) const
{
    LoadResult result = readTopologyFile(entry.designPath.toStdString());
    if (!result.ok()) {
        if (error)
            *error = entry.designPath + QStringLiteral(": ") +
                     QString::fromStdString(result.error.message);
        return std::nullopt;
    }
    return std::move(result.topology);
}

void RecoveryStore::removeLeftovers() const
{
    QDir dir(directory());
    QSet<QString> named; // instances an autosave record names
    const QStringList sidecars =
        dir.entryList({QStringLiteral("*") + QLatin1String(kSidecarSuffix)}, QDir::Files);
    for (const QString& name : sidecars) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString instance = QJsonDocument::fromJson(file.readAll())
                                     .object()
                                     .value(QLatin1String(kInstanceKey))
                                     .toString();
        file.close();
        const QString id = name.left(name.size() - static_cast<int>(qstrlen(kSidecarSuffix)));
        if (!QFile::exists(dir.filePath(id + QLatin1String(kDesignSuffix))) &&
            !instanceAlive(instance)) {
            dir.remove(name);
            continue;
        }
        named.insert(instance);
    }
    const QString prefix = QStringLiteral("instance-");
    const QString suffix = QStringLiteral(".lock");
    for (const QString& name :
         dir.entryList({prefix + QStringLiteral("*") + suffix}, QDir::Files)) {
        const QString instance =
            name.mid(prefix.size(), name.size() - prefix.size() - suffix.size());
        if (!named.contains(instance) && !instanceAlive(instance))
            dir.remove(name);
    }
}

void RecoveryStore::discard(const RecoveryEntry& entry) const
{
    QFile::remove(entry.designPath);
    QFile::remove(entry.sidecarPath);
    if (!entry.instance.isEmpty() && !instanceAlive(entry.instance))
        QFile::remove(lockPathOf(entry.instance)); // left behind by the dead process
}

} // namespace topo
