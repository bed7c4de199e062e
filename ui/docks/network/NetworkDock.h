#pragma once

#include "core/flows/FlowGroups.h"
#include "ui/canvas/CanvasScene.h"

#include <QDockWidget>
#include <QPointer>

#include <functional>
#include <optional>
#include <vector>

class QComboBox;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace topo {

class Document;
class EnvironmentChooser;
class RefreshScheduler;

// The Network view: the network flows of the chosen environment (or all) as the rows of a
// firewall request (network-flows.md, the same computation as `topology-cli flows --group`),
// each row expandable to its per-host flows, filtered by kind. Choosing a row selects its
// ends and draws its flows on the canvas; Copy puts the chosen rows (or all shown) on the
// clipboard as CSV, Export CSV… writes the per-host flows shown. Follows every edit, only
// while it is on screen.
class NetworkDock : public QDockWidget {
    Q_OBJECT
public:
    explicit NetworkDock(QWidget* parent = nullptr);

    void setDocument(Document* document);

    QTreeWidget* flowsView() const { return m_view; }
    EnvironmentChooser* environmentBox() const { return m_environment; }
    QComboBox* kindBox() const { return m_kind; }

    // Where to save; tests replace it to answer without a dialog.
    std::function<QString(const QString& suggestion)> askSavePath;
    std::function<void(const QString& title, const QString& text)> reportError;

    // Writes the per-host flows shown (environment and kind filter) as CSV through the
    // checked atomic write; false (reported) when it fails.
    bool saveCsv(const QString& path);
    // The shown rows (the chosen ones, else all) as CSV, as Copy puts them on the clipboard.
    QString copiedText() const;

Q_SIGNALS:
    // The chosen row's flows, for the canvas to draw (none: clear).
    void flowsChosen(const std::vector<topo::CanvasScene::Flow>& flows);
    // The elements of the chosen rows, for the canvas to bring into view.
    void elementsActivated(const QStringList& ids);

private:
    void refresh();
    void choose();
    void expand(QTreeWidgetItem* item);
    void exportCsv();
    // The kind the filter shows (none: every kind).
    std::optional<FlowKind> chosenKind() const;
    // The rows shown: the chosen environment's, of the chosen kind.
    std::vector<FlowGroupRow> shownRows() const;

    QPointer<Document> m_document;
    RefreshScheduler* m_refresh = nullptr;
    EnvironmentChooser* m_environment;
    QComboBox* m_kind;
    QTreeWidget* m_view;
    QPushButton* m_copy;
    QPushButton* m_export;
    std::vector<FlowGroupRow> m_rows; // the rows the view shows, in its order
};

} // namespace topo
