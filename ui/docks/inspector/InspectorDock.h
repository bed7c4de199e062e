#pragma once

#include <QDockWidget>
#include <QHash>
#include <QPointer>

class QLabel;
class QVBoxLayout;

namespace topo {

class Document;
class DesignEditor;
class ElementEditor;
class EnvironmentEditor;

// Shows the editor that fits the selection: the design header when nothing is selected, one
// editor per element kind, the shared fields of several servers.
class InspectorDock : public QDockWidget {
    Q_OBJECT
public:
    explicit InspectorDock(QWidget* parent = nullptr);

    void setDocument(Document* document);
    // The editor shown now (nullptr when the selection mixes kinds).
    ElementEditor* currentEditor() const;
    // Updates the editors from the model now (normally done once control returns to the loop).
    void refreshNow();

private:
    void scheduleRefresh();
    void addEditor(const QString& kind, ElementEditor* editor);
    void showPage(QWidget* page);

    QPointer<Document> m_document;
    // The pages live in a plain layout with all but one hidden: unlike a stacked widget,
    // hidden pages then do not widen the dock.
    QWidget* m_pages;
    QVBoxLayout* m_layout;
    QWidget* m_current = nullptr;
    QLabel* m_mixed;
    QHash<QString, ElementEditor*> m_editors;
    bool m_refreshPending = false;
};

} // namespace topo
