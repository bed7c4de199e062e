#include "editor/export/ViewPicture.h"

#include "editor/chartspecs/ChartsPicture.h"
#include "editor/paint/PaintScope.h"
#include "editor/paint/ScalingPainter.h"
#include "editor/paint/SceneGeometry.h"
#include "editor/paint/TopologyPainter.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <utility>

namespace topo {

namespace {

// The same room designBounds() leaves around a whole design (badges, management lines).
constexpr double kMargin = 48;
// The room around one environment of the scaling view printed on its own page.
constexpr double kPageMargin = 16;

// One page per environment, in reading order (top to bottom, then left to right); none for a
// design of one environment, which fits its page as a whole.
std::vector<QRectF> environmentPages(const Topology& topology)
{
    std::vector<const Environment*> placed;
    for (const Environment& environment : topology.environments)
        if (environment.layout)
            placed.push_back(&environment);
    std::sort(placed.begin(), placed.end(), [](const Environment* a, const Environment* b) {
        return std::pair(a->layout->y, a->layout->x) < std::pair(b->layout->y, b->layout->x);
    });
    std::vector<QRectF> pages;
    for (const Environment* environment : placed)
        if (const QRectF bounds = environmentBounds(topology, environment->id); !bounds.isEmpty())
            pages.push_back(bounds);
    if (pages.size() < 2)
        pages.clear();
    return pages;
}

std::optional<Picture> topologyPicture(const Topology& topology,
                                       const std::vector<Finding>& findings,
                                       const ExportOptions& options, bool background)
{
    PaintOptions paintOptions;
    paintOptions.theme = options.darkTheme ? Theme::dark() : Theme::light();
    paintOptions.background = background;
    paintOptions.environment = options.environment;
    if (!options.selection.empty())
        paintOptions.only = options.selection;
    const QRectF bounds = !options.selection.empty() ? selectionBounds(topology, options.selection)
                          : options.environment.empty()
                              ? designBounds(topology)
                              : environmentBounds(topology, options.environment);
    if (bounds.isEmpty())
        return std::nullopt;
    Picture picture;
    picture.bounds = bounds;
    picture.background = paintOptions.theme.background;
    // The callback owns copies: a picture may outlive the caller's variables (previews).
    if (options.pagePerEnvironment && options.environment.empty() && options.selection.empty())
        picture.pages = environmentPages(topology);
    picture.paint = [topology, findings, paintOptions](QPainter& painter) {
        paintDesign(painter, topology, findings, paintOptions);
    };
    return picture;
}

// The scaling view of the design or of `options.environment`; nullopt for no environment.
std::optional<Picture> scalingPicture(const Topology& topology, const ExportOptions& options,
                                      bool background)
{
    ScalingPainter painter(topology, options.environment);
    if (painter.isEmpty())
        return std::nullopt;
    const Theme theme = options.darkTheme ? Theme::dark() : Theme::light();
    Picture picture;
    picture.bounds = painter.bounds();
    picture.background = theme.background;
    // Stacked environments are tall and narrow: printed, each gets its own page.
    if (painter.layout().environments().size() > 1)
        for (const EnvironmentLayout& environment : painter.layout().environments())
            picture.pages.push_back(
                environment.frame.adjusted(-kPageMargin, -kPageMargin, kPageMargin, kPageMargin));
    picture.paint = [painter = std::move(painter), theme, background](QPainter& p) {
        painter.paint(p, theme, background);
    };
    return picture;
}

} // namespace

bool viewAvailable(ExportView view)
{
    return view == ExportView::Topology || view == ExportView::Scaling ||
           (view == ExportView::Charts && hasChartsPainter());
}

QString viewUnavailableText(ExportView view)
{
    return QCoreApplication::translate("topo::Export",
                                       "the %1 view is not available in this build; "
                                       "export the topology view")
        .arg(toString(view));
}

std::optional<Picture> viewPicture(const Topology& topology, const std::vector<Finding>& findings,
                                   const ExportOptions& options, bool background)
{
    switch (options.view) {
    case ExportView::Topology:
        return topologyPicture(topology, findings, options, background);
    case ExportView::Charts:
        return chartsPicture(topology, options, background);
    case ExportView::Scaling:
        return scalingPicture(topology, options, background);
    }
    return std::nullopt;
}

QRectF selectionBounds(const Topology& topology, const std::vector<std::string>& ids)
{
    const IdSet chosen = selectionScope(topology, ids);
    QRectF box;
    for (const auto& [id, rect] : elementRects(topology))
        if (chosen.count(id))
            box = box.isNull() ? rect : box.united(rect);
    if (box.isNull())
        return {};
    return box.adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

QRectF environmentBounds(const Topology& topology, const std::string& environment)
{
    QRectF box;
    auto add = [&box](const QRectF& rect) { box = box.isNull() ? rect : box.united(rect); };
    for (const Environment& env : topology.environments)
        if (env.id == environment && env.layout)
            add(environmentRect(env));
    for (const Server& server : topology.servers)
        if (server.environment == environment && server.layout)
            add(serverRect(server));
    for (const LoadBalancer& lb : topology.loadBalancers)
        if (lb.environment == environment && lb.layout)
            add(nodeRect(lb.layout));
    for (const MessageQueue& mq : topology.messageQueues)
        if (mq.environment == environment && mq.layout)
            add(nodeRect(mq.layout));
    for (const Database& db : topology.databases)
        for (const Catalog& catalog : db.catalogs)
            if (catalog.environment == environment && db.layout)
                add(nodeRect(db.layout));
    if (box.isNull())
        return {};
    return box.adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

} // namespace topo
