#pragma once

#include "core/model/Topology.h"

#include <QObject>

#include <optional>

class QFormLayout;
class QSpinBox;
class QDoubleSpinBox;

namespace topo {

// The three hardware rows (cores, RAM, disk) of the server and database editors.
class HardwareRows : public QObject {
    Q_OBJECT
public:
    explicit HardwareRows(QWidget* parent);

    void addRows(QFormLayout* form);

    void show(const Hardware& hardware);
    // Several elements' hardware: a field whose values differ shows as mixed (MixedFields).
    void show(std::optional<int> cores, std::optional<double> ramGb, std::optional<double> diskGb);

    QSpinBox* cores() const { return m_cores; }
    QDoubleSpinBox* ram() const { return m_ram; }
    QDoubleSpinBox* disk() const { return m_disk; }

Q_SIGNALS:
    void coresEdited(int cores);
    void ramEdited(double gb);
    void diskEdited(double gb);

private:
    QSpinBox* m_cores;
    QDoubleSpinBox* m_ram;
    QDoubleSpinBox* m_disk;
};

} // namespace topo
