#include "ui/docks/overview/OverviewDock.h"

#include "editor/document/Document.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace topo {

namespace {

constexpr double kMargin = 6; // pixels around the design
// After edits the picture is painted again once they pause for this long (milliseconds), and
// at the latest this long after the first edit it does not show: typing or dragging on a
// large design is not slowed by a picture nobody reads mid-gesture.
constexpr qint64 kEditPause = 300;
constexpr qint64 kEditLagAtMost = 1500;

} // namespace

OverviewWidget::OverviewWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("overview"));
    setAccessibleName(tr("Overview of the design"));
    setToolTip(tr("Drag the rectangle to move the view; click to centre the view there"));
    setMinimumSize(120, 80);
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(0);
    connect(&m_renderTimer, &QTimer::timeout, this, &OverviewWidget::render);
}

void OverviewWidget::setCanvas(CanvasView* canvas)
{
    if (m_canvas == canvas)
        return;
    if (m_canvas)
        m_canvas->viewport()->removeEventFilter(this);
    m_canvas = canvas;
    m_picture = QPixmap();
    m_area = QRectF();
    scheduleRender();
    if (!canvas)
        return;
    // The rectangle follows every scroll, zoom and resize of the canvas.
    const auto follow = [this] { update(); };
    for (QScrollBar* bar : {canvas->horizontalScrollBar(), canvas->verticalScrollBar()}) {
        connect(bar, &QScrollBar::valueChanged, this, follow);
        connect(bar, &QScrollBar::rangeChanged, this, follow);
    }
    connect(canvas, &CanvasView::zoomChanged, this, follow);
    canvas->viewport()->installEventFilter(this);
    // The picture follows the design: once per change turn, however many signals it sends.
    Document* document = canvas->document();
    for (auto signal :
         {&Document::findingsChanged, &Document::selectionChanged, &Document::failuresChanged})
        connect(document, signal, this, &OverviewWidget::scheduleRenderAfterEdit);
    connect(document, &Document::changed, this, &OverviewWidget::scheduleRenderAfterEdit);
}

void OverviewWidget::scheduleRender()
{
    m_stale = true;
    if (isVisible())
        m_renderTimer.start(0);
    else
        update();
}

void OverviewWidget::scheduleRenderAfterEdit()
{
    if (!m_stale || !m_staleFor.isValid())
        m_staleFor.start();
    m_stale = true;
    if (isVisible())
        m_renderTimer.start(
            int(std::clamp(kEditLagAtMost - m_staleFor.elapsed(), qint64(0), kEditPause)));
}

void OverviewWidget::render()
{
    m_stale = false;
    m_staleFor.invalidate();
    m_picture = QPixmap();
    m_area = QRectF();
    if (m_canvas && width() > 2 * kMargin && height() > 2 * kMargin) {
        m_area = m_canvas->canvasScene()->designRect();
        if (!m_area.isEmpty()) {
            const qreal ratio = devicePixelRatioF();
            m_picture = QPixmap(size() * ratio);
            m_picture.setDevicePixelRatio(ratio);
            m_picture.fill(m_canvas->backgroundBrush().color());
            QPainter painter(&m_picture);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
            const QTransform map = sceneToWidget();
            m_canvas->canvasScene()->renderWithoutLines(&painter, map.mapRect(m_area), m_area);
            ++m_renders;
        }
    }
    update();
}

QTransform OverviewWidget::sceneToWidget() const
{
    if (m_area.isEmpty())
        return {};
    const double scale = std::min((width() - 2 * kMargin) / m_area.width(),
                                  (height() - 2 * kMargin) / m_area.height());
    const QPointF offset((width() - m_area.width() * scale) / 2,
                         (height() - m_area.height() * scale) / 2);
    return QTransform::fromTranslate(-m_area.left(), -m_area.top()) *
           QTransform::fromScale(scale, scale) * QTransform::fromTranslate(offset.x(), offset.y());
}

QRectF OverviewWidget::designFrame() const
{
    return sceneToWidget().mapRect(m_area);
}

QRectF OverviewWidget::visibleFrame() const
{
    if (!m_canvas || m_area.isEmpty())
        return {};
    const QRectF visible = m_canvas->mapToScene(m_canvas->viewport()->rect()).boundingRect();
    return sceneToWidget().mapRect(visible);
}

void OverviewWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (m_stale && isVisible() && !m_renderTimer.isActive())
        m_renderTimer.start();
    if (m_picture.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         m_canvas ? tr("The design is empty") : tr("No design open"));
        return;
    }
    painter.drawPixmap(0, 0, m_picture);
    // The visible area: a highlight-coloured frame over a light veil, drawn inside the widget
    // when the view shows more than the design.
    const QRectF frame = visibleFrame().intersected(QRectF(rect()).adjusted(1, 1, -1, -1));
    QColor veil = palette().color(QPalette::Highlight);
    veil.setAlpha(40);
    painter.fillRect(frame, veil);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawRect(frame);
}

void OverviewWidget::centreCanvasAt(const QPointF& widgetPoint)
{
    if (!m_canvas || m_area.isEmpty())
        return;
    bool invertible = false;
    const QTransform toScene = sceneToWidget().inverted(&invertible);
    if (invertible)
        m_canvas->centerOn(toScene.map(widgetPoint));
}

void OverviewWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_canvas) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QRectF frame = visibleFrame();
    // Held inside the rectangle, the rectangle moves with the mouse from where it was held;
    // a click elsewhere centres the view there first.
    m_grab = frame.contains(event->position()) ? event->position() - frame.center() : QPointF();
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    centreCanvasAt(event->position() - m_grab);
    event->accept();
}

void OverviewWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging)
        centreCanvasAt(event->position() - m_grab);
    else
        setCursor(visibleFrame().contains(event->position()) ? Qt::OpenHandCursor
                                                             : Qt::ArrowCursor);
}

void OverviewWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        setCursor(Qt::OpenHandCursor);
    }
}

void OverviewWidget::resizeEvent(QResizeEvent*)
{
    scheduleRender();
}

void OverviewWidget::showEvent(QShowEvent*)
{
    if (m_stale)
        m_renderTimer.start();
}

void OverviewWidget::changeEvent(QEvent* event)
{
    // A new theme: the picture is painted again in its colours.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        scheduleRender();
    QWidget::changeEvent(event);
}

bool OverviewWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (m_canvas && watched == m_canvas->viewport() && event->type() == QEvent::Resize)
        update();
    return QWidget::eventFilter(watched, event);
}

OverviewDock::OverviewDock(QWidget* parent)
    : QDockWidget(tr("Overview"), parent), m_overview(new OverviewWidget(this))
{
    setObjectName(QStringLiteral("overviewDock"));
    setWidget(m_overview);
}

} // namespace topo
