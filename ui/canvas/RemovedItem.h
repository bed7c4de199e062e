#pragma once

#include "core/edit/ElementLookup.h"
#include "editor/paint/CompareMarks.h"

#include <QGraphicsItem>

#include <memory>
#include <string>

namespace topo {

// An element of the compared design that the open design no longer has, at its old place:
// a dashed ghost while the canvas shows the open design, drawn as it was (marked removed)
// while it shows the compared one. Not selectable: it is not part of the open design.
class RemovedItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };

    RemovedItem(const std::string& id, ElementValue element,
                std::shared_ptr<const CompareView> view);

    int type() const override { return Type; }
    const std::string& id() const { return m_id; }
    bool isGhost() const { return m_view->isGhost(m_id); }
    QRectF sceneRect() const { return QRectF(pos(), m_size); }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    std::string m_id;
    ElementValue m_element;
    std::shared_ptr<const CompareView> m_view;
    QSizeF m_size;
};

} // namespace topo
