// svgBytes(): the picture drawn on SvgPaintEngine, wrapped in the SVG document.

#include "editor/export/PictureWriters.h"
#include "editor/export/SvgPaintEngine.h"

#include <QPaintDevice>
#include <QPainter>

namespace topo {

namespace {

// A paint device of the picture's size at 96 DPI (one unit per scene unit, as the canvas).
class SvgDevice : public QPaintDevice {
public:
    SvgDevice(QSize size, const QString& namePrefix) : m_size(size), m_engine(namePrefix.toUtf8())
    {
    }
    ~SvgDevice() override = default;

    QPaintEngine* paintEngine() const override { return &m_engine; }
    SvgPaintEngine& engine() { return m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        const int dpi = static_cast<int>(kSceneDpi);
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return qRound(m_size.width() * 25.4 / dpi);
        case PdmHeightMM:
            return qRound(m_size.height() * 25.4 / dpi);
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return dpi;
        case PdmNumColors:
            return 0xffffff;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return static_cast<int>(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    QSize m_size;
    mutable SvgPaintEngine m_engine;
};

QByteArray escaped(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

QByteArray svgBytes(const Picture& picture, const QString& title, const QString& description,
                    const QString& namePrefix)
{
    const QSize size = imageSize(picture, 1.0);
    SvgDevice device(size, namePrefix);
    QPainter painter(&device);
    painter.translate(-picture.bounds.topLeft());
    picture.paint(painter);
    painter.end();

    const QByteArray width = QByteArray::number(size.width());
    const QByteArray height = QByteArray::number(size.height());
    const QByteArray opening =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<svg width=\"" + width +
        "\" height=\"" + height + "\" viewBox=\"0 0 " + width + ' ' + height +
        "\" xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
        "version=\"1.1\" xml:space=\"preserve\">\n<title>" +
        escaped(title) + "</title>\n<desc>" + escaped(description) + "</desc>\n";
    return device.engine().takeDocument(opening, "</svg>\n");
}

} // namespace topo
