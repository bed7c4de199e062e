#include "ui/canvas/CanvasView.h"

#include "editor/document/Document.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/ElementItem.h"
#include "ui/canvas/InPlaceRename.h"
#include "ui/canvas/RemovedItem.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace topo {
namespace {

constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 4.0;
constexpr double kZoomStep = 1.25;
// Fitting a small design does not blow it up beyond this.
constexpr double kMaxFitZoom = 1.5;

} // namespace

CanvasView::CanvasView(Document* document, QWidget* parent)
    : QGraphicsView(parent), m_document(document), m_scene(new CanvasScene(document, this))
{
    setScene(m_scene);
    setObjectName(QStringLiteral("canvasView"));
    setAccessibleName(tr("Design canvas"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    // A card is picked as soon as the band touches it (the frames only by their title bars).
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorViewCenter);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontAdjustForAntialiasing);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setTheme(Theme::forPalette(palette()));
    connect(document, &Document::selectionChanged, this, &CanvasView::followSelection);
    connect(document, &Document::changed, this, [this] {
        if (!m_focusedId.empty() && !m_scene->elementItem(m_focusedId))
            m_focusedId.clear();
        updateFocusRing();
    });
    InPlaceRename::attach(this);
}

void CanvasView::setTheme(const Theme& theme)
{
    m_scene->setTheme(theme);
    setBackgroundBrush(theme.background);
    viewport()->update();
}

double CanvasView::zoom() const
{
    return transform().m11();
}

void CanvasView::setZoom(double scale)
{
    scale = std::clamp(scale, kMinZoom, kMaxZoom);
    if (std::abs(scale - zoom()) < 1e-9)
        return;
    setTransform(QTransform::fromScale(scale, scale));
    Q_EMIT zoomChanged(scale);
}

void CanvasView::zoomIn()
{
    setZoom(zoom() * kZoomStep);
}

void CanvasView::zoomOut()
{
    setZoom(zoom() / kZoomStep);
}

void CanvasView::resetZoom()
{
    setZoom(1.0);
}

void CanvasView::fitToWindow()
{
    const QRectF design = m_scene->designRect();
    if (design.isEmpty())
        return;
    fitInView(design, Qt::KeepAspectRatio);
    if (zoom() > kMaxFitZoom)
        setTransform(QTransform::fromScale(kMaxFitZoom, kMaxFitZoom));
    else if (zoom() < kMinZoom)
        setTransform(QTransform::fromScale(kMinZoom, kMinZoom));
    centerOn(design.center());
    Q_EMIT zoomChanged(zoom());
}

std::optional<QRectF> CanvasView::idRect(const std::string& id) const
{
    if (const auto rect = m_scene->itemRect(id))
        return rect;
    // A removed element of a comparison, at its old place.
    if (const RemovedItem* removed = m_scene->removedItem(id); removed && removed->isVisible())
        return removed->sceneRect();
    return std::nullopt;
}

void CanvasView::centerOnIds(const QStringList& ids, bool zoomToFit)
{
    QRectF bounds;
    for (const QString& id : ids)
        if (const auto rect = idRect(id.toStdString()))
            bounds = bounds.isNull() ? *rect : bounds.united(*rect);
    if (bounds.isNull())
        return;
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (zoomToFit &&
        (bounds.width() > visible.width() * 0.9 || bounds.height() > visible.height() * 0.9)) {
        fitInView(bounds.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
        setZoom(std::min(zoom(), kMaxFitZoom));
        Q_EMIT zoomChanged(zoom());
    }
    centerOn(bounds.center());
    Q_EMIT centredOnElements();
}

QPointF CanvasView::pastePosition() const
{
    const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
    if (viewport()->rect().contains(cursor))
        return mapToScene(cursor);
    return mapToScene(viewport()->rect().center());
}

void CanvasView::wheelEvent(QWheelEvent* event)
{
    // As in diagram editors and browsers: the wheel scrolls, Shift+wheel scrolls sideways and
    // Ctrl+wheel zooms about the point under the mouse.
    const Qt::KeyboardModifiers mods = event->modifiers();
    const double steps = event->angleDelta().y() / 120.0;
    if (mods & Qt::ControlModifier) {
        if (steps != 0) {
            setTransformationAnchor(AnchorUnderMouse);
            setZoom(zoom() * std::pow(1.15, steps));
            setTransformationAnchor(AnchorViewCenter);
        }
        event->accept();
        return;
    }
    if ((mods & Qt::ShiftModifier) && event->angleDelta().x() == 0) {
        QScrollBar* bar = horizontalScrollBar();
        const int delta = event->pixelDelta().y() != 0 ? event->pixelDelta().y()
                                                       : int(steps * bar->singleStep() * 3);
        bar->setValue(bar->value() - delta);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent* event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
    } else if (event->matches(QKeySequence::ZoomIn) || (ctrl && event->key() == Qt::Key_Equal)) {
        zoomIn();
    } else if (event->matches(QKeySequence::ZoomOut) || (ctrl && event->key() == Qt::Key_Minus)) {
        zoomOut();
    } else if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        deleteSelection();
    } else if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
    } else if (handleKeyboardKey(event)) {
        // arrows, the Menu key (CanvasViewKeys.cpp)
    } else {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void CanvasView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->unsetCursor();
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::mousePressEvent(QMouseEvent* event)
{
    const bool pan =
        event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld);
    if (!pan) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    m_panning = true;
    m_panLast = event->position().toPoint();
    viewport()->setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void CanvasView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_panning) {
        QGraphicsView::mouseMoveEvent(event);
        updateFocusRing(); // a drag carries the focused card along
        return;
    }
    const QPoint pos = event->position().toPoint();
    const QPoint delta = pos - m_panLast;
    m_panLast = pos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
    event->accept();
}

void CanvasView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_panning) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    m_panning = false;
    if (m_spaceHeld)
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->unsetCursor();
    event->accept();
}

void CanvasView::drawBackground(QPainter* painter, const QRectF& rect)
{
    const Theme& theme = m_scene->paintOptions().theme;
    painter->fillRect(rect, theme.background);
    // The snapping grid as dots, only where it is legible.
    constexpr double kStep = 20;
    if (zoom() < 0.6)
        return;
    painter->setPen(QPen(theme.grid, 2 / zoom()));
    const double left = std::floor(rect.left() / kStep) * kStep;
    const double top = std::floor(rect.top() / kStep) * kStep;
    QVector<QPointF> dots;
    for (double x = left; x < rect.right(); x += kStep)
        for (double y = top; y < rect.bottom(); y += kStep)
            dots.append(QPointF(x, y));
    painter->drawPoints(dots.constData(), int(dots.size()));
}

} // namespace topo
