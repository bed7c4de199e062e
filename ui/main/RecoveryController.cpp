#include "ui/main/RecoveryController.h"

#include "editor/document/Document.h"
#include "editor/files/FileStamp.h"
#include "editor/recovery/Autosave.h"
#include "editor/recovery/RecoveryStore.h"
#include "ui/dialogs/RecoveryDialog.h"
#include "ui/main/FileController.h"
#include "ui/main/MainWindow.h"
#include "ui/main/Preferences.h"

#include <QLabel>
#include <QStatusBar>
#include <QTimer>

namespace topo {

namespace {

constexpr int kFailureMessageMs = 15000;

} // namespace

RecoveryController::RecoveryController(MainWindow* window)
    : QObject(window), m_window(window), m_failure(new QLabel(window))
{
    QString lockError;
    if (!RecoveryStore::claimInstance(&lockError))
        QTimer::singleShot(0, this, [this, lockError] { showFailure(lockError); });
    m_failure->setObjectName(QStringLiteral("autosaveFailure"));
    m_failure->setAccessibleName(tr("Autosave failed"));
    m_failure->setText(tr("⚠ Autosave failed"));
    m_failure->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_failure->hide();
    window->statusBar()->addPermanentWidget(m_failure);
    connect(window, &MainWindow::documentReplaced, this, &RecoveryController::attach);
}

RecoveryController::~RecoveryController()
{
    releaseRecoveredCopy(); // a normal end: the user saved or discarded the design
}

Autosave* RecoveryController::autosave() const
{
    return m_autosave;
}

void RecoveryController::attach(Document* document)
{
    clearFailure();
    releaseRecoveredCopy(); // the design it held was closed (saved, or discarded by the user)
    if (!document)
        return;
    // The autosave lives as long as its document: closing the design removes the copy.
    m_autosave = new Autosave(document, document);
    connect(m_autosave, &Autosave::failed, this, &RecoveryController::showFailure);
    connect(m_autosave, &Autosave::saved, this, [this] {
        clearFailure();
        releaseRecoveredCopy();
    });
    // Once saved there is nothing left to autosave, and nothing lost.
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified) {
            clearFailure();
            releaseRecoveredCopy();
        }
    });
    applyInterval();
}

void RecoveryController::showFailure(const QString& errorText)
{
    // The message once per run of failures; the mark and its tooltip stay up to date.
    if (m_failure->isHidden())
        m_window->statusBar()->showMessage(
            tr("Autosave failed: %1. Save the design to keep your latest changes.").arg(errorText),
            kFailureMessageMs);
    m_failure->setToolTip(tr("The last autosave failed: %1").arg(errorText));
    m_failure->show();
}

void RecoveryController::clearFailure()
{
    m_failure->hide();
    m_failure->setToolTip(QString());
}

void RecoveryController::releaseRecoveredCopy()
{
    if (m_recoveredFrom)
        RecoveryStore().discard(*m_recoveredFrom);
    m_recoveredFrom.reset();
}

void RecoveryController::applyInterval()
{
    if (m_autosave)
        m_autosave->setIntervalSeconds(Preferences::autosaveIntervalSeconds());
}

bool RecoveryController::offerRecovery(bool acceptAll)
{
    const RecoveryStore store;
    store.removeLeftovers();
    const std::vector<RecoveryEntry> entries = store.recoverable();
    if (entries.empty())
        return false;
    std::vector<bool> recover(entries.size(), true);
    if (!acceptAll) {
        RecoveryDialog dialog(entries, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return false; // asked again at the next start
        recover = dialog.choices();
    }
    bool opened = false;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const RecoveryEntry& entry = entries[i];
        if (!recover[i]) {
            store.discard(entry);
            continue;
        }
        // One design at a time: the others stay in the store and are offered again.
        if (opened)
            continue;
        QString error;
        std::optional<Topology> topology = store.load(entry, &error);
        if (!topology) {
            m_window->files()->reportError(
                tr("Recovery"),
                tr("The autosaved copy of %1 cannot be read: %2").arg(entry.designName, error));
            continue;
        }
        auto* document = new Document(std::move(*topology));
        if (!entry.originalPath.isEmpty()) {
            document->setFilePath(entry.originalPath);
            // The recovered design is compared with the file as it is now.
            document->setDiskStamp(FileStamp::ofFile(entry.originalPath));
        }
        document->markUnsaved();
        m_window->setDocument(document);
        // The new autosave holds the recovered state from now on; the old copy goes once it
        // does (at once when this first autosave succeeds).
        m_recoveredFrom = entry;
        if (m_autosave)
            m_autosave->saveNow();
        opened = true;
    }
    return opened;
}

} // namespace topo
