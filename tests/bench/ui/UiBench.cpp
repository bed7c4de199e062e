// Canvas performance with a generated 2,000-server design: opening its file, repainting the
// whole view at fit-to-window, and one server dragged (a move patch applied through the
// document, the rules run again, the view repainted). The whole window's cases are in
// WindowBench.cpp.
#include "DesignGenerator.h"
#include "WholeWindow.h"

#include "core/edit/EditOperations.h"
#include "core/io/TopologyWriter.h"
#include "core/layout/AutoLayout.h"
#include "editor/document/Document.h"
#include "editor/files/TopologyFile.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

constexpr int kServers = 2000;

topo::Topology placedDesign()
{
    topo::Topology design = topo::bench::generateDesign(kServers);
    topo::AutoLayout::place(design);
    return design;
}

// The view as the window shows it: 1600 × 1000 pixels, fitted to the design.
struct Canvas {
    topo::Document document{placedDesign()};
    topo::CanvasView view{&document};
    QImage frame{1600, 1000, QImage::Format_ARGB32_Premultiplied};

    Canvas()
    {
        view.resize(frame.size());
        view.show();
        view.fitToWindow();
    }

    void repaint()
    {
        QPainter painter(&frame);
        view.render(&painter, QRectF(frame.rect()), view.viewport()->rect());
    }
};

void BM_RepaintAtFit(benchmark::State& state)
{
    Canvas canvas;
    canvas.repaint(); // warm caches (fonts, glyphs)
    for (auto _ : state) {
        canvas.repaint();
        benchmark::DoNotOptimize(canvas.frame.constBits());
    }
    state.counters["items"] = canvas.view.canvasScene()->elementItemCount();
}
BENCHMARK(BM_RepaintAtFit)->Unit(benchmark::kMillisecond);

void BM_DragOneServer(benchmark::State& state)
{
    Canvas canvas;
    canvas.repaint();
    const std::string id = canvas.document.topology().servers[kServers / 2].id;
    double step = 10;
    for (auto _ : state) {
        const topo::Topology& design = canvas.document.topology();
        canvas.document.apply(topo::moveElements(design, {id}, step, 0), QStringLiteral("Move"));
        canvas.repaint();
        step = -step; // back and forth, so the design stays the same size
    }
    state.counters["findings"] = double(canvas.document.findings().size());
}
BENCHMARK(BM_DragOneServer)->Unit(benchmark::kMillisecond);

// Opening a saved 2,000-server design as the window does: read and check the file, place what
// has no position, build the document (which validates) and the view, fit, first paint.
void BM_OpenFile(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.topology.json"));
    if (!topo::writeFileAtomically(path,
                                   QByteArray::fromStdString(topo::writeTopology(placedDesign())))
             .ok) {
        state.SkipWithError("cannot write the design file");
        return;
    }
    QImage frame{1600, 1000, QImage::Format_ARGB32_Premultiplied};
    for (auto _ : state) {
        topo::FileLoadResult loaded = topo::loadTopologyFile(path);
        if (!loaded.ok()) {
            state.SkipWithError("cannot load the design file");
            return;
        }
        topo::AutoLayout::place(*loaded.topology);
        topo::Document document{std::move(*loaded.topology)};
        topo::CanvasView view{&document};
        view.resize(frame.size());
        view.show();
        view.fitToWindow();
        QPainter painter(&frame);
        view.render(&painter, QRectF(frame.rect()), view.viewport()->rect());
    }
}
BENCHMARK(BM_OpenFile)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    topo::bench::prepareWindowProcess();
    QApplication app(argc, argv);
    topo::bench::prepareWindowSettings();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
