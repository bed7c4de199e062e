#pragma once

#include "editor/paint/Theme.h"

#include <QGraphicsItem>
#include <QString>

#include <vector>

namespace topo {

// The network flows chosen in the Network view, drawn over the canvas: an arrow from each
// source to each destination with the port, and a caption at the free end of an arrow from or
// to something outside the design (end users, OutSystems telemetry).
class FlowLinesItem : public QGraphicsItem {
public:
    struct Line {
        QRectF from;     // the source's rectangle; empty: outside the design, above `to`
        QRectF to;       // the destination's; empty: outside the design, above `from`
        QString outside; // what the free end stands for
        QString label;   // "12000/TCP"
    };

    FlowLinesItem();

    void setLines(std::vector<Line> lines, const Theme& theme);
    const std::vector<Line>& lines() const { return m_lines; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
               QWidget* widget = nullptr) override;

private:
    std::vector<Line> m_lines;
    QColor m_color;
    QColor m_text;
    QFont m_font;
    QRectF m_bounds;
};

} // namespace topo
