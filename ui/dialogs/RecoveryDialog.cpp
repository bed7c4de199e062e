#include "ui/dialogs/RecoveryDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace topo {

RecoveryDialog::RecoveryDialog(const std::vector<RecoveryEntry>& entries, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(static_cast<int>(entries.size()), 3, this))
{
    setWindowTitle(tr("Recover unsaved designs"));
    setObjectName(QStringLiteral("recoveryDialog"));
    auto* intro = new QLabel(tr("The designer did not close normally. These designs had "
                                "unsaved changes; choose what to do with each. The first one "
                                "recovered opens now, the others are offered at the next start."),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Design"), tr("Autosaved"), tr("Action")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Designs to recover"));
    for (int row = 0; row < static_cast<int>(entries.size()); ++row) {
        const RecoveryEntry& entry = entries[static_cast<std::size_t>(row)];
        const QString file = entry.originalPath.isEmpty()
                                 ? tr("never saved")
                                 : QFileInfo(entry.originalPath).fileName();
        auto* name = new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(entry.designName, file));
        name->setToolTip(entry.originalPath);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1,
                         new QTableWidgetItem(QLocale().toString(entry.savedAt.toLocalTime(),
                                                                 QLocale::ShortFormat)));
        auto* action = new QComboBox(m_table);
        action->addItem(tr("Recover"));
        action->addItem(tr("Discard"));
        action->setAccessibleName(tr("Action for %1").arg(entry.designName));
        m_table->setCellWidget(row, 2, action);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Ask me later"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(620, 300);
}

std::vector<bool> RecoveryDialog::choices() const
{
    std::vector<bool> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* action = qobject_cast<const QComboBox*>(m_table->cellWidget(row, 2));
        result.push_back(action && action->currentIndex() == 0);
    }
    return result;
}

} // namespace topo
