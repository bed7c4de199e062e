#include "editor/export/DrawioStyles.h"

#include "editor/export/ExportText.h"
#include "editor/paint/ConnectionRouter.h"

#include <QStringList>

#include <cmath>

namespace topo {
namespace {

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor& fill, const QColor& preferred)
{
    constexpr double kReadable = 4.5;
    if (contrastRatio(preferred, fill) >= kReadable)
        return preferred;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(black, fill) >= contrastRatio(white, fill) ? black : white;
}

QString colourKey(const QString& key, const QColor& colour)
{
    QString text = QStringLiteral("%1Color=%2;").arg(key, colour.name());
    if (colour.alpha() < 255)
        text +=
            QStringLiteral("%1Opacity=%2;").arg(key, numberText(std::round(colour.alphaF() * 100)));
    return text;
}

QString drawioEdgeStyle(ConnectionKind kind, const Theme& theme)
{
    const QPen pen = paint::connectionPen(kind, theme, false);
    // draw.io, like Qt, measures a dash pattern in line widths.
    QStringList dashes;
    for (const double dash : pen.dashPattern())
        dashes.append(numberText(dash));
    const bool dashed = pen.style() != Qt::SolidLine;
    QString style = QStringLiteral("edgeStyle=none;rounded=0;html=0;orthogonalLoop=0;"
                                   "endArrow=block;endFill=1;endSize=7;startArrow=none;"
                                   "strokeWidth=%1;")
                        .arg(numberText(pen.widthF()));
    style += colourKey(QStringLiteral("stroke"), pen.color());
    style += dashed ? QStringLiteral("dashed=1;dashPattern=%1;").arg(dashes.join(QLatin1Char(' ')))
                    : QStringLiteral("dashed=0;");
    return style;
}

} // namespace topo
