#include "RecoveryController.h"

#include "MainWindow.h"
#include "Preferences.h"
#include "RecoveryDialog.h"
#include "document/Document.h"
#include "recovery/Autosave.h"
#include "recovery/RecoveryStore.h"

#include <QMessageBox>

namespace topo {

RecoveryController::RecoveryController(MainWindow* window) : QObject(window), m_window(window)
{
    RecoveryStore::claimInstance();
    connect(window, &MainWindow::documentReplaced, this, &RecoveryController::attach);
}

Autosave* RecoveryController::autosave() const
{
    return m_autosave;
}

void RecoveryController::attach(Document* document)
{
    if (!document)
        return;
    // The autosave lives as long as its document: closing the design removes the copy.
    m_autosave = new Autosave(document, document);
    applyInterval();
}

void RecoveryController::applyInterval()
{
    if (m_autosave)
        m_autosave->setIntervalSeconds(Preferences::autosaveIntervalSeconds());
}

bool RecoveryController::offerRecovery(bool acceptAll)
{
    const RecoveryStore store;
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
            QMessageBox::warning(
                m_window, tr("Recovery"),
                tr("The autosaved copy of %1 cannot be read: %2").arg(entry.designName, error));
            continue;
        }
        auto* document = new Document(std::move(*topology));
        if (!entry.originalPath.isEmpty())
            document->setFilePath(entry.originalPath);
        document->markUnsaved();
        m_window->setDocument(document);
        // The new autosave holds the recovered state from now on.
        store.discard(entry);
        if (m_autosave)
            m_autosave->saveNow();
        opened = true;
    }
    return opened;
}

} // namespace topo
