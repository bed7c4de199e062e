#pragma once

#include "editor/chartspecs/ChartSpec.h"
#include "editor/export/ExportOptions.h"
#include "ui/docks/DrawnAnalyses.h"
#include "ui/docks/EnvironmentChooser.h"

#include <QDockWidget>
#include <QPointer>

#include <vector>

class QGridLayout;
class QLabel;
class QPushButton;

namespace topo {

class ChartWidget;
class Document;
class RefreshScheduler;

// The charts of one environment of the open design (capacity by front-ends, scaling up or
// out, resources per role, modelled availability), redrawn in the same event-loop turn as
// every change of the document; follows the environment of the canvas selection and exports
// the charts picture as PNG or SVG.
class ChartsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ChartsDock(QWidget* parent = nullptr);

    void setDocument(Document* document);

    // The environment shown ("" without a design).
    QString environment() const;
    void setEnvironment(const QString& id);
    EnvironmentChooser* environmentBox() const { return m_environment; }
    // The charts on screen, in order; each knows the description it shows.
    const std::vector<ChartWidget*>& chartWidgets() const { return m_charts; }
    RefreshScheduler* refreshScheduler() const { return m_refresh; }
    QPushButton* exportButton(ExportFormat format) const;

    // Writes the charts picture of the shown environment to `path` (atomically) in the look
    // of the window. False with `error` set on failure.
    bool exportCharts(const QString& path, ExportFormat format, QString* error) const;

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void arrangeCharts();
    void makeRoom();
    void chooseFileAndExport(ExportFormat format);

    QPointer<Document> m_document;
    RefreshScheduler* m_refresh = nullptr;
    DrawnAnalyses m_drawn;
    EnvironmentChooser* m_environment;
    QPushButton* m_exportPng;
    QPushButton* m_exportSvg;
    QWidget* m_grid;
    QGridLayout* m_gridLayout;
    std::vector<ChartWidget*> m_charts;
    QLabel* m_model;
    int m_columns = 0;
};

} // namespace topo
