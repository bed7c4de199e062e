#pragma once

#include "core/model/Topology.h"
#include "editor/export/ExportOptions.h"

#include <QDialog>
#include <QStringList>

#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace topo {

// File > Export…: chooses the format, view, environment, look and page of an export of a
// design, shows a live preview and writes the file (atomically) when accepted. The last
// choices are remembered in the settings.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    // `topology` is copied: the dialog exports the design as it was when opened. `designPath`
    // (may be empty) suggests the output file's folder and name.
    ExportDialog(const Topology& topology, const QString& designPath, QWidget* parent = nullptr);
    // As above, with the ids of the elements selected in the designer: the "Selection" scope
    // exports only them (not offered when `selection` is empty).
    ExportDialog(const Topology& topology, const QString& designPath, const QStringList& selection,
                 QWidget* parent = nullptr);

    ExportFormat format() const;
    ExportOptions options() const;
    QString outputPath() const;
    void setOutputPath(const QString& path);
    void setFormat(ExportFormat format);

    // Writes the export with the current choices; on failure shows the reason and returns
    // false (the dialog stays open).
    bool exportNow();

public Q_SLOTS:
    void accept() override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildForm();
    void restoreChoices();
    void saveChoices() const;
    void updateEnabledOptions();
    void updateSelectionScope();
    void schedulePreview();
    void updatePreview();
    void chooseFile();
    void followFormatInPath();

    Topology m_topology;
    QString m_designPath;
    std::vector<std::string> m_selection;
    QComboBox* m_format = nullptr;
    QComboBox* m_view = nullptr;
    QComboBox* m_environment = nullptr;
    QComboBox* m_theme = nullptr;
    QDoubleSpinBox* m_scale = nullptr;
    QSpinBox* m_dpi = nullptr;
    QCheckBox* m_transparent = nullptr;
    QCheckBox* m_legend = nullptr;
    QCheckBox* m_titleBlock = nullptr;
    QComboBox* m_pageSize = nullptr;
    QComboBox* m_orientation = nullptr;
    QComboBox* m_pages = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_sizeInfo = nullptr;
    QTimer* m_previewTimer = nullptr;
};

} // namespace topo
