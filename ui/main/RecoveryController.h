#pragma once

#include "editor/recovery/RecoveryStore.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QLabel;

namespace topo {

class Autosave;
class Document;
class MainWindow;

// Autosave of the open design (one Autosave per document, at the preferred interval) and,
// at start-up, the offer to recover the designs an unclean exit left behind. A failed
// autosave is reported in the status bar (a message, and a mark that stays until an autosave
// succeeds or the design is saved), never by a dialog at every interval.
class RecoveryController : public QObject {
    Q_OBJECT
public:
    explicit RecoveryController(MainWindow* window);
    ~RecoveryController() override;

    // Offers every design left by an unclean exit (Recover / Discard each); opens the first
    // one recovered and returns true then. With `acceptAll` every design is recovered
    // without asking.
    bool offerRecovery(bool acceptAll);

    // Applies the preferred interval to the open design's autosave.
    void applyInterval();

    Autosave* autosave() const;
    // The status bar's mark of a failed autosave (hidden while autosaves succeed).
    QLabel* autosaveFailureLabel() const { return m_failure; }

private:
    void attach(Document* document);
    void showFailure(const QString& errorText);
    void clearFailure();
    // Deletes the crashed process's copy of the recovered design, now that it is not needed.
    void releaseRecoveredCopy();

    MainWindow* m_window;
    // The crashed process's copy of the design recovered last. It stays on disk until the
    // recovered state is safe elsewhere (an autosave of it succeeded, the design was saved)
    // or the user closed the design, so that a failed autosave followed by another crash
    // still offers it. (Until then another designer started meanwhile would offer it too.)
    std::optional<RecoveryEntry> m_recoveredFrom;
    QPointer<Autosave> m_autosave;
    QLabel* m_failure;
};

} // namespace topo
