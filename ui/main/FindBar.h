#pragma once

#include "core/edit/ElementSearch.h"

#include <QFrame>
#include <QPointer>

#include <vector>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;
class QTreeWidget;

namespace topo {

class Document;
class MainWindow;

// The find bar above the canvas (Edit › Find…, Ctrl+F): finds elements by name, id, role
// or host name as the user types, lists the hits (name, kind, environment) and selects and
// centres the current one; Find next / Find previous (F3 / Shift+F3, Enter / Shift+Enter in
// the field) step through the hits, wrapping; Esc closes the bar. The hits follow every edit.
class FindBar : public QFrame {
    Q_OBJECT
public:
    explicit FindBar(MainWindow* window);

    // Adds Find…, Find next and Find previous to `menu` (window-wide shortcuts).
    void addActions(QMenu* menu);

    QLineEdit* field() const { return m_field; }
    QLabel* countLabel() const { return m_count; }
    QTreeWidget* hitList() const { return m_list; }
    const std::vector<SearchHit>& hits() const { return m_hits; }
    int currentHit() const { return m_current; } // -1 when none

public Q_SLOTS:
    void openBar();
    void closeBar();
    void findNext();
    void findPrevious();
    // Puts `text` in the field and searches, as typing it does.
    void setQuery(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void attach(Document* document);
    void ensureShown();
    // Runs the search again; `showFirst` selects and centres the first hit (typing).
    void search(bool showFirst);
    void step(int delta);
    void showHit(int index);
    void fillList();
    void updateCount();

    MainWindow* m_window;
    QPointer<Document> m_document;
    QLineEdit* m_field;
    QLabel* m_count;
    QToolButton* m_previous;
    QToolButton* m_next;
    QTreeWidget* m_list;
    std::vector<SearchHit> m_hits;
    int m_current = -1;
    bool m_filling = false;
    QList<QAction*> m_actions;
};

} // namespace topo
