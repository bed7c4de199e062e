// The whole designer window on generated designs of 2,000 and 10,000 servers, every dock
// shown: a keystroke in the inspector's host-name field, an undo and a one-server drag on the
// canvas, each timed from the input event to the next painted frame (WholeWindow::
// waitForFrame). Targets: 16 ms at 2,000 servers, 50 ms at 10,000. The time shown is the wall
// time; the counter cpu_ms is the processor time of the window's thread for the same span,
// the figure to read on a machine other processes keep busy.
#include "WholeWindow.h"

#include "core/layout/LayoutConstants.h"
#include "editor/document/DesignComparison.h"
#include "editor/document/Document.h"
#include "ui/canvas/CanvasView.h"

#include <QLineEdit>
#include <QUndoStack>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <functional>

namespace {

using Clock = std::chrono::steady_clock;

// The processor time this thread has used, in seconds: on a loaded machine the wall time of
// a frame also counts the time other processes had the cores.
double threadSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) * 1e-9;
}

// Seconds from sending the input to the next painted frame; adds the processor time the
// window's thread took for it to `cpuSeconds`.
double timeToFrame(topo::bench::WholeWindow& window, const std::function<void()>& input,
                   benchmark::State& state, double& cpuSeconds, bool canvasChanges = true)
{
    const double cpuStart = threadSeconds();
    const Clock::time_point start = Clock::now();
    input();
    if (!window.waitForFrame(canvasChanges))
        state.SkipWithError("no frame was painted within five seconds");
    const double wall = std::chrono::duration<double>(Clock::now() - start).count();
    cpuSeconds += threadSeconds() - cpuStart;
    return wall;
}

// The frames' mean processor time as the counter "cpu_ms".
void reportCpu(benchmark::State& state, double cpuSeconds, const char* name = "cpu_ms")
{
    state.counters[name] = benchmark::Counter(cpuSeconds * 1e3, benchmark::Counter::kAvgIterations);
}

std::string selectedName(topo::bench::WholeWindow& window)
{
    for (const topo::Server& s : window.document().topology().servers)
        if (s.id == window.serverId())
            return s.name;
    return {};
}

// Typing one character, then deleting it, alternately: each keystroke renames the server.
void typeKeystrokes(benchmark::State& state, topo::bench::WholeWindow& window)
{
    QLineEdit* field = window.serverNameField();
    if (!field || !field->isVisible()) {
        state.SkipWithError("the inspector shows no host-name field");
        return;
    }
    field->setFocus();
    field->end(false);
    const std::string original = selectedName(window);
    bool add = true;
    double cpu = 0;
    for (auto _ : state) {
        state.SetIterationTime(timeToFrame(
            window,
            [&] {
                if (add)
                    topo::bench::WholeWindow::type(field, Qt::Key_X, QStringLiteral("x"));
                else
                    topo::bench::WholeWindow::type(field, Qt::Key_Backspace, QString());
            },
            state, cpu));
        if (selectedName(window) != (add ? original + "x" : original)) {
            state.SkipWithError("the keystroke did not rename the server");
            return;
        }
        add = !add;
    }
    reportCpu(state, cpu);
}

void BM_WindowKeystroke(benchmark::State& state)
{
    topo::bench::WholeWindow window(int(state.range(0)));
    typeKeystrokes(state, window);
}

// The same keystrokes while the design is compared with itself as opened (Compare with
// saved): every edit is compared again, and the canvas and the Compare dock show its marks.
void BM_WindowKeystrokeComparing(benchmark::State& state)
{
    topo::bench::WholeWindow window(int(state.range(0)));
    topo::Document& document = window.document();
    document.comparison()->start(document.topology(), QStringLiteral("as opened"));
    window.waitForFrame(false);
    typeKeystrokes(state, window);
}

// Undoing a rename made in the inspector (redone, untimed, before each undo).
void BM_WindowUndo(benchmark::State& state)
{
    topo::bench::WholeWindow window(int(state.range(0)));
    QLineEdit* field = window.serverNameField();
    if (!field) {
        state.SkipWithError("the inspector shows no host-name field");
        return;
    }
    field->setFocus();
    field->end(false);
    const std::string original = selectedName(window);
    topo::bench::WholeWindow::type(field, Qt::Key_X, QStringLiteral("x"));
    window.waitForFrame();
    QUndoStack* stack = window.document().undoStack();
    double cpu = 0;
    for (auto _ : state) {
        state.SetIterationTime(timeToFrame(
            window, [&] { stack->undo(); }, state, cpu));
        if (selectedName(window) != original) {
            state.SkipWithError("the undo did not restore the name");
            return;
        }
        stack->redo();
        window.waitForFrame();
    }
    reportCpu(state, cpu);
}

// A press on the selected server's card, one move of half a card and the release (which
// applies the move): the iteration time is the release's frame; the press's and the move's
// frames are counters. Left and right in turn, so the design keeps its extent.
void BM_WindowDragOneServer(benchmark::State& state)
{
    topo::bench::WholeWindow window(int(state.range(0)));
    const topo::Document& document = window.document();
    // Half a card's width on the canvas at its zoom (at least 3 pixels): the card moves within
    // its environment, as a user nudges a server by mouse; a fixed 40 pixels at the fit of a
    // large design would carry it across environments.
    const double zoom = window.canvasZoom();
    int dx = std::max(3, int(std::lround(topo::layout::kServerCardWidth / 2 * zoom)));
    double pressSeconds = 0;
    double moveSeconds = 0;
    double pressCpu = 0;
    double moveCpu = 0;
    double cpu = 0;
    for (auto _ : state) {
        const QPoint from = window.serverCentre();
        const QPoint to = from + QPoint(dx, 0);
        const auto before = document.undoStack()->index();
        // Pressing the card that is already selected may change nothing on the canvas.
        pressSeconds += timeToFrame(
            window, [&] { window.mouse(QEvent::MouseButtonPress, from); }, state, pressCpu, false);
        moveSeconds += timeToFrame(
            window, [&] { window.mouse(QEvent::MouseMove, to); }, state, moveCpu);
        state.SetIterationTime(timeToFrame(
            window, [&] { window.mouse(QEvent::MouseButtonRelease, to); }, state, cpu));
        if (document.undoStack()->index() != before + 1) {
            state.SkipWithError("the drag did not move the server");
            return;
        }
        dx = -dx;
    }
    const auto perIteration = benchmark::Counter::kAvgIterations;
    state.counters["press_ms"] = benchmark::Counter(pressSeconds * 1e3, perIteration);
    state.counters["move_ms"] = benchmark::Counter(moveSeconds * 1e3, perIteration);
    reportCpu(state, cpu);
    reportCpu(state, pressCpu, "press_cpu_ms");
    reportCpu(state, moveCpu, "move_cpu_ms");
}

void windowSizes(benchmark::internal::Benchmark* b)
{
    b->Arg(2000)->Arg(10000)->UseManualTime()->Unit(benchmark::kMillisecond);
}

BENCHMARK(BM_WindowKeystroke)->Apply(windowSizes);
BENCHMARK(BM_WindowKeystrokeComparing)->Apply(windowSizes);
BENCHMARK(BM_WindowUndo)->Apply(windowSizes);
BENCHMARK(BM_WindowDragOneServer)->Apply(windowSizes);

} // namespace
