#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace topo::test {

// The machine's own programs that the tests check outputs with (pdftotext, rsvg-convert, gs):
// found on PATH and run with QProcess. The Windows build's tests run under Wine, where the
// Linux programs are out of QProcess's reach: there they are started through Wine's own Unix
// spawn, with every argument that names a Windows path (also after "=") given as its Unix path.
struct ToolRun {
    bool finished = false; // started and ended within the time allowed
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// True when the tests run as Windows programs under Wine.
bool underWine();

// True when `name` can be run here.
bool hostToolAvailable(const QString& name);

ToolRun runHostTool(const QString& name, const QStringList& arguments, int timeoutMs = 60'000);

// rsvg-convert (librsvg, as GNOME and many web tools draw SVG) renders `svg` to `png` at
// `width` x `height` pixels.
ToolRun renderWithRsvg(const QString& svg, const QString& png, int width, int height);

} // namespace topo::test
