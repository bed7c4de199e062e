#pragma once

#include <QByteArray>
#include <QFont>
#include <QHash>
#include <QPaintEngine>
#include <QPen>
#include <QTransform>

#include <functional>

namespace topo {

// A paint engine writing compact SVG markup, the body of svgBytes(): every distinct style
// once as a CSS class (styleSheet()) that elements name, a group only where the
// transformation changes, and a shape drawn more than once (a badge, an icon at the same
// place of every card) defined once and drawn with <use>. Like Qt's own SVG generator it
// keeps text as <text> and does not clip. The body is written to one byte array as painting
// goes: nothing else of the drawing is kept.
class SvgPaintEngine : public QPaintEngine {
public:
    // `classPrefix` starts every class and definition name: two pictures inlined in one HTML
    // page must not share names, as their style sheets apply to the whole page.
    explicit SvgPaintEngine(QByteArray classPrefix);

    bool begin(QPaintDevice* device) override;
    bool end() override;
    void updateState(const QPaintEngineState& state) override;
    void drawPath(const QPainterPath& path) override;
    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override;
    void drawRects(const QRectF* rects, int count) override;
    void drawEllipse(const QRectF& rect) override;
    void drawTextItem(const QPointF& position, const QTextItem& item) override;
    void drawPixmap(const QRectF& target, const QPixmap& pixmap, const QRectF& source) override;
    void drawImage(const QRectF& target, const QImage& image, const QRectF& source,
                   Qt::ImageConversionFlags flags) override;
    Type type() const override { return QPaintEngine::SVG; }

    // The whole document once painting ended: `opening`, a <style> with one rule per class,
    // the markup drawn, <defs> with the shapes drawn more than once, `closing`. The markup is
    // not copied (the engine is left empty): the head goes into room kept before it.
    QByteArray takeDocument(const QByteArray& opening, const QByteArray& closing);

private:
    enum class Fill { Brush, None };
    // A shape's attributes with coordinates relative to a point.
    using Geometry = std::function<QByteArray(QPointF origin)>;
    // Written in full, or as a <use> at `origin` of the same shape drawn before.
    void writeShape(const char* element, const Geometry& geometry, QPointF origin, Fill fill,
                    Qt::FillRule rule = Qt::OddEvenFill);
    QByteArray styleClass(QByteArray declarations);
    QByteArray shapeDeclarations(Fill fill, Qt::FillRule rule) const;
    void syncTransform();

    QByteArray m_prefix;
    QByteArray m_body;
    QByteArray m_defs;
    QHash<QByteArray, QByteArray> m_classes; // declarations -> class name
    QByteArray m_rules;                      // the style sheet, one rule per class
    // Hashes of the shapes drawn so far (not their text, to keep memory low): the number of
    // their definition once drawn twice, else -1.
    QHash<size_t, int> m_shapes;
    int m_definitionCount = 0;
    QPen m_pen;
    QBrush m_brush;
    double m_opacity = 1;
    QFont m_textFont; // the last text's font and its CSS families
    QByteArray m_textFamilies;
    QTransform m_transform;
    QTransform m_groupTransform;
    bool m_groupOpen = false;
};

} // namespace topo
