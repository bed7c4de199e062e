#pragma once

#include "core/analysis/FailoverRunbook.h"
#include "ui/docks/DrawnAnalyses.h"
#include "ui/docks/analysis/FailoverResults.h"

#include <QDockWidget>
#include <QPointer>
#include <QStringList>

#include <string>
#include <vector>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace topo {

class Document;
class RefreshScheduler;
class SinglePointsWorker;

// The failover simulation of the open design: which elements are marked failed (with buttons
// to fail or restore the canvas selection and to clear them all), what still works in each
// environment (serving and timers per zone, publishing, cache invalidation, LifeTime
// management, capacity left against the expected load, and why), and on request every
// single point of failure, worst first: a click on one selects and centres it on the canvas,
// the Simulate failure button (or the row's context menu) fails or restores it. Refreshed
// once per event-loop turn after changes of the design or of the failed set, while visible;
// the single points of failure are searched on a worker thread over a snapshot of the
// design, and read "Updating…" meanwhile.
class FailoverDock : public QDockWidget {
    Q_OBJECT
public:
    explicit FailoverDock(QWidget* parent = nullptr);

    void setDocument(Document* document);

    QListWidget* failedList() const { return m_failed; }
    QTreeWidget* resultsView() const { return m_results; }
    // What to do about the failed elements: the documented procedures with the design's
    // names, or "no documented procedure" (core FailoverRunbook); hidden when nothing failed.
    QTextBrowser* runbookView() const { return m_runbook; }
    QTreeWidget* singleFailuresView() const { return m_points; }
    QPushButton* toggleButton() const { return m_toggle; }
    QPushButton* clearButton() const { return m_clear; }
    QPushButton* singleFailuresButton() const { return m_each; }
    QLabel* singleFailuresSummary() const { return m_pointsSummary; }
    RefreshScheduler* refreshScheduler() const { return m_refresh; }
    // The single points of failure on screen are being worked out again.
    bool singleFailuresUpdating() const;
    QPushButton* pointFailureButton() const { return m_pointFail; }

public Q_SLOTS:
    // Fails the failable elements of the canvas selection, or restores them when all are failed.
    void toggleSelection();
    // Lists every single point of failure (and keeps the list up to date from now on).
    void showSingleFailures();

Q_SIGNALS:
    // The user asked to see these elements on the canvas.
    void elementsActivated(const QStringList& ids);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    std::vector<std::string> environmentIds() const;
    void refreshFailed();
    void refreshResults();
    void showRunbooks(const std::vector<FailoverRunbook>& runbooks);
    void requestSingleFailures();
    void showSingleFailurePoints();
    void updateToggle();
    void showPoint(QTreeWidgetItem* item);
    void togglePoint();
    void updatePointButton();
    void showPointMenu(const QPoint& pos);
    QString currentPoint() const;
    QStringList failableSelection() const;

    QPointer<Document> m_document;
    QListWidget* m_failed;
    QPushButton* m_toggle;
    QPushButton* m_clear;
    QTreeWidget* m_results;
    FailoverResults m_resultRows;
    QTextBrowser* m_runbook;
    QPushButton* m_each;
    QTreeWidget* m_points;
    QPushButton* m_pointFail;
    QLabel* m_pointsSummary;
    bool m_pointsShown = false;
    bool m_designChanged = false; // since the last refresh: the single points are out of date
    RefreshScheduler* m_refresh = nullptr;
    DrawnAnalyses m_drawn;
    bool m_failuresChanged = false; // since the last refresh
    SinglePointsWorker* m_worker;
};

} // namespace topo
