#include "ui/docks/Icons.h"

#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace topo {

namespace {

// Glyph icons (actions of the menus and tool bar) are drawn in one ink and take the colour
// of the palette's text; the others (element kinds, severities, the application) keep their
// own colours.
bool isGlyph(const QString& name)
{
    for (const char* prefix : {"document-", "edit-", "zoom-"})
        if (name.startsWith(QLatin1String(prefix)))
            return true;
    return false;
}

// `a` moved towards `b` by `share` (0 = a, 1 = b), alpha kept.
QColor blend(const QColor& a, const QColor& b, double share)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * share),
                            float(a.greenF() + (b.greenF() - a.greenF()) * share),
                            float(a.blueF() + (b.blueF() - a.blueF()) * share), a.alphaF());
}

// How far an icon's ink fades towards the window colour: a little when enabled (a glyph as
// dark as the text looks heavier than the text), more when disabled.
constexpr double kEnabledFade = 0.15;
constexpr double kDisabledFade = 0.6;

// Draws an SVG icon at the pixel size asked for, so it is sharp at any device pixel ratio,
// in the colours of the application palette at the time of drawing: a change of theme
// shows at the next repaint (the cache is keyed by the colours).
class DesignerIconEngine : public QIconEngine {
public:
    explicit DesignerIconEngine(const QString& name)
        : m_name(name), m_glyph(isGlyph(name)),
          m_renderer(QStringLiteral(":/icons/%1.svg").arg(name))
    {
    }

    QIconEngine* clone() const override { return new DesignerIconEngine(m_name); }
    QString key() const override { return QStringLiteral("topo-designer-icon"); }
    bool isNull() override { return !m_renderer.isValid(); }
    // Any size can be drawn; these are the ones offered to whoever asks (the window icon).
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {QSize(16, 16), QSize(24, 24),   QSize(32, 32),  QSize(48, 48),
                QSize(64, 64), QSize(128, 128), QSize(256, 256)};
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        QPixmap image = pixmap(rect.size() * ratio, mode, state);
        image.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect.topLeft(), image);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal /*scale: `size` is in device pixels already*/) override
    {
        return pixmap(size, mode, state);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State /*state*/) override
    {
        if (size.isEmpty())
            return {};
        const QPalette palette = QGuiApplication::palette();
        const QColor ink = inkFor(palette, mode);
        const QString cacheKey = QStringLiteral("topo-icon:%1:%2x%3:%4:%5:%6")
                                     .arg(m_name)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(int(mode))
                                     .arg(ink.rgba())
                                     .arg(palette.color(QPalette::Window).rgba());
        QPixmap cached;
        if (QPixmapCache::find(cacheKey, &cached))
            return cached;
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        m_renderer.render(&painter, QRectF(QPointF(0, 0), size));
        if (m_glyph) {
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(image.rect(), ink);
        }
        painter.end();
        if (!m_glyph && mode == QIcon::Disabled)
            fadeColours(image, palette.color(QPalette::Window));
        cached = QPixmap::fromImage(image);
        QPixmapCache::insert(cacheKey, cached);
        return cached;
    }

private:
    // Glyphs in the text colour (enabled) or between the text and the window colour
    // (disabled); selected ones in the highlighted text's colour.
    static QColor inkFor(const QPalette& palette, QIcon::Mode mode)
    {
        const QColor text = palette.color(QPalette::Active, QPalette::WindowText);
        const QColor window = palette.color(QPalette::Active, QPalette::Window);
        switch (mode) {
        case QIcon::Disabled:
            return blend(text, window, kDisabledFade);
        case QIcon::Selected:
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return blend(text, window, kEnabledFade);
    }

    // A disabled colour icon: grey, faded towards the window colour.
    static void fadeColours(QImage& image, const QColor& window)
    {
        for (int y = 0; y < image.height(); ++y) {
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = QColor::fromRgba(qUnpremultiply(line[x]));
                if (pixel.alpha() == 0)
                    continue;
                const int grey = qGray(pixel.rgb());
                QColor faded = blend(QColor(grey, grey, grey), window, kDisabledFade);
                faded.setAlpha(pixel.alpha());
                line[x] = qPremultiply(faded.rgba());
            }
        }
    }

    QString m_name;
    bool m_glyph;
    QSvgRenderer m_renderer;
};

} // namespace

QIcon designerIcon(const QString& name)
{
    // One engine (and SVG document) per name; its pixmaps are cached per size and colours.
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(new DesignerIconEngine(name)));
    return *it;
}

QIcon severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return designerIcon(QStringLiteral("error"));
    case Severity::Warning:
        return designerIcon(QStringLiteral("warning"));
    case Severity::Info:
        break;
    }
    return designerIcon(QStringLiteral("info"));
}

} // namespace topo
