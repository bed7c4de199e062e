#pragma once

#include "editor/recovery/RecoveryStore.h"

#include <QDialog>

#include <vector>

class QTableWidget;

namespace topo {

// Lists the designs an unclean exit left behind, each with a Recover / Discard choice.
class RecoveryDialog : public QDialog {
    Q_OBJECT
public:
    RecoveryDialog(const std::vector<RecoveryEntry>& entries, QWidget* parent = nullptr);

    // For each entry, true to recover it, false to discard it.
    std::vector<bool> choices() const;

private:
    QTableWidget* m_table;
};

} // namespace topo
