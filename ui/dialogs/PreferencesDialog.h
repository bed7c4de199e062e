#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace topo {

// Edits the preferences: autosave interval (0 = off) and theme.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    void accept() override;

private:
    QSpinBox* m_interval;
    QComboBox* m_theme;
};

} // namespace topo
