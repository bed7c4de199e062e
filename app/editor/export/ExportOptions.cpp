#include "editor/export/ExportOptions.h"

#include <array>
#include <utility>

namespace topo {

namespace {

constexpr std::array kFormatNames{
    std::pair{ExportFormat::Png, "png"}, std::pair{ExportFormat::Svg, "svg"},
    std::pair{ExportFormat::Pdf, "pdf"}, std::pair{ExportFormat::Drawio, "drawio"},
    std::pair{ExportFormat::Html, "html"}};

constexpr std::array kViewNames{std::pair{ExportView::Topology, "topology"},
                                std::pair{ExportView::Scaling, "scaling"},
                                std::pair{ExportView::Charts, "charts"}};

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char*>, N>& names, E value)
{
    for (const auto& [candidate, name] : names)
        if (candidate == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& names, const QString& text)
{
    for (const auto& [value, name] : names)
        if (text == QLatin1String(name))
            return value;
    return std::nullopt;
}

} // namespace

QString toString(ExportFormat format)
{
    return nameOf(kFormatNames, format);
}
QString toString(ExportView view)
{
    return nameOf(kViewNames, view);
}

std::optional<ExportFormat> parseExportFormat(const QString& text)
{
    return valueOf(kFormatNames, text);
}

std::optional<ExportView> parseExportView(const QString& text)
{
    return valueOf(kViewNames, text);
}

QString fileExtension(ExportFormat format)
{
    return toString(format);
}

} // namespace topo
