#pragma once

#include "core/rules/Finding.h"

#include <QDockWidget>
#include <QPointer>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QToolButton;
class QTreeView;

namespace topo {

class Document;
class RefreshScheduler;
class FindingsFilter;
class FindingsModel;

// Lists the findings of the live validation, worst first by default, sortable by any column
// and optionally grouped by environment; filters by severity and environment; activating a
// finding selects its subjects (and asks the canvas to centre them); offers quick fixes. It
// follows the document's findingsChanged() (and environment renames for its filter), and
// computes the selected finding's details once per change.
class ProblemsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ProblemsDock(QWidget* parent = nullptr);

    void setDocument(Document* document);

    QTreeView* view() const { return m_view; }
    FindingsFilter* filter() const { return m_filter; }
    QToolButton* fixButton() const { return m_fix; }
    QComboBox* environmentFilter() const { return m_environment; }
    QCheckBox* groupButton() const { return m_group; }
    // How many times the details of the selected finding were computed (for tests).
    int detailsUpdates() const { return m_detailsUpdates; }
    QToolButton* severityButton(int severity) const { return m_severity[severity]; }

    // Fills `menu` with the quick fixes of the finding at the view's row; false when none.
    bool fillFixesMenu(QMenu* menu, const QModelIndex& viewIndex);

Q_SIGNALS:
    // The user activated a finding: its subjects should be centred on the canvas.
    void subjectsActivated(const QStringList& ids);
    // "Open the Sizing advisor" of a capacity finding: the advisor for that environment.
    void sizingRequested(const QString& environmentId);

private:
    void activate(const QModelIndex& viewIndex);
    void updateDetails();
    void updateFilters();
    void refreshEnvironments();
    void setGrouped(bool grouped);
    void decorateGroups(int first, int last);
    void rememberCurrent();
    void restoreCurrent();
    void showContextMenu(const QPoint& pos);
    const Finding* findingAt(const QModelIndex& viewIndex) const;

    QPointer<Document> m_document;
    RefreshScheduler* m_refresh = nullptr;
    FindingsModel* m_model;
    FindingsFilter* m_filter;
    QTreeView* m_view;
    QToolButton* m_severity[3] = {};
    QComboBox* m_environment;
    QCheckBox* m_group;
    QToolButton* m_fix;
    QMenu* m_fixesMenu;
    QLabel* m_details;
    std::optional<Finding> m_current; // the selected finding while the model reloads
    bool m_restoring = false;
    int m_detailsUpdates = 0;
};

} // namespace topo
