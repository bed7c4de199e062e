#include "ui/main/HelpController.h"

#include "TopoVersion.h"
#include "ui/dialogs/LegendDialog.h"
#include "ui/dialogs/RuleCatalogueDialog.h"
#include "ui/dialogs/ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>

namespace topo {

HelpController::HelpController(QWidget* window) : QObject(window), m_window(window) {}

void HelpController::populate(QMenu* menu)
{
    QAction* legend =
        menu->addAction(tr("&Legend of canvas marks"), this, &HelpController::showLegend);
    legend->setObjectName(QStringLiteral("legendAction"));
    QAction* rules = menu->addAction(tr("&Rule catalogue"), this, &HelpController::showRules);
    rules->setObjectName(QStringLiteral("ruleCatalogueAction"));
    QAction* keys =
        menu->addAction(tr("&Keyboard shortcuts"), this, &HelpController::showShortcuts);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    menu->addSeparator();
    QAction* about =
        menu->addAction(tr("&About Topology Designer"), this, &HelpController::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    // The roles put both entries in the application menu on macOS.
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = menu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QString HelpController::aboutText()
{
    return tr("<h3>Topology Designer %1</h3>"
              "<p>Designs OutSystems 11 self-managed infrastructures and checks them against "
              "design, capacity and availability rules.</p>"
              "<p>Built with Qt %2, running on Qt %3.</p>")
        .arg(QStringLiteral(TOPO_VERSION), QStringLiteral(QT_VERSION_STR),
             QString::fromLatin1(qVersion()));
}

void HelpController::showLegend()
{
    // Modeless: the legend stays beside the canvas while the user looks at the design.
    auto* dialog = new LegendDialog(m_window);
    dialog->setObjectName(QStringLiteral("legendDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

// Modeless like the legend; asking again brings the open one to the front.
template <typename Make> void HelpController::showOnce(QPointer<QDialog>& slot, Make make)
{
    if (!slot) {
        slot = make();
        slot->setAttribute(Qt::WA_DeleteOnClose);
    }
    slot->show();
    slot->raise();
    slot->activateWindow();
}

void HelpController::showRules()
{
    showOnce(m_rules, [this] { return new RuleCatalogueDialog(m_window); });
}

void HelpController::showShortcuts()
{
    auto* window = qobject_cast<QMainWindow*>(m_window);
    if (!window)
        return;
    // Read when opened: the list shows the shortcuts the window has now.
    showOnce(m_shortcuts, [window] { return new ShortcutsDialog(*window, window); });
}

void HelpController::showAbout()
{
    // The box takes the window's icon: the application icon.
    QMessageBox::about(m_window, tr("About Topology Designer"), aboutText());
}

} // namespace topo
