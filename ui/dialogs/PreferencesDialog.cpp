#include "ui/dialogs/PreferencesDialog.h"

#include "ui/main/Preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace topo {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent), m_interval(new QSpinBox(this)), m_theme(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    m_interval->setRange(0, 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setSpecialValueText(tr("off"));
    m_interval->setAccessibleName(tr("Autosave interval in seconds"));
    m_interval->setValue(Preferences::autosaveIntervalSeconds());
    m_theme->addItem(tr("System"), static_cast<int>(ThemeChoice::System));
    m_theme->addItem(tr("Light"), static_cast<int>(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(ThemeChoice::Dark));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(Preferences::theme())));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Autosave every:"), m_interval);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(buttons);
}

void PreferencesDialog::accept()
{
    Preferences::setAutosaveIntervalSeconds(m_interval->value());
    Preferences::setTheme(static_cast<ThemeChoice>(m_theme->currentData().toInt()));
    QDialog::accept();
}

} // namespace topo
