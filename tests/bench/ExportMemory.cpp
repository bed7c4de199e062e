// export_memory: the memory one export of a generated design takes, measured in a process of
// its own. Usage: export_memory svg|png SERVERS [--max-kb-per-server K] [--max-mb M] [-o FILE]
// (export_memory json SERVERS -o FILE writes the generated design instead.)
// Prints the resident memory before the export, the peak during it (VmHWM, reset before the
// export through /proc/self/clear_refs), their difference per server and the file size; exits
// 1 when a given limit is exceeded, so a test can hold the export to its budget.

#include "DesignGenerator.h"
#include "ProcessMemory.h"
#include "core/io/TopologyWriter.h"
#include "core/layout/AutoLayout.h"
#include "editor/export/DesignExporter.h"
#include "editor/platform/HeadlessPlatform.h"

#include <QFile>
#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

using topo::bench::resetPeak;
using topo::bench::statusKb;

int main(int argc, char** argv)
{
    topo::platform::chooseHeadlessPlatform();
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const std::optional<topo::ExportFormat> parsed =
        args.size() < 3 ? std::nullopt : topo::parseExportFormat(args[1]);
    if (!parsed && !(args.size() >= 5 && args[1] == "json")) {
        std::fprintf(stderr, "usage: export_memory svg|png|json SERVERS [--max-kb-per-server K] "
                             "[--max-mb M] [-o FILE]\n");
        return 2;
    }
    const int servers = args[2].toInt();
    double maxKbPerServer = 0;
    double maxMb = 0;
    QString output;
    for (int i = 3; i + 1 < args.size(); i += 2) {
        if (args[i] == "--max-kb-per-server")
            maxKbPerServer = args[i + 1].toDouble();
        else if (args[i] == "--max-mb")
            maxMb = args[i + 1].toDouble();
        else if (args[i] == "-o")
            output = args[i + 1];
    }
    topo::Topology design = topo::bench::generateDesign(servers);
    if (!parsed) { // json: the generated design itself, for other tools to export
        const std::string json = topo::writeTopology(design);
        QFile file(output);
        return file.open(QIODevice::WriteOnly) &&
                       file.write(json.data(), qint64(json.size())) == qint64(json.size())
                   ? 0
                   : 2;
    }
    const topo::ExportFormat format = *parsed;
    topo::AutoLayout::place(design);
    topo::ExportOptions options;
    options.scale = 2;
    // A first small export loads fonts and plugins, which are not the design's cost.
    (void)topo::exportContent(topo::bench::generateDesign(10), format, options);

    const long before = statusKb("VmRSS");
    if (!resetPeak()) {
        std::fprintf(stderr,
                     "export_memory: cannot reset the peak through /proc/self/clear_refs\n");
        return 2;
    }
    const topo::ExportContent content = topo::exportContent(design, format, options);
    const long peak = statusKb("VmHWM");
    if (!content.ok()) {
        std::fprintf(stderr, "export_memory: %s\n", qPrintable(content.errorText));
        return 2;
    }
    const double perServer = double(peak - before) / servers;
    const double mb = content.bytes->size() / 1e6;
    std::printf("%s servers=%d rss_before=%ld kB peak=%ld kB export=%ld kB (%.2f kB/server) "
                "file=%.3f MB\n",
                qPrintable(args[1]), servers, before, peak, peak - before, perServer, mb);
    if (!output.isEmpty()) {
        QFile file(output);
        if (!file.open(QIODevice::WriteOnly) || file.write(*content.bytes) < 0)
            return 2;
    }
    bool ok = true;
    if (maxKbPerServer > 0 && perServer > maxKbPerServer) {
        std::fprintf(stderr, "export_memory: %.2f kB per server, over the %.2f kB budget\n",
                     perServer, maxKbPerServer);
        ok = false;
    }
    if (maxMb > 0 && mb > maxMb) {
        std::fprintf(stderr, "export_memory: %.3f MB, over the %.3f MB budget\n", mb, maxMb);
        ok = false;
    }
    return ok ? 0 : 1;
}
