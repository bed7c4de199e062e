#include "editor/recovery/RecoveryStore.h"

#include "core/io/TopologyReader.h"
#include "editor/platform/InstancePlatform.h"

#include <QCoreApplication>
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

// One autosave record in the folder: its id (the name less the suffix) and its content.
struct Record {
    QString id;
    QString path;
    QJsonObject meta;
};

// The readable autosave records of `dir`.
std::vector<Record> recordsIn(const QDir& dir)
{
    std::vector<Record> records;
    const QString suffix = QLatin1String(RecoveryStore::kSidecarSuffix);
    for (const QString& name : dir.entryList({QStringLiteral("*") + suffix}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        records.push_back({name.left(name.size() - suffix.size()), file.fileName(),
                           QJsonDocument::fromJson(file.readAll()).object()});
    }
    return records;
}

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

bool RecoveryStore::claimInstance(QString* error)
{
    auto& lock = instanceLock();
    if (lock && lock->isLocked())
        return true;
    QDir().mkpath(directory());
    lock = std::make_unique<QLockFile>(lockPathOf(instanceId()));
    QString reason;
    if (platform::takeLock(*lock, &reason))
        return true;
    if (error)
        *error = QCoreApplication::translate("RecoveryStore",
                                             "%1: error: cannot take this designer's lock of "
                                             "the autosave folder: %2")
                     .arg(QDir::toNativeSeparators(lockPathOf(instanceId())), reason);
    return false;
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
    for (const Record& record : recordsIn(dir)) {
        const QJsonObject& meta = record.meta;
        if (instanceAlive(meta.value(QLatin1String(kInstanceKey)).toString()))
            continue;
        RecoveryEntry entry;
        entry.id = record.id;
        entry.sidecarPath = record.path;
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
    for (const Record& record : recordsIn(dir)) {
        const QString instance = record.meta.value(QLatin1String(kInstanceKey)).toString();
        if (!QFile::exists(dir.filePath(record.id + QLatin1String(kDesignSuffix))) &&
            !instanceAlive(instance)) {
            QFile::remove(record.path);
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
