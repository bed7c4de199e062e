#include "ui/docks/inspector/HardwareRows.h"

#include "ui/docks/inspector/FieldWidgets.h"
#include "ui/docks/inspector/MixedFields.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

namespace topo {

namespace {

constexpr double kMaxRamGb = 4096;
constexpr double kMaxDiskGb = 100000;

} // namespace

HardwareRows::HardwareRows(QWidget* parent)
    : QObject(parent), m_cores(makeCoresSpin(parent)), m_ram(makeGbSpin(kMaxRamGb, parent)),
      m_disk(makeGbSpin(kMaxDiskGb, parent))
{
    m_cores->setObjectName(QStringLiteral("cpuCores"));
    m_ram->setObjectName(QStringLiteral("ramGb"));
    m_disk->setObjectName(QStringLiteral("diskGb"));
    m_cores->setAccessibleName(tr("CPU cores"));
    m_ram->setAccessibleName(tr("RAM in GB"));
    m_disk->setAccessibleName(tr("Disk in GB"));
    connect(m_cores, &QSpinBox::valueChanged, this, &HardwareRows::coresEdited);
    connect(m_ram, &QDoubleSpinBox::valueChanged, this, &HardwareRows::ramEdited);
    connect(m_disk, &QDoubleSpinBox::valueChanged, this, &HardwareRows::diskEdited);
}

void HardwareRows::addRows(QFormLayout* form)
{
    form->addRow(tr("CPU:"), m_cores);
    form->addRow(tr("RAM:"), m_ram);
    form->addRow(tr("Disk:"), m_disk);
}

void HardwareRows::show(const Hardware& hardware)
{
    show(hardware.cpuCores, hardware.ramGb, hardware.diskGb);
}

void HardwareRows::show(std::optional<int> cores, std::optional<double> ramGb,
                        std::optional<double> diskGb)
{
    showNumber(m_cores, cores);
    showNumber(m_ram, ramGb);
    showNumber(m_disk, diskGb);
}

} // namespace topo
