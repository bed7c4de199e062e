#pragma once

#include <QObject>
#include <QPointer>

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

    MainWindow* m_window;
    QPointer<Autosave> m_autosave;
    QLabel* m_failure;
};

} // namespace topo
