#include "ui/docks/scaling/ScalingView.h"

#include "editor/paint/ScalingChanges.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace topo {

ScalingView::ScalingView(QWidget* parent) : QWidget(parent), m_theme(Theme::forPalette(palette()))
{
    setObjectName(QStringLiteral("scalingView"));
    setAccessibleName(tr("Scaling picture"));
    setAutoFillBackground(false);
}

void ScalingView::setPicture(std::optional<ScalingPainter> painter)
{
    // A picture with the same layout repaints only what it draws differently.
    std::optional<std::vector<QRectF>> areas;
    if (m_painter && painter)
        areas = changedAreas(*m_painter, *painter);
    m_painter = std::move(painter);
    updateSize();
    if (!areas) {
        update();
        return;
    }
    const QPointF origin = m_painter->bounds().topLeft();
    for (const QRectF& area : *areas)
        update(QRectF((area.topLeft() - origin) * m_zoom, area.size() * m_zoom)
                   .toAlignedRect()
                   .adjusted(-1, -1, 1, 1));
}

void ScalingView::setZoom(double zoom)
{
    if (zoom <= 0 || std::abs(zoom - m_zoom) < 1e-6)
        return;
    m_zoom = zoom;
    updateSize();
    update();
}

QSize ScalingView::sizeHint() const
{
    if (!m_painter || m_painter->isEmpty())
        return {200, 120};
    const QSizeF size = m_painter->bounds().size() * m_zoom;
    return {static_cast<int>(std::ceil(size.width())), static_cast<int>(std::ceil(size.height()))};
}

void ScalingView::updateSize()
{
    resize(sizeHint());
}

void ScalingView::paintEvent(QPaintEvent* event)
{
    QPainter p(this);
    p.fillRect(event->rect(), m_theme.background);
    if (!m_painter || m_painter->isEmpty()) {
        p.setPen(m_theme.mutedText);
        p.drawText(rect(), Qt::AlignCenter, tr("No environment to show."));
        return;
    }
    p.setRenderHint(QPainter::Antialiasing);
    // Only the environments in the repainted area are drawn (ScalingPainter reads the clip).
    p.setClipRegion(event->region());
    p.scale(m_zoom, m_zoom);
    p.translate(-m_painter->bounds().topLeft());
    m_painter->paint(p, m_theme, false);
}

QString ScalingView::toolTipAt(const QPoint& position) const
{
    if (!m_painter || m_painter->isEmpty())
        return {};
    return m_painter->toolTipAt(QPointF(position) / m_zoom + m_painter->bounds().topLeft());
}

bool ScalingView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void ScalingView::changeEvent(QEvent* event)
{
    // The picture follows the application's light or dark look, as the canvas does.
    if (event->type() == QEvent::PaletteChange) {
        m_theme = Theme::forPalette(palette());
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace topo
