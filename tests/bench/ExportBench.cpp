// export_bench: SVG and PNG (2x) exports of generated designs, whole pipeline as the CLI runs
// it (placement, validation, painting, encoding). The target is under 1 s at 1,000 servers.
// A 1,000-server design at 2x would be about 215 megapixels: the PNG writer keeps it within
// kPngPixelBudget (PictureWriters.h), and the "pixels" counter shows the size written.

#include "DesignGenerator.h"
#include "core/layout/AutoLayout.h"
#include "editor/export/DesignExporter.h"
#include "editor/export/PictureWriters.h"
#include "editor/export/ViewPicture.h"
#include "editor/platform/HeadlessPlatform.h"

#include <QGuiApplication>
#include <QImage>

#include <benchmark/benchmark.h>

namespace {

topo::Topology placedDesign(int servers)
{
    topo::Topology t = topo::bench::generateDesign(servers);
    topo::AutoLayout::place(t);
    return t;
}

void exportBench(benchmark::State& state, topo::ExportFormat format)
{
    const topo::Topology design = placedDesign(static_cast<int>(state.range(0)));
    topo::ExportOptions options;
    options.scale = 2;
    QByteArray last;
    for (auto _ : state) {
        const topo::ExportContent content = topo::exportContent(design, format, options);
        if (!content.ok()) {
            state.SkipWithError(content.errorText.toStdString().c_str());
            return;
        }
        last = *content.bytes;
        benchmark::DoNotOptimize(last);
    }
    state.counters["bytes"] = static_cast<double>(last.size());
    if (format == topo::ExportFormat::Png) {
        const QImage image = QImage::fromData(last, "PNG");
        state.counters["pixels"] = double(image.width()) * image.height();
    }
}

void svgExport(benchmark::State& state)
{
    exportBench(state, topo::ExportFormat::Svg);
}
void pngExport2x(benchmark::State& state)
{
    exportBench(state, topo::ExportFormat::Png);
}

// Painting alone at the scale the PNG writer uses for 2x (no validation, no encoding): where
// the PNG time goes.
void pngPaintOnly2x(benchmark::State& state)
{
    const topo::Topology design = placedDesign(static_cast<int>(state.range(0)));
    const auto picture = topo::viewPicture(design, {}, topo::ExportOptions{}, true);
    const double scale = topo::pngScale(*picture, 2.0);
    for (auto _ : state)
        benchmark::DoNotOptimize(topo::renderPicture(*picture, scale, false));
    const QSize size = topo::imageSize(*picture, scale);
    state.counters["pixels"] = double(size.width()) * size.height();
}

// Encoding alone: the PNG writer's work on an image painted once.
void pngEncodeOnly2x(benchmark::State& state)
{
    const topo::Topology design = placedDesign(static_cast<int>(state.range(0)));
    const auto picture = topo::viewPicture(design, {}, topo::ExportOptions{}, true);
    const double scale = topo::pngScale(*picture, 2.0);
    const QImage image = topo::renderPicture(*picture, scale, false);
    QByteArray png;
    for (auto _ : state) {
        png = topo::pngEncoded(image);
        benchmark::DoNotOptimize(png);
    }
    state.counters["bytes"] = double(png.size());
    state.counters["pixels"] = double(image.width()) * image.height();
}

BENCHMARK(svgExport)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(pngExport2x)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(pngPaintOnly2x)
    ->Arg(100)
    ->Arg(1000)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime();
BENCHMARK(pngEncodeOnly2x)
    ->Arg(100)
    ->Arg(1000)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime();

} // namespace

int main(int argc, char** argv)
{
    topo::platform::chooseHeadlessPlatform();
    // The painter draws text, which needs a GUI application.
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
