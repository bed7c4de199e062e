#pragma once

#include <QObject>
#include <QPointer>

namespace topo {

class Autosave;
class Document;
class MainWindow;

// Autosave of the open design (one Autosave per document, at the preferred interval) and,
// at start-up, the offer to recover the designs an unclean exit left behind.
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

private:
    void attach(Document* document);

    MainWindow* m_window;
    QPointer<Autosave> m_autosave;
};

} // namespace topo
