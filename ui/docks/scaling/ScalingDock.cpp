#include "ui/docks/scaling/ScalingDock.h"

#include "editor/document/Document.h"
#include "ui/docks/DockRefresh.h"
#include "ui/docks/DrawnAnalyses.h"
#include "ui/docks/ModelLookup.h"
#include "ui/docks/scaling/ScalingView.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace topo {

namespace {

// Below this zoom the card text is too small to read: the picture scrolls instead.
constexpr double kMinFitZoom = 0.5;

} // namespace

ScalingDock::ScalingDock(QWidget* parent)
    : QDockWidget(tr("Scaling"), parent), m_environment(new EnvironmentChooser),
      m_zoomBox(new QComboBox), m_scroll(new QScrollArea), m_view(new ScalingView)
{
    setObjectName(QStringLiteral("scalingDock"));
    m_environment->setObjectName(QStringLiteral("scalingEnvironment"));
    m_environment->setAccessibleName(tr("Environment shown"));
    m_environment->setAllEntry(true, true);
    // The environment shown when a design opens: the first production one, else the first.
    m_environment->setDefaultRule(EnvironmentChooser::firstProduction);
    m_zoomBox->setObjectName(QStringLiteral("scalingZoom"));
    m_zoomBox->setAccessibleName(tr("Zoom of the scaling picture"));
    m_zoomBox->addItem(tr("Fit width"), 0.0);
    for (int percent : {50, 75, 100, 125, 150})
        m_zoomBox->addItem(tr("%1 %").arg(percent), percent / 100.0);

    auto* bar = new QHBoxLayout;
    auto* environmentLabel = new QLabel(tr("&Environment:"));
    environmentLabel->setBuddy(m_environment);
    bar->addWidget(environmentLabel);
    bar->addWidget(m_environment);
    bar->addStretch();
    auto* zoomLabel = new QLabel(tr("&Zoom:"));
    zoomLabel->setBuddy(m_zoomBox);
    bar->addWidget(zoomLabel);
    bar->addWidget(m_zoomBox);

    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(false);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->viewport()->installEventFilter(this);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    setWidget(content);

    // The picture is rebuilt once per event-loop turn after edits, while visible.
    m_refresh = dockRefresh(this, [this](const DocumentChange& change) {
        if (m_drawn.needsRedraw(m_document, change, shownEnvironments()))
            rebuild();
    });
    refreshOnChooser(m_environment, m_refresh);
    connect(m_zoomBox, &QComboBox::currentIndexChanged, this, &ScalingDock::applyZoom);
    setDocument(nullptr);
}

void ScalingDock::setDocument(Document* document)
{
    m_document = document;
    widget()->setEnabled(document != nullptr);
    // A design opens on its own default environment, not on the previous design's choice.
    m_environment->setDocument(document, false);
    m_refresh->scheduleReset();
    m_refresh->flush();
}

std::vector<std::string> ScalingDock::shownEnvironments() const
{
    std::vector<std::string> ids;
    if (!m_document)
        return ids;
    const std::string chosen = environment();
    for (const Environment& e : m_document->topology().environments)
        if (chosen.empty() || e.id == chosen)
            ids.push_back(e.id);
    return ids;
}

std::string ScalingDock::environment() const
{
    return m_environment->environment();
}

void ScalingDock::rebuild()
{
    if (!m_document) {
        m_view->setPicture(std::nullopt);
        return;
    }
    // The figures are the shared analyses', worked out once per change they can see.
    std::vector<EnvironmentAnalysis> analyses;
    for (const std::string& id : shownEnvironments())
        if (const EnvironmentAnalysis* analysis = m_document->analysis(id))
            analyses.push_back(*analysis);
    m_view->setPicture(ScalingPainter(m_document->topology(), std::move(analyses)));
    applyZoom();
}

void ScalingDock::applyZoom()
{
    double zoom = m_zoomBox->currentData().toDouble();
    const auto& picture = m_view->picture();
    if (zoom <= 0) {
        zoom = 1;
        if (picture && !picture->isEmpty()) {
            const double room = m_scroll->viewport()->width() - 2;
            zoom = std::clamp(room / picture->bounds().width(), kMinFitZoom, 1.0);
        }
    }
    m_view->setZoom(zoom);
}

bool ScalingDock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        applyZoom();
    return QDockWidget::eventFilter(watched, event);
}

} // namespace topo
