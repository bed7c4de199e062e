#include "ui/docks/analysis/FailoverDock.h"

#include "core/analysis/EnvironmentAnalysis.h"
#include "core/analysis/FailoverSimulation.h"
#include "core/analysis/FailureMarks.h"
#include "core/analysis/SinglePointsOfFailure.h"
#include "editor/document/Document.h"
#include "editor/document/SinglePointsWorker.h"
#include "editor/export/ReportOperations.h"
#include "ui/docks/DockRefresh.h"
#include "ui/docks/ModelLookup.h"
#include "ui/docks/analysis/FailoverResults.h"
#include "ui/docks/analysis/HealthIcon.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace topo {
namespace {

QString kindWord(const Topology& topology, const std::string& id)
{
    switch (kindOf(topology, id).value_or(ElementKind::Note)) {
    case ElementKind::Site:
        return FailoverDock::tr("site");
    case ElementKind::Server:
        return FailoverDock::tr("server");
    case ElementKind::LoadBalancer:
        return FailoverDock::tr("load balancer");
    case ElementKind::Database:
        return FailoverDock::tr("database");
    case ElementKind::MessageQueue:
        return FailoverDock::tr("queue");
    default:
        return {};
    }
}

QString describe(const Topology& topology, const std::string& id)
{
    return FailoverDock::tr("%1 (%2)").arg(elementName(topology, id), kindWord(topology, id));
}

} // namespace

FailoverDock::FailoverDock(QWidget* parent)
    : QDockWidget(tr("Failover"), parent), m_failed(new QListWidget),
      m_toggle(new QPushButton(tr("Fail selected"))), m_clear(new QPushButton(tr("Clear all"))),
      m_results(new QTreeWidget), m_resultRows(m_results), m_runbook(new QTextBrowser),
      m_each(new QPushButton(tr("Every single failure"))), m_points(new QTreeWidget),
      m_pointFail(new QPushButton(tr("Simulate failure"))), m_pointsSummary(new QLabel)
{
    setObjectName(QStringLiteral("failoverDock"));
    setAccessibleName(tr("Failover simulation"));

    m_failed->setObjectName(QStringLiteral("failedElements"));
    m_failed->setAccessibleName(tr("Failed elements"));
    m_toggle->setObjectName(QStringLiteral("failSelectionButton"));
    m_toggle->setToolTip(tr("Fail the selected elements in the simulation, or restore them"));
    m_clear->setObjectName(QStringLiteral("clearFailuresButton"));
    auto* failedTitle = new QLabel(tr("<b>Failed elements</b> (not saved)"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_clear);
    auto* failedPanel = new QWidget;
    auto* failedLayout = new QVBoxLayout(failedPanel);
    failedLayout->setContentsMargins(0, 0, 0, 0);
    failedLayout->addWidget(failedTitle);
    failedLayout->addWidget(m_failed);
    failedLayout->addLayout(buttons);

    m_results->setObjectName(QStringLiteral("failoverResults"));
    m_results->setAccessibleName(tr("What still works"));
    m_results->setHeaderLabels({tr("What still works"), tr("State")});
    m_results->setUniformRowHeights(true);
    m_results->header()->setStretchLastSection(true);

    m_runbook->setObjectName(QStringLiteral("failoverRunbook"));
    m_runbook->setAccessibleName(tr("What to do"));
    m_runbook->setOpenLinks(false);
    m_runbook->hide();
    auto* middle = new QSplitter(Qt::Vertical);
    middle->addWidget(m_results);
    middle->addWidget(m_runbook);
    middle->setStretchFactor(0, 1);
    middle->setStretchFactor(1, 1);

    m_each->setObjectName(QStringLiteral("singleFailuresButton"));
    m_each->setToolTip(tr("Fail each element alone and list what stops, worst first"));
    m_points->setObjectName(QStringLiteral("singleFailures"));
    m_points->setAccessibleName(tr("Single points of failure"));
    m_points->setHeaderLabels({tr("Single point of failure"), tr("Stops")});
    m_points->setRootIsDecorated(false);
    m_points->setUniformRowHeights(true);
    m_points->header()->setStretchLastSection(true);
    m_points->setToolTip(tr("Click to show the element on the canvas; Simulate failure (or the "
                            "right-click menu) fails it"));
    m_points->setContextMenuPolicy(Qt::CustomContextMenu);
    m_pointFail->setObjectName(QStringLiteral("failPointButton"));
    m_pointFail->setToolTip(
        tr("Fail the chosen single point of failure in the simulation, or restore it"));
    auto* pointsBar = new QHBoxLayout;
    pointsBar->addWidget(m_each);
    pointsBar->addWidget(m_pointFail);
    pointsBar->addStretch(1);
    m_pointsSummary->setObjectName(QStringLiteral("singleFailuresSummary"));
    m_pointsSummary->setWordWrap(true);
    auto* pointsPanel = new QWidget;
    auto* pointsLayout = new QVBoxLayout(pointsPanel);
    pointsLayout->setContentsMargins(0, 0, 0, 0);
    pointsLayout->addLayout(pointsBar);
    pointsLayout->addWidget(m_pointsSummary);
    pointsLayout->addWidget(m_points);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(failedPanel);
    splitter->addWidget(middle);
    splitter->addWidget(pointsPanel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({220, 520, 380});
    setWidget(splitter);
    m_refresh = dockRefresh(this, [this](const DocumentChange& pending) {
        // An edit that reaches no environment's analysis (a move, a resize) changes neither
        // the simulation nor the single points of failure: the failed set still may.
        if (m_drawn.needsRedraw(m_document, pending, environmentIds()) || m_failuresChanged)
            refresh();
        else
            m_designChanged = false;
        m_failuresChanged = false;
    });
    m_worker = new SinglePointsWorker(this);
    connect(m_worker, &SinglePointsWorker::finished, this, &FailoverDock::showSingleFailurePoints);

    connect(m_toggle, &QPushButton::clicked, this, &FailoverDock::toggleSelection);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (m_document)
            m_document->clearFailures();
    });
    connect(m_each, &QPushButton::clicked, this, &FailoverDock::showSingleFailures);
    // A click, a double click or Enter only shows the element; failing it is a button away.
    connect(m_points, &QTreeWidget::itemClicked, this, &FailoverDock::showPoint);
    connect(m_points, &QTreeWidget::itemActivated, this, &FailoverDock::showPoint);
    connect(m_points, &QTreeWidget::currentItemChanged, this, &FailoverDock::updatePointButton);
    connect(m_points, &QTreeWidget::customContextMenuRequested, this, &FailoverDock::showPointMenu);
    connect(m_pointFail, &QPushButton::clicked, this, &FailoverDock::togglePoint);
    connect(m_failed, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        Q_EMIT elementsActivated({item->data(Qt::UserRole).toString()});
    });
    setDocument(nullptr);
}

void FailoverDock::setDocument(Document* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_pointsShown = false;
    m_resultRows.forget(); // another design: every row is built anew
    widget()->setEnabled(document != nullptr);
    if (document) {
        connect(document, &Document::changed, this, [this](const DocumentChange& change) {
            if (onlyNotesChanged(m_document->topology(), change))
                return;
            m_designChanged = true;
            m_refresh->schedule(change);
        });
        // The failed set changes the results, never the single points of failure.
        connect(document, &Document::failuresChanged, this, [this] {
            m_failuresChanged = true;
            m_refresh->schedule(DocumentChange{});
        });
        connect(document, &Document::selectionChanged, this, &FailoverDock::updateToggle);
    }
    m_designChanged = true;
    m_refresh->scheduleReset();
    m_refresh->flush();
}

void FailoverDock::changeEvent(QEvent* event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_refresh) {
        m_resultRows.forget(); // the notes' colour is the palette's
        m_refresh->scheduleReset();
    }
}

std::vector<std::string> FailoverDock::environmentIds() const
{
    std::vector<std::string> ids;
    if (m_document)
        for (const Environment& env : m_document->topology().environments)
            ids.push_back(env.id);
    return ids;
}

void FailoverDock::refresh()
{
    refreshFailed();
    refreshResults();
    if (m_designChanged)
        requestSingleFailures();
    m_designChanged = false;
    updateToggle();
    updatePointButton();
}

void FailoverDock::refreshFailed()
{
    m_failed->clear();
    m_clear->setEnabled(m_document && !m_document->failedElements().empty());
    if (!m_document)
        return;
    const Topology& t = m_document->topology();
    for (const std::string& id : m_document->failedElements()) {
        auto* item = new QListWidgetItem(healthIcon(Health::Stopped), describe(t, id), m_failed);
        item->setData(Qt::UserRole, qs(id));
    }
    if (m_failed->count() == 0) {
        auto* hint = new QListWidgetItem(tr("None: right-click an element on the canvas and "
                                            "choose Simulate failure, or select it and press "
                                            "Fail selected."),
                                         m_failed);
        hint->setFlags(Qt::NoItemFlags);
    }
    m_failed->setWordWrap(true);
}

void FailoverDock::refreshResults()
{
    if (!m_document) {
        m_resultRows.clear();
        return;
    }
    m_resultRows.show(
        *m_document,
        FailoverSimulation(m_document->topology()).simulate(m_document->failedElements()));
    showRunbooks(failoverRunbooks(m_document->topology(), m_document->failedElements()));
}

void FailoverDock::showRunbooks(const std::vector<FailoverRunbook>& runbooks)
{
    m_runbook->setVisible(!runbooks.empty());
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(tr("What to do"));
    for (const FailoverRunbook& r : runbooks)
        html += failoverRunbookHtml(r, false); // as the design report writes it
    m_runbook->setHtml(html);
}

void FailoverDock::showSingleFailures()
{
    m_pointsShown = true;
    requestSingleFailures();
    updatePointButton();
}

bool FailoverDock::singleFailuresUpdating() const
{
    return m_worker->isBusy();
}

void FailoverDock::requestSingleFailures()
{
    m_points->setVisible(m_pointsShown);
    m_pointsSummary->setVisible(m_pointsShown);
    if (!m_document || !m_pointsShown) {
        m_worker->cancel();
        m_points->clear();
        return;
    }
    // The list on screen is of an older design until the search ends: greyed, not current.
    m_points->setEnabled(false);
    m_pointsSummary->setText(tr("Updating…"));
    m_worker->request(m_document->topology());
}

void FailoverDock::showSingleFailurePoints()
{
    m_points->clear();
    m_points->setEnabled(true);
    const Topology& t = *m_worker->snapshot();
    const std::vector<SinglePointOfFailure>& points = m_worker->points();
    for (const SinglePointOfFailure& point : points) {
        QStringList breaks;
        for (const Breakage& b : point.breaks) {
            QString text =
                tr("%1: %2").arg(elementName(t, b.environment), qs(capabilityList(b.what)));
            if (!b.zones.empty()) {
                QStringList zones;
                for (const std::string& zone : b.zones)
                    zones.append(elementName(t, zone));
                text += tr(" (zones %1)").arg(zones.join(QStringLiteral(", ")));
            }
            breaks.append(text);
        }
        auto* item = new QTreeWidgetItem(m_points);
        item->setText(0, describe(t, point.element));
        item->setText(1, breaks.join(QStringLiteral("; ")));
        item->setToolTip(1, breaks.join(QStringLiteral("\n")));
        item->setIcon(0, healthIcon(Health::Stopped));
        item->setData(0, Qt::UserRole, qs(point.element));
    }
    m_points->resizeColumnToContents(0);
    m_pointsSummary->setText(
        points.empty()       ? tr("No single failure stops anything: the design has no "
                                        "single point of failure.")
        : points.size() == 1 ? tr("1 single point of failure:")
                             : tr("%1 single points of failure, worst first:").arg(points.size()));
    updatePointButton();
}

void FailoverDock::showPoint(QTreeWidgetItem* item)
{
    if (!m_document || !item)
        return;
    const QString id = item->data(0, Qt::UserRole).toString();
    m_document->setSelection({id});
    Q_EMIT elementsActivated({id});
}

QString FailoverDock::currentPoint() const
{
    const QTreeWidgetItem* item = m_points->currentItem();
    return item && m_pointsShown ? item->data(0, Qt::UserRole).toString() : QString();
}

void FailoverDock::togglePoint()
{
    const QString id = currentPoint();
    if (m_document && !id.isEmpty())
        m_document->setFailed(ss(id), !m_document->isFailed(ss(id)));
}

void FailoverDock::updatePointButton()
{
    const QString id = currentPoint();
    const bool failed = m_document && !id.isEmpty() && m_document->isFailed(ss(id));
    m_pointFail->setVisible(m_pointsShown);
    m_pointFail->setEnabled(m_document && !id.isEmpty());
    m_pointFail->setText(failed ? tr("Restore") : tr("Simulate failure"));
}

void FailoverDock::showPointMenu(const QPoint& pos)
{
    QTreeWidgetItem* item = m_points->itemAt(pos);
    if (!item || !m_document)
        return;
    m_points->setCurrentItem(item);
    QMenu menu(this);
    menu.addAction(tr("Show on canvas"), this, [this, item] { showPoint(item); })
        ->setObjectName(QStringLiteral("showPointAction"));
    menu.addAction(m_pointFail->text(), this, &FailoverDock::togglePoint)
        ->setObjectName(QStringLiteral("pointFailureAction"));
    menu.exec(m_points->viewport()->mapToGlobal(pos));
}

QStringList FailoverDock::failableSelection() const
{
    QStringList ids;
    if (m_document)
        for (const QString& id : m_document->selection())
            if (Document::canFail(m_document->topology(), ss(id)))
                ids.append(id);
    return ids;
}

void FailoverDock::updateToggle()
{
    const QStringList ids = failableSelection();
    const bool allFailed =
        !ids.isEmpty() && std::all_of(ids.begin(), ids.end(), [this](const QString& id) {
            return m_document->isFailed(ss(id));
        });
    m_toggle->setEnabled(!ids.isEmpty());
    m_toggle->setText(allFailed ? tr("Restore selected") : tr("Fail selected"));
}

void FailoverDock::toggleSelection()
{
    const QStringList ids = failableSelection();
    if (ids.isEmpty())
        return;
    const bool allFailed = std::all_of(
        ids.begin(), ids.end(), [this](const QString& id) { return m_document->isFailed(ss(id)); });
    for (const QString& id : ids)
        m_document->setFailed(ss(id), !allFailed);
}

} // namespace topo
