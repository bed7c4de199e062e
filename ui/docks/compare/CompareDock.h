#pragma once

#include <QDockWidget>
#include <QPointer>

#include <functional>

class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace topo {

class Document;
class RefreshScheduler;

// The comparison of the open design with another one (File › Compare with…): the element
// changes with each member's old and new value, the findings that appear and disappear, and
// the analysis figures that differ per environment. A row selects its elements and asks the
// canvas to centre them; the list follows every edit. Saves the comparison as an HTML page
// or a picture with the canvas marks.
class CompareDock : public QDockWidget {
    Q_OBJECT
public:
    explicit CompareDock(QWidget* parent = nullptr);

    void setDocument(Document* document);

    QTreeWidget* changesView() const { return m_view; }
    QLabel* titleLabel() const { return m_title; }
    // The top-level group rows: element changes, findings, figures.
    QTreeWidgetItem* elementsGroup() const;

    // Where to save; tests replace it to answer without a dialog.
    std::function<QString(const QString& suggestion, const QString& filter)> askSavePath;
    std::function<void(const QString& title, const QString& text)> reportError;

    bool saveHtml(const QString& path);
    bool savePicture(const QString& path); // PNG or SVG by the file name's ending

Q_SIGNALS:
    void elementsActivated(const QStringList& ids);

private:
    enum class Output { Html, Svg, Png };

    void refresh();
    bool save(const QString& path, Output output);
    void activate(QTreeWidgetItem* item);
    void exportHtml();
    void exportPicture();
    QString baseName() const;

    QPointer<Document> m_document;
    RefreshScheduler* m_refresh = nullptr;
    QLabel* m_title;
    QTreeWidget* m_view;
    QToolButton* m_side;
    QToolButton* m_html;
    QToolButton* m_picture;
    QToolButton* m_stop;
};

} // namespace topo
