#include "RecoveryController.h"

#include "MainWindow.h"

namespace topo {

RecoveryController::RecoveryController(MainWindow* window) : QObject(window) {}

bool RecoveryController::offerRecovery(bool acceptAll)
{
    Q_UNUSED(acceptAll);
    return false;
}

} // namespace topo
