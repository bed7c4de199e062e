#pragma once

#include <QObject>

namespace topo {

class MainWindow;

// Autosave of the open design and recovery of designs left by an unclean exit.
class RecoveryController : public QObject {
    Q_OBJECT
public:
    explicit RecoveryController(MainWindow* window);

    // Offers to recover every design left by an unclean exit; true when one was opened.
    bool offerRecovery(bool acceptAll);
};

} // namespace topo
