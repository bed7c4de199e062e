#include "editor/export/SvgPaintEngine.h"

#include "editor/export/SvgFonts.h"

#include <QBuffer>
#include <QImage>
#include <QPainterPath>
#include <QPixmap>
#include <QTextItem>

#include <charconv>
#include <cmath>

namespace topo {

namespace {

// Shapes whose geometry is shorter than this are written out each time: a <use> would not
// be shorter.
constexpr qsizetype kMinSharedGeometry = 48;
// The room kept before the markup for the document's opening and style sheet, complete only
// once everything is drawn (one rule per distinct style: some kilobytes whatever the size of
// the design): they fill it at the end, where prepending them would copy the whole markup.
constexpr qsizetype kHeadRoom = 64 * 1024;

// Six significant digits, as Qt's generator writes; "-0" as "0".
void appendNumber(QByteArray& out, double value)
{
    if (std::abs(value) < 5e-7)
        value = 0;
    char buffer[32];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 6);
    out.append(buffer, result.ptr - buffer);
}

void appendPoint(QByteArray& out, double x, double y)
{
    appendNumber(out, x);
    out.append(',');
    appendNumber(out, y);
}

void appendColor(QByteArray& out, const char* property, const char* opacityProperty,
                 const QColor& color)
{
    char hex[8];
    std::snprintf(hex, sizeof hex, "#%02x%02x%02x", color.red(), color.green(), color.blue());
    out.append(property).append(':').append(hex).append(';');
    if (color.alpha() != 255) {
        out.append(opacityProperty).append(':');
        appendNumber(out, color.alphaF());
        out.append(';');
    }
}

const char* capName(Qt::PenCapStyle cap)
{
    switch (cap) {
    case Qt::FlatCap:
        return "butt";
    case Qt::RoundCap:
        return "round";
    default:
        return "square";
    }
}

const char* joinName(Qt::PenJoinStyle join)
{
    switch (join) {
    case Qt::MiterJoin:
    case Qt::SvgMiterJoin:
        return "miter";
    case Qt::RoundJoin:
        return "round";
    default:
        return "bevel";
    }
}

void appendPen(QByteArray& out, const QPen& pen)
{
    if (pen.style() == Qt::NoPen || pen.brush().style() == Qt::NoBrush) {
        out.append("stroke:none;");
        return;
    }
    appendColor(out, "stroke", "stroke-opacity", pen.color());
    const double width = pen.widthF() == 0 ? 1 : pen.widthF();
    out.append("stroke-width:");
    appendNumber(out, width);
    out.append(";stroke-linecap:").append(capName(pen.capStyle()));
    out.append(";stroke-linejoin:").append(joinName(pen.joinStyle())).append(';');
    if (pen.joinStyle() == Qt::MiterJoin || pen.joinStyle() == Qt::SvgMiterJoin) {
        out.append("stroke-miterlimit:");
        appendNumber(out, pen.miterLimit());
        out.append(';');
    }
    if (pen.style() != Qt::SolidLine) {
        // SVG dashes are lengths; Qt's are multiples of the pen width.
        out.append("stroke-dasharray:");
        const QList<qreal> pattern = pen.dashPattern();
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendNumber(out, pattern[i] * width);
        }
        out.append(';');
        if (pen.dashOffset() != 0) {
            out.append("stroke-dashoffset:");
            appendNumber(out, pen.dashOffset() * width);
            out.append(';');
        }
    }
    if (pen.isCosmetic())
        out.append("vector-effect:non-scaling-stroke;");
}

QByteArray escapedText(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray pngDataUrl(const QImage& image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return "data:image/png;base64," + png.toBase64();
}

} // namespace

SvgPaintEngine::SvgPaintEngine(QByteArray classPrefix)
    // Gradients and brushed pens (unused by the painters) are left to QPainter's emulation.
    : QPaintEngine(QPaintEngine::PaintEngineFeatures(
          QPaintEngine::AllFeatures &
          ~(QPaintEngine::PatternBrush | QPaintEngine::PerspectiveTransform |
            QPaintEngine::ConicalGradientFill | QPaintEngine::LinearGradientFill |
            QPaintEngine::RadialGradientFill | QPaintEngine::BrushStroke |
            QPaintEngine::PorterDuff))),
      m_prefix(std::move(classPrefix)), m_body(kHeadRoom, ' ')
{
}

bool SvgPaintEngine::begin(QPaintDevice*)
{
    setActive(true);
    return true;
}

bool SvgPaintEngine::end()
{
    if (m_groupOpen)
        m_body.append("</g>\n");
    m_groupOpen = false;
    setActive(false);
    return true;
}

void SvgPaintEngine::updateState(const QPaintEngineState& state)
{
    const QPaintEngine::DirtyFlags flags = state.state();
    if (flags & DirtyPen)
        m_pen = state.pen();
    if (flags & DirtyBrush)
        m_brush = state.brush();
    if (flags & DirtyOpacity)
        m_opacity = state.opacity();
    if (flags & DirtyTransform)
        m_transform = state.transform();
}

void SvgPaintEngine::syncTransform()
{
    if (m_groupOpen && m_groupTransform == m_transform)
        return;
    if (m_groupOpen)
        m_body.append("</g>\n");
    m_groupTransform = m_transform;
    m_body.append("<g transform=\"");
    const QTransform& t = m_transform;
    if (t.type() <= QTransform::TxTranslate) {
        m_body.append("translate(");
        appendPoint(m_body, t.dx(), t.dy());
    } else {
        m_body.append("matrix(");
        for (double v : {t.m11(), t.m12(), t.m21(), t.m22(), t.dx()}) {
            appendNumber(m_body, v);
            m_body.append(',');
        }
        appendNumber(m_body, t.dy());
    }
    m_body.append(")\">\n");
    m_groupOpen = true;
}

QByteArray SvgPaintEngine::styleClass(QByteArray declarations)
{
    if (m_opacity < 1) {
        declarations.append("opacity:");
        appendNumber(declarations, m_opacity);
        declarations.append(';');
    }
    auto found = m_classes.constFind(declarations);
    if (found != m_classes.constEnd())
        return *found;
    const QByteArray name = m_prefix + QByteArray::number(m_classes.size());
    declarations.chop(1); // the last ';'
    m_rules.append('.').append(name).append('{').append(declarations).append("}\n");
    declarations.append(';');
    m_classes.insert(declarations, name);
    return name;
}

QByteArray SvgPaintEngine::shapeDeclarations(Fill fill, Qt::FillRule rule) const
{
    QByteArray out;
    if (fill == Fill::None || m_brush.style() == Qt::NoBrush)
        out.append("fill:none;");
    else
        appendColor(out, "fill", "fill-opacity", m_brush.color());
    out.append(rule == Qt::WindingFill ? "fill-rule:nonzero;" : "fill-rule:evenodd;");
    appendPen(out, m_pen);
    return out;
}

void SvgPaintEngine::writeShape(const char* element, const Geometry& geometry, QPointF origin,
                                Fill fill, Qt::FillRule rule)
{
    syncTransform();
    const QByteArray name = styleClass(shapeDeclarations(fill, rule));
    // Shapes are compared at their origin: the same card, pill or diamond anywhere is one.
    const QByteArray relative = geometry(origin);
    if (relative.size() >= kMinSharedGeometry) {
        const size_t key = qHash(relative) ^ qHash(QByteArrayView(element));
        auto shape = m_shapes.find(key);
        if (shape != m_shapes.end()) {
            const bool first = *shape < 0; // the second time: define it for every later use
            if (first)
                *shape = m_definitionCount++;
            const QByteArray id = m_prefix + 'd' + QByteArray::number(*shape);
            if (first)
                m_defs.append('<')
                    .append(element)
                    .append(" id=\"")
                    .append(id)
                    .append("\" ")
                    .append(relative)
                    .append("/>\n");
            m_body.append("<use xlink:href=\"#").append(id).append("\" class=\"").append(name);
            m_body.append("\" x=\"");
            appendNumber(m_body, origin.x());
            m_body.append("\" y=\"");
            appendNumber(m_body, origin.y());
            m_body.append("\"/>\n");
            return;
        }
        m_shapes.insert(key, -1);
    }
    m_body.append('<').append(element).append(" class=\"").append(name).append("\" ");
    m_body.append(origin.isNull() ? relative : geometry(QPointF())).append("/>\n");
}

void SvgPaintEngine::drawPath(const QPainterPath& path)
{
    if (path.isEmpty())
        return;
    const auto geometry = [&path](QPointF origin) {
        QByteArray d("d=\"");
        for (int i = 0; i < path.elementCount(); ++i) {
            const QPainterPath::Element& e = path.elementAt(i);
            switch (e.type) {
            case QPainterPath::MoveToElement:
                d.append('M');
                break;
            case QPainterPath::LineToElement:
                d.append('L');
                break;
            case QPainterPath::CurveToElement:
                d.append('C');
                break;
            case QPainterPath::CurveToDataElement:
                d.append(' ');
                break;
            }
            appendPoint(d, e.x - origin.x(), e.y - origin.y());
        }
        d.append('"');
        return d;
    };
    const QPainterPath::Element& first = path.elementAt(0);
    writeShape("path", geometry, QPointF(first.x, first.y), Fill::Brush, path.fillRule());
}

void SvgPaintEngine::drawPolygon(const QPointF* points, int count, PolygonDrawMode mode)
{
    if (count <= 0)
        return;
    const auto geometry = [points, count](QPointF origin) {
        QByteArray out("points=\"");
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                out.append(' ');
            appendPoint(out, points[i].x() - origin.x(), points[i].y() - origin.y());
        }
        out.append('"');
        return out;
    };
    if (mode == PolylineMode)
        writeShape("polyline", geometry, points[0], Fill::None);
    else
        writeShape("polygon", geometry, points[0], Fill::Brush,
                   mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
}

void SvgPaintEngine::drawRects(const QRectF* rects, int count)
{
    for (int i = 0; i < count; ++i) {
        QByteArray geometry("x=\"");
        appendNumber(geometry, rects[i].x());
        geometry.append("\" y=\"");
        appendNumber(geometry, rects[i].y());
        geometry.append("\" width=\"");
        appendNumber(geometry, rects[i].width());
        geometry.append("\" height=\"");
        appendNumber(geometry, rects[i].height());
        geometry.append('"');
        writeShape(
            "rect", [&geometry](QPointF) { return geometry; }, QPointF(), Fill::Brush);
    }
}

void SvgPaintEngine::drawEllipse(const QRectF& rect)
{
    const auto geometry = [&rect](QPointF origin) {
        QByteArray out("cx=\"");
        appendNumber(out, rect.center().x() - origin.x());
        out.append("\" cy=\"");
        appendNumber(out, rect.center().y() - origin.y());
        out.append("\" rx=\"");
        appendNumber(out, rect.width() / 2);
        out.append("\" ry=\"");
        appendNumber(out, rect.height() / 2);
        out.append('"');
        return out;
    };
    writeShape("ellipse", geometry, rect.center(), Fill::Brush);
}

void SvgPaintEngine::drawTextItem(const QPointF& position, const QTextItem& item)
{
    syncTransform();
    const QFont font = item.font();
    if (font != m_textFont || m_textFamilies.isEmpty()) {
        m_textFont = font;
        m_textFamilies = svgFontFamilies(font).toUtf8();
    }
    QByteArray declarations;
    if (m_pen.style() == Qt::NoPen)
        declarations.append("fill:none;");
    else
        appendColor(declarations, "fill", "fill-opacity", m_pen.color());
    declarations.append("stroke:none;font-family:").append(m_textFamilies);
    declarations.append(";font-size:");
    // Pixel sizes are scene units; a point size is converted at the picture's 96 DPI.
    appendNumber(declarations, font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 4 / 3);
    declarations.append("px;font-weight:").append(QByteArray::number(font.weight()));
    declarations.append(font.italic() ? ";font-style:italic;" : ";font-style:normal;");
    const QByteArray name = styleClass(std::move(declarations));
    m_body.append("<text class=\"").append(name).append("\" x=\"");
    appendNumber(m_body, position.x());
    m_body.append("\" y=\"");
    appendNumber(m_body, position.y());
    m_body.append("\">").append(escapedText(item.text())).append("</text>\n");
}

void SvgPaintEngine::drawImage(const QRectF& target, const QImage& image, const QRectF& source,
                               Qt::ImageConversionFlags)
{
    syncTransform();
    m_body.append("<image x=\"");
    appendNumber(m_body, target.x());
    m_body.append("\" y=\"");
    appendNumber(m_body, target.y());
    m_body.append("\" width=\"");
    appendNumber(m_body, target.width());
    m_body.append("\" height=\"");
    appendNumber(m_body, target.height());
    m_body.append("\" preserveAspectRatio=\"none\" xlink:href=\"");
    m_body.append(pngDataUrl(image.copy(source.toAlignedRect()))).append("\"/>\n");
}

void SvgPaintEngine::drawPixmap(const QRectF& target, const QPixmap& pixmap, const QRectF& source)
{
    drawImage(target, pixmap.toImage(), source, Qt::AutoColor);
}

QByteArray SvgPaintEngine::takeDocument(const QByteArray& opening, const QByteArray& closing)
{
    // The style sheet goes first (Qt's renderer applies it while reading); the definitions,
    // which grow with the design, go last, as references may point forward.
    QByteArray head = opening;
    head.append("<style type=\"text/css\">\n").append(m_rules).append("</style>\n");
    QByteArray document = std::move(m_body);
    m_body.clear();
    if (head.size() <= kHeadRoom) {
        // Removing from the front only moves the start of the array: no copy.
        document.replace(kHeadRoom - head.size(), head.size(), head);
        document.remove(0, kHeadRoom - head.size());
    } else {
        document.remove(0, kHeadRoom);
        document.prepend(head);
    }
    if (!m_defs.isEmpty())
        document.append("<defs>\n").append(m_defs).append("</defs>\n");
    document.append(closing);
    return document;
}

} // namespace topo
