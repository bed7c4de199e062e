#include "ui/dialogs/ShortcutsDialog.h"

#include "ui/canvas/CanvasKeys.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace topo {

namespace {

QString keysText(const QAction& action)
{
    QStringList keys;
    for (const QKeySequence& key : action.shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

// The actions of `menu` and its submenus that have a shortcut, under `title`.
void collect(const QMenu& menu, const QString& title, QList<ShortcutEntry>& entries,
             QSet<const QAction*>& seen)
{
    for (const QAction* action : menu.actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu* sub = action->menu()) {
            collect(*sub, title + QStringLiteral(" › ") + plainActionText(sub->title()), entries,
                    seen);
            continue;
        }
        if (action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        entries.append({title, plainActionText(action->text()), keysText(*action)});
    }
}

} // namespace

QString plainActionText(const QString& text)
{
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&') && i + 1 < text.size())
            ++i; // "&x" shows x, "&&" shows &
        plain.append(text[i]);
    }
    return plain;
}

QList<ShortcutEntry> windowShortcuts(const QMainWindow& window)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction*> seen;
    if (const QMenuBar* bar = window.menuBar())
        for (const QAction* action : bar->actions())
            if (const QMenu* menu = action->menu())
                collect(*menu, plainActionText(menu->title()), entries, seen);
    for (const QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcuts().isEmpty() || seen.contains(action) || action->menu())
            continue;
        seen.insert(action);
        entries.append({QCoreApplication::translate("topo::ShortcutsDialog", "Other"),
                        plainActionText(action->text()), keysText(*action)});
    }
    const QString canvas = QCoreApplication::translate("topo::ShortcutsDialog", "Canvas");
    for (const CanvasKey& key : canvasKeys())
        entries.append({canvas, key.action, key.keys});
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QMainWindow& window, QWidget* parent)
    : QDialog(parent), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setUniformRowHeights(true);
    QTreeWidgetItem* group = nullptr;
    for (const ShortcutEntry& entry : windowShortcuts(window)) {
        if (!group || group->text(0) != entry.menu) {
            group = new QTreeWidgetItem(m_list, {entry.menu});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(group, {entry.action, entry.keys});
    }
    m_list->expandAll();
    m_list->resizeColumnToContents(0);
    m_list->setColumnWidth(0, m_list->columnWidth(0) + 24);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 640);
}

} // namespace topo
