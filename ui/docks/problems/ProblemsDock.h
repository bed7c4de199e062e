#pragma once

#include <QDockWidget>
#include <QPointer>

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
struct Finding;

// Lists the findings of the live validation: filters by severity and environment; activating
// a finding selects its subjects (and asks the canvas to centre them); offers quick fixes.
class ProblemsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ProblemsDock(QWidget* parent = nullptr);

    void setDocument(Document* document);

    QTreeView* view() const { return m_view; }
    FindingsFilter* filter() const { return m_filter; }
    QToolButton* fixButton() const { return m_fix; }
    QComboBox* environmentFilter() const { return m_environment; }
    QToolButton* severityButton(int severity) const { return m_severity[severity]; }

    // Fills `menu` with the quick fixes of the finding at the view's row; false when none.
    bool fillFixesMenu(QMenu* menu, const QModelIndex& viewIndex);

Q_SIGNALS:
    // The user activated a finding: its subjects should be centred on the canvas.
    void subjectsActivated(const QStringList& ids);

private:
    void activate(const QModelIndex& viewIndex);
    void updateDetails();
    void updateFilters();
    void showContextMenu(const QPoint& pos);
    const Finding* findingAt(const QModelIndex& viewIndex) const;

    QPointer<Document> m_document;
    RefreshScheduler* m_refresh = nullptr;
    FindingsModel* m_model;
    FindingsFilter* m_filter;
    QTreeView* m_view;
    QToolButton* m_severity[3] = {};
    QComboBox* m_environment;
    QToolButton* m_fix;
    QMenu* m_fixesMenu;
    QLabel* m_details;
};

} // namespace topo
