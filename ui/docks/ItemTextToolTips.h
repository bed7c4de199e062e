#pragma once

#include <QObject>

class QAbstractItemView;

namespace topo {

// Gives every item of a view whose model has no tooltips of its own (the History's undo
// view) its full text as tooltip, so that an entry cut by the dock's width can be read.
class ItemTextToolTips : public QObject {
    Q_OBJECT
public:
    // Follows `view` (the object lives as long as the view).
    static void install(QAbstractItemView* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ItemTextToolTips(QAbstractItemView* view);

    QAbstractItemView* m_view;
};

} // namespace topo
