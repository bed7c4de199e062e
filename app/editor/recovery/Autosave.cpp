#include "editor/recovery/Autosave.h"

#include "editor/document/Document.h"
#include "editor/files/TopologyFile.h"
#include "editor/recovery/RecoveryStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace topo {

Autosave::Autosave(Document* document, QObject* parent)
    : QObject(parent), m_document(document),
      m_id(QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_directory(RecoveryStore::directory()), m_intervalSeconds(configuredInterval())
{
    RecoveryStore::claimInstance();
    m_timer.setSingleShot(false);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::saveNow);
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            remove();
        restartTimer();
    });
    connect(document, &QObject::destroyed, this, [this] {
        m_document = nullptr;
        m_timer.stop();
    });
    restartTimer();
}

Autosave::~Autosave()
{
    remove();
}

int Autosave::configuredInterval()
{
    bool ok = false;
    const int seconds =
        QSettings().value(QLatin1String(kIntervalKey), kDefaultIntervalSeconds).toInt(&ok);
    return ok && seconds >= 0 ? seconds : kDefaultIntervalSeconds;
}

void Autosave::setIntervalSeconds(int seconds)
{
    m_intervalSeconds = std::max(0, seconds);
    restartTimer();
}

void Autosave::restartTimer()
{
    // The timer runs only while there is something to save.
    if (m_intervalSeconds > 0 && m_document && m_document->isModified()) {
        if (!m_timer.isActive() || m_timer.interval() != m_intervalSeconds * 1000)
            m_timer.start(m_intervalSeconds * 1000);
    } else {
        m_timer.stop();
    }
}

QString Autosave::designPath() const
{
    return m_directory + QLatin1Char('/') + m_id + QLatin1String(RecoveryStore::kDesignSuffix);
}

QString Autosave::sidecarPath() const
{
    return m_directory + QLatin1Char('/') + m_id + QLatin1String(RecoveryStore::kSidecarSuffix);
}

void Autosave::setDirectory(const QString& directory)
{
    if (directory == m_directory)
        return;
    remove();
    m_directory = directory;
}

bool Autosave::fail(const QString& errorText)
{
    Q_EMIT failed(errorText);
    return false;
}

bool Autosave::saveNow()
{
    if (!m_document || !m_document->isModified())
        return false;
    QString lockError;
    const bool locked = RecoveryStore::claimInstance(&lockError);
    if (!QDir().mkpath(m_directory))
        return fail(tr("%1: error: cannot create the autosave folder").arg(m_directory));
    // The record of whose autosave this is goes first: a design on disk always has one, so a
    // crash after any failed write leaves nothing that recovery cannot offer. A failed
    // record leaves the previous pair as it was; a failed design leaves the previous design
    // (or, on the first autosave, a record alone, removed once its owner is gone).
    QJsonObject meta;
    meta.insert(QLatin1String(RecoveryStore::kOriginalPathKey), m_document->filePath());
    meta.insert(QLatin1String(RecoveryStore::kDesignNameKey),
                QString::fromStdString(m_document->topology().name));
    meta.insert(QLatin1String(RecoveryStore::kSavedAtKey),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    meta.insert(QLatin1String(RecoveryStore::kInstanceKey), RecoveryStore::instanceId());
    const FileWriteResult sidecar =
        writeFileAtomically(sidecarPath(), QJsonDocument(meta).toJson());
    if (!sidecar.ok)
        return fail(sidecar.errorText);
    const FileWriteResult design =
        writeFileAtomically(designPath(), canonicalBytes(m_document->topology()));
    if (!design.ok)
        return fail(design.errorText);
    // Written, but without the instance lock another designer would take this autosave for a
    // crashed one's: said until the lock can be taken.
    if (!locked)
        return fail(lockError);
    Q_EMIT saved(designPath());
    return true;
}

void Autosave::remove()
{
    QFile::remove(sidecarPath());
    QFile::remove(designPath());
}

} // namespace topo
