#pragma once

#include <QByteArray>
#include <QImage>

namespace topo {

// A PNG encoder for pictures: the rows are filtered and compressed in as many bands as the
// machine has cores, each band a part of one deflate stream (as pigz does), at zlib's fastest
// level behind the Up filter, which suits the flat colours of a diagram. The image's
// texts (QImage::setText) and resolution are stored. RGB when the image has no alpha channel,
// else RGBA (not premultiplied). Empty when the image is null or memory runs out.
QByteArray encodePng(const QImage& image);

} // namespace topo
