#include "editor/export/PngEncoder.h"

#include <QThread>

#include <zlib.h>

#include <algorithm>
#include <thread>
#include <vector>

namespace topo {

namespace {

// zlib's fastest level: with the Up filter a diagram compresses about as well as at Qt's
// default, in a third of the time (run-length matching, tried too, is no faster and writes
// five times the bytes).
constexpr int kDeflateLevel = 1;
constexpr int kDeflateStrategy = Z_DEFAULT_STRATEGY;
// The Up filter: the rows of a diagram repeat the one above them far more than they are flat
// from left to right (text, vertical edges), so this leaves the longest runs of zeros.
constexpr unsigned char kPngFilterUp = 2;

void appendBigEndian(QByteArray& out, quint32 value)
{
    const char bytes[4] = {char(value >> 24), char(value >> 16), char(value >> 8), char(value)};
    out.append(bytes, 4);
}

void appendChunk(QByteArray& out, const char* type, const QByteArray& data)
{
    appendBigEndian(out, quint32(data.size()));
    const qsizetype start = out.size();
    out.append(type, 4).append(data);
    const auto* bytes = reinterpret_cast<const Bytef*>(out.constData() + start);
    appendBigEndian(out, quint32(crc32(crc32(0, nullptr, 0), bytes, uInt(out.size() - start))));
}

// A text chunk: tEXt when the value is Latin-1, else iTXt (UTF-8).
void appendText(QByteArray& out, const QString& key, const QString& value)
{
    const bool latin1 =
        std::all_of(value.begin(), value.end(), [](QChar c) { return c.unicode() < 256; });
    QByteArray data = key.toLatin1().left(79);
    data.append('\0');
    if (latin1) {
        appendChunk(out, "tEXt", data + value.toLatin1());
        return;
    }
    data.append(4, '\0'); // not compressed, no method, no language, no translated keyword
    appendChunk(out, "iTXt", data + value.toUtf8());
}

// One band of rows, filtered and deflated as a part of the image's zlib stream.
struct Band {
    int firstRow = 0;
    int endRow = 0;
    bool last = false;
    QByteArray deflated;
    uLong adler = 1;
    bool ok = false;
};

// Row y as PNG samples: RGB or RGBA bytes.
void rawRow(const QImage& image, int y, bool alpha, unsigned char* out)
{
    const auto* pixels = reinterpret_cast<const QRgb*>(image.constScanLine(y));
    const int channels = alpha ? 4 : 3;
    for (int x = 0; x < image.width(); ++x) {
        const QRgb p = pixels[x];
        unsigned char* o = out + x * channels;
        o[0] = static_cast<unsigned char>(qRed(p));
        o[1] = static_cast<unsigned char>(qGreen(p));
        o[2] = static_cast<unsigned char>(qBlue(p));
        if (alpha)
            o[3] = static_cast<unsigned char>(qAlpha(p));
    }
}

// The Up filter: each byte minus the one above it, behind the filter type byte.
void filterUp(const std::vector<unsigned char>& row, const std::vector<unsigned char>& above,
              unsigned char* out)
{
    out[0] = kPngFilterUp;
    for (size_t i = 0; i < row.size(); ++i)
        out[i + 1] = static_cast<unsigned char>(row[i] - above[i]);
}

void deflateBand(const QImage& image, bool alpha, Band& band)
{
    z_stream stream{};
    if (deflateInit2(&stream, kDeflateLevel, Z_DEFLATED, -15, 8, kDeflateStrategy) != Z_OK)
        return;
    const qsizetype rowBytes = 1 + qsizetype(image.width()) * (alpha ? 4 : 3);
    std::vector<unsigned char> above(static_cast<size_t>(rowBytes - 1), 0);
    std::vector<unsigned char> current(above.size());
    std::vector<unsigned char> row(static_cast<size_t>(rowBytes));
    std::vector<unsigned char> buffer(256 * 1024);
    if (band.firstRow > 0)
        rawRow(image, band.firstRow - 1, alpha, above.data());
    bool ok = true;
    for (int y = band.firstRow; y < band.endRow && ok; ++y) {
        rawRow(image, y, alpha, current.data());
        filterUp(current, above, row.data());
        std::swap(current, above);
        band.adler = adler32(band.adler, row.data(), uInt(rowBytes));
        // The last band ends the stream; the others end on a byte boundary so that the next
        // band's deflate data can follow them.
        const int flush = y + 1 < band.endRow ? Z_NO_FLUSH : band.last ? Z_FINISH : Z_SYNC_FLUSH;
        stream.next_in = row.data();
        stream.avail_in = uInt(rowBytes);
        do {
            stream.next_out = buffer.data();
            stream.avail_out = uInt(buffer.size());
            const int result = deflate(&stream, flush);
            ok = result != Z_STREAM_ERROR;
            band.deflated.append(reinterpret_cast<const char*>(buffer.data()),
                                 qsizetype(buffer.size() - stream.avail_out));
        } while (ok && stream.avail_out == 0);
    }
    deflateEnd(&stream);
    band.ok = ok;
}

QByteArray imageData(const QImage& image, bool alpha)
{
    const int threads = std::clamp(QThread::idealThreadCount(), 1, 16);
    const int bands = std::min(threads, image.height());
    std::vector<Band> parts(static_cast<size_t>(bands));
    for (int i = 0; i < bands; ++i) {
        parts[i].firstRow = image.height() * i / bands;
        parts[i].endRow = image.height() * (i + 1) / bands;
        parts[i].last = i + 1 == bands;
    }
    std::vector<std::thread> workers;
    for (int i = 1; i < bands; ++i)
        workers.emplace_back([&image, alpha, &parts, i] { deflateBand(image, alpha, parts[i]); });
    deflateBand(image, alpha, parts[0]);
    for (std::thread& worker : workers)
        worker.join();

    QByteArray data("\x78\x01", 2); // zlib header: deflate, 32 KB window, fastest
    uLong adler = adler32(0, nullptr, 0);
    const qsizetype rowBytes = 1 + qsizetype(image.width()) * (alpha ? 4 : 3);
    for (const Band& band : parts) {
        if (!band.ok)
            return {};
        data.append(band.deflated);
        adler =
            adler32_combine(adler, band.adler, z_off_t(rowBytes * (band.endRow - band.firstRow)));
    }
    appendBigEndian(data, quint32(adler));
    return data;
}

} // namespace

QByteArray encodePng(const QImage& source)
{
    if (source.isNull())
        return {};
    const bool alpha = source.hasAlphaChannel();
    // A shallow copy when already in this format (the opaque pictures).
    const QImage image =
        source.convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    if (image.isNull())
        return {};
    QByteArray header;
    appendBigEndian(header, quint32(image.width()));
    appendBigEndian(header, quint32(image.height()));
    header.append(char(8)).append(char(alpha ? 6 : 2)).append(3, '\0'); // 8 bits, RGB(A)

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", header);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        QByteArray physical;
        appendBigEndian(physical, quint32(image.dotsPerMeterX()));
        appendBigEndian(physical, quint32(image.dotsPerMeterY()));
        physical.append(char(1)); // per metre
        appendChunk(png, "pHYs", physical);
    }
    for (const QString& key : image.textKeys())
        appendText(png, key, image.text(key));
    const QByteArray data = imageData(image, alpha);
    if (data.isEmpty())
        return {};
    appendChunk(png, "IDAT", data);
    appendChunk(png, "IEND", {});
    return png;
}

} // namespace topo
