#include "editor/paint/CompareMarks.h"

#include "editor/paint/PaintPrimitives.h"

#include <QPainter>

namespace topo {

std::optional<CompareMark> CompareView::markOf(const std::string& id) const
{
    const auto it = marks.find(id);
    return it == marks.end() ? std::nullopt : std::optional<CompareMark>(it->second);
}

bool CompareView::isGhost(const std::string& id) const
{
    const auto mark = markOf(id);
    return mark &&
           *mark == (side == CompareSide::After ? CompareMark::Removed : CompareMark::Added);
}

QColor compareColor(CompareMark mark, const Theme& theme)
{
    switch (mark) {
    case CompareMark::Added:
        return theme.isDark ? QColor(0x4A, 0xDE, 0x80) : QColor(0x16, 0xA3, 0x4A);
    case CompareMark::Changed:
    case CompareMark::Moved:
        return theme.isDark ? QColor(0xFB, 0xBF, 0x24) : QColor(0xD9, 0x77, 0x06);
    case CompareMark::Removed:
        return theme.severityColor(Severity::Error);
    }
    return theme.text;
}

QString compareTag(CompareMark mark)
{
    switch (mark) {
    case CompareMark::Added:
        return paint::tr("ADDED");
    case CompareMark::Changed:
        return paint::tr("CHANGED");
    case CompareMark::Moved:
        return paint::tr("MOVED");
    case CompareMark::Removed:
        return paint::tr("REMOVED");
    }
    return {};
}

void drawCompareMark(QPainter& p, const QRectF& rect, CompareMark mark, bool ghost,
                     const Theme& theme)
{
    const QColor color = compareColor(mark, theme);
    const QRectF box = rect.adjusted(-3, -3, 3, 3);
    p.save();
    if (ghost) {
        QColor veil = theme.background;
        veil.setAlpha(theme.isDark ? 170 : 160);
        p.setPen(Qt::NoPen);
        p.setBrush(veil);
        p.drawRoundedRect(rect, 6, 6);
    }
    QPen outline(color, ghost ? 2 : 3);
    if (ghost)
        outline.setDashPattern({4, 3});
    p.setPen(outline);
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(box, 7, 7);
    if (!paint::simplified(p)) {
        QFont font = theme.smallFont;
        font.setBold(true);
        const QColor text = theme.isDark ? QColor(0x11, 0x18, 0x27) : QColor(Qt::white);
        paint::drawPill(p, {box.left() + 10, box.top() - 8}, 16, compareTag(mark), color, text,
                        font);
    }
    p.restore();
}

} // namespace topo
