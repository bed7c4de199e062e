#pragma once

#include <QLineEdit>
#include <QObject>
#include <QPointer>

#include <string>

namespace topo {

class CanvasView;

// Renaming an element where it is drawn: a double-click on a card or a frame, or F2 on the
// focused (or the one selected) element, opens a text field over it holding its name. Enter
// or a click elsewhere renames it in one undo step ("Rename PROD-FE-01 to QA-FE-01"), Esc
// leaves it as it was. A name the inspector would refuse (empty, too long, a server's name
// that is no host name) keeps the field open with the reason as its tooltip.
class InPlaceRename : public QObject {
    Q_OBJECT
public:
    // Lives as long as `canvas` and watches its viewport and keys.
    static InPlaceRename* attach(CanvasView* canvas);

    // Opens the field on `id`; false when nothing with a name has that id.
    bool begin(const std::string& id);
    // The open field, or null.
    QLineEdit* editor() const { return m_editor; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit InPlaceRename(CanvasView* canvas);
    void place();
    // Renames with the field's text; false (the field stays) when the name is refused.
    bool commit();
    void close();

    CanvasView* m_canvas;
    QPointer<QLineEdit> m_editor;
    std::string m_id;
};

} // namespace topo
