#include "ui/docks/analysis/HealthIcon.h"

#include <QPainter>
#include <QPixmap>

#include <array>

namespace topo {

namespace {

QIcon drawDot(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

} // namespace

const QIcon& healthIcon(Health health)
{
    static const std::array<QIcon, 3> icons = {drawDot(QColor(0x16, 0xA3, 0x4A)),
                                               drawDot(QColor(0xDC, 0x26, 0x26)),
                                               drawDot(QColor(0x94, 0xA3, 0xB8))};
    return icons[static_cast<std::size_t>(health)];
}

} // namespace topo
