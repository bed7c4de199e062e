#pragma once

#include "ui/docks/DrawnAnalyses.h"
#include "ui/docks/EnvironmentChooser.h"

#include <QDockWidget>
#include <QPointer>

#include <string>
#include <vector>

class QComboBox;
class QScrollArea;

namespace topo {

class Document;
class RefreshScheduler;
class ScalingView;
struct DocumentChange;

// The scaling view of the designer: for the environment picked in its combo box (which
// follows the environment of the canvas selection), how each role scales, drawn with the
// painter of `topology-cli export --view scaling`. Redrawn in the same call as every change.
// It takes the height the bottom docks have (choosing its tab never resizes the canvas): the
// picture scrolls, "Fit width" fitting its width down to 50 %.
class ScalingDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ScalingDock(QWidget* parent = nullptr);

    void setDocument(Document* document);

    EnvironmentChooser* environmentBox() const { return m_environment; }
    QComboBox* zoomBox() const { return m_zoomBox; }
    ScalingView* view() const { return m_view; }
    // The environment shown ("" = every environment).
    std::string environment() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The environments the picture shows: the chosen one, or every one.
    std::vector<std::string> shownEnvironments() const;
    void rebuild();
    void applyZoom();

    QPointer<Document> m_document;
    RefreshScheduler* m_refresh = nullptr;
    DrawnAnalyses m_drawn;
    EnvironmentChooser* m_environment;
    QComboBox* m_zoomBox;
    QScrollArea* m_scroll;
    ScalingView* m_view;
};

} // namespace topo
