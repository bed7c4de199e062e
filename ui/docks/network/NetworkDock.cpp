#include "ui/docks/network/NetworkDock.h"

#include "core/edit/ElementLookup.h"
#include "core/flows/FlowTables.h"
#include "editor/document/Document.h"
#include "editor/files/FileWrite.h"
#include "ui/docks/DockRefresh.h"
#include "ui/docks/EnvironmentChooser.h"
#include "ui/docks/ModelLookup.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace topo {

namespace {

// Per-host rows under a grouped row, at most: the rest is in Export CSV….
constexpr std::size_t kHostRowsShown = 500;
// Flows drawn on the canvas for one chosen row, at most.
constexpr std::size_t kFlowsDrawn = 200;
constexpr int kRowRole = Qt::UserRole;      // a grouped row's index in m_rows
constexpr int kPairRole = Qt::UserRole + 1; // a per-host row: "source\ndestination" ids

enum Column { KindColumn, FromColumn, ToColumn, PortColumn, ExposureColumn, PurposeColumn };

QString portText(int port)
{
    return QStringLiteral("%1/%2").arg(port).arg(qs(protocolName()));
}

// Every (source, destination) pair of a row, a server never with itself.
template <typename Visit> void forEachPair(const FlowGroupRow& row, Visit visit)
{
    for (const FlowEnd& source : row.source.members)
        for (const FlowEnd& destination : row.destination.members)
            if (source != destination || source.kind != EndKind::Server)
                if (!visit(source, destination))
                    return;
}

} // namespace

NetworkDock::NetworkDock(QWidget* parent)
    : QDockWidget(tr("Network"), parent), m_environment(new EnvironmentChooser),
      m_kind(new QComboBox), m_view(new QTreeWidget), m_copy(new QPushButton(tr("Copy"))),
      m_export(new QPushButton(tr("Export CSV…")))
{
    setObjectName(QStringLiteral("networkDock"));
    setAccessibleName(tr("Network flows"));
    m_environment->setObjectName(QStringLiteral("networkEnvironment"));
    m_environment->setAccessibleName(tr("Environment whose flows are shown"));
    m_environment->setAllEntry(true, true);
    // A firewall request is per environment, and every environment of a large factory at
    // once would be thousands of rows: production first; "All environments" on request.
    m_environment->setDefaultRule(EnvironmentChooser::firstProduction);
    m_kind->setObjectName(QStringLiteral("networkKind"));
    m_kind->setAccessibleName(tr("Kind of flow shown"));
    m_kind->addItem(tr("All kinds"));
    for (std::size_t k = 0; k < kFlowKindCount; ++k)
        m_kind->addItem(qs(flowKindName(static_cast<FlowKind>(k))));
    m_copy->setObjectName(QStringLiteral("copyFlowsButton"));
    m_copy->setToolTip(tr("Copy the chosen rows (or all shown) as CSV"));
    m_export->setObjectName(QStringLiteral("exportFlowsButton"));
    m_export->setToolTip(tr("Save every per-host flow shown as a CSV file for the network team"));
    m_view->setObjectName(QStringLiteral("flowsView"));
    m_view->setAccessibleName(tr("Network flows"));
    m_view->setHeaderLabels(
        {tr("Kind"), tr("From"), tr("To"), tr("Port"), tr("Exposure"), tr("Purpose")});
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Environment")));
    bar->addWidget(m_environment);
    bar->addWidget(new QLabel(tr("Kind")));
    bar->addWidget(m_kind);
    bar->addStretch(1);
    bar->addWidget(m_copy);
    bar->addWidget(m_export);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setWidget(content);

    askSavePath = [this](const QString& suggestion) {
        return QFileDialog::getSaveFileName(this, tr("Export the network flows"), suggestion,
                                            tr("CSV files (*.csv);;All files (*)"));
    };
    reportError = [this](const QString& title, const QString& text) {
        QMessageBox::warning(this, title, text);
    };
    m_refresh = dockRefresh(this, [this](const DocumentChange&) { refresh(); });
    refreshOnChooser(m_environment, m_refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_refresh->scheduleReset();
        m_refresh->flush();
    });
    connect(m_view, &QTreeWidget::itemExpanded, this, &NetworkDock::expand);
    connect(m_view, &QTreeWidget::itemSelectionChanged, this, &NetworkDock::choose);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(copiedText()); });
    connect(m_export, &QPushButton::clicked, this, &NetworkDock::exportCsv);
    setDocument(nullptr);
}

void NetworkDock::setDocument(Document* document)
{
    m_document = document;
    widget()->setEnabled(document != nullptr);
    m_environment->setDocument(document);
    m_refresh->scheduleReset();
    m_refresh->flush();
}

std::optional<FlowKind> NetworkDock::chosenKind() const
{
    if (m_kind->currentIndex() <= 0)
        return std::nullopt; // "All kinds"
    return static_cast<FlowKind>(m_kind->currentIndex() - 1);
}

std::vector<FlowGroupRow> NetworkDock::shownRows() const
{
    if (!m_document)
        return {};
    std::vector<FlowGroupRow> rows =
        groupedFlows(m_document->topology(), m_environment->environment());
    if (const std::optional<FlowKind> kind = chosenKind())
        std::erase_if(rows, [kind](const FlowGroupRow& row) { return row.kind != *kind; });
    return rows;
}

void NetworkDock::refresh()
{
    m_rows = shownRows();
    const QSignalBlocker quiet(m_view);
    m_view->clear();
    Q_EMIT flowsChosen({});
    if (!m_document)
        return;
    const FlowEnds ends(m_document->topology());
    QList<QTreeWidgetItem*> items;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const FlowGroupRow& row = m_rows[i];
        auto* item = new QTreeWidgetItem;
        item->setText(KindColumn, qs(flowKindName(row.kind)));
        item->setText(FromColumn, qs(sideTitle(row.source, ends)));
        item->setText(ToColumn, qs(sideTitle(row.destination, ends)));
        item->setText(PortColumn, portText(row.port));
        item->setText(ExposureColumn, internalPort(row.port) ? tr("internal") : QString());
        item->setText(PurposeColumn, qs(flowPurpose(row.kind)));
        item->setToolTip(PurposeColumn, tr("Source: “%1”").arg(qs(flowReference(row.kind))));
        item->setToolTip(ExposureColumn, internalPort(row.port)
                                             ? tr("Must never be open to the internet")
                                             : QString());
        item->setData(0, kRowRole, static_cast<qulonglong>(i));
        // Opens to its per-host rows, made when it is first opened.
        if (row.source.members.size() > 1 || row.destination.members.size() > 1)
            item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        items.append(item);
    }
    m_view->addTopLevelItems(items);
    for (int c = KindColumn; c < PurposeColumn; ++c)
        m_view->resizeColumnToContents(c);
}

void NetworkDock::expand(QTreeWidgetItem* item)
{
    if (!m_document || item->parent() || item->childCount() > 0)
        return;
    const FlowGroupRow& row = m_rows[item->data(0, kRowRole).toULongLong()];
    const FlowEnds ends(m_document->topology());
    std::size_t shown = 0;
    std::size_t all = 0;
    forEachPair(row, [&](const FlowEnd& source, const FlowEnd& destination) {
        ++all;
        if (shown == kHostRowsShown)
            return true;
        ++shown;
        auto* child = new QTreeWidgetItem(item);
        child->setText(FromColumn, qs(ends.name(source)));
        const std::string_view address = ends.address(destination);
        child->setText(ToColumn, address.empty() || address == ends.name(destination)
                                     ? qs(ends.name(destination))
                                     : tr("%1 (%2)").arg(qs(ends.name(destination)), qs(address)));
        child->setText(PortColumn, portText(row.port));
        child->setData(0, kPairRole, QStringList{qs(ends.id(source)), qs(ends.id(destination))});
        return true;
    });
    if (all > shown)
        (new QTreeWidgetItem(item))
            ->setText(FromColumn,
                      tr("… and %1 more: Export CSV… lists every flow").arg(all - shown));
}

void NetworkDock::choose()
{
    if (!m_document)
        return;
    const Topology& topology = m_document->topology();
    const FlowEnds ends(topology);
    std::vector<CanvasScene::Flow> flows;
    QStringList ids;
    QStringList elsewhere; // ids outside the row's environment, after its own
    const auto note = [&](const FlowEnd& end, const FlowGroupRow& row) {
        if (end.kind == EndKind::External)
            return;
        const QString id = qs(ends.id(end));
        if (ids.contains(id) || elsewhere.contains(id))
            return;
        const bool own =
            environmentOf(topology, ends.id(end)) == topology.environments[row.environment].id;
        (own ? ids : elsewhere).append(id);
    };
    const auto add = [&](const FlowEnd& source, const FlowEnd& destination,
                         const FlowGroupRow& row) {
        note(source, row);
        note(destination, row);
        if (flows.size() == kFlowsDrawn)
            return false;
        const bool outsideFrom = source.kind == EndKind::External;
        const bool outsideTo = destination.kind == EndKind::External;
        flows.push_back({outsideFrom ? std::string() : std::string(ends.id(source)),
                         outsideTo ? std::string() : std::string(ends.id(destination)),
                         outsideFrom ? qs(ends.name(source))
                         : outsideTo ? qs(ends.name(destination))
                                     : QString(),
                         portText(row.port)});
        return true;
    };
    for (QTreeWidgetItem* item : m_view->selectedItems()) {
        QTreeWidgetItem* top = item->parent() ? item->parent() : item;
        const FlowGroupRow& row = m_rows[top->data(0, kRowRole).toULongLong()];
        const QStringList pair = item->data(0, kPairRole).toStringList();
        forEachPair(row, [&](const FlowEnd& source, const FlowEnd& destination) {
            if (pair.size() == 2 &&
                (qs(ends.id(source)) != pair[0] || qs(ends.id(destination)) != pair[1]))
                return true;
            return add(source, destination, row);
        });
    }
    if (!ids.isEmpty() || !elsewhere.isEmpty())
        m_document->setSelection(ids + elsewhere);
    Q_EMIT flowsChosen(flows);
    if (!ids.isEmpty() || !elsewhere.isEmpty())
        Q_EMIT elementsActivated(ids + elsewhere);
}

QString NetworkDock::copiedText() const
{
    if (!m_document)
        return {};
    std::vector<FlowGroupRow> chosen;
    for (QTreeWidgetItem* item : m_view->selectedItems())
        if (!item->parent())
            chosen.push_back(m_rows[item->data(0, kRowRole).toULongLong()]);
    return qs(groupsCsv(m_document->topology(), chosen.empty() ? m_rows : chosen));
}

void NetworkDock::exportCsv()
{
    if (!m_document)
        return;
    const std::string environment = m_environment->environment();
    const QString suggestion =
        (environment.empty() ? QStringLiteral("network-flows")
                             : QStringLiteral("network-flows-") + qs(environment)) +
        QStringLiteral(".csv");
    const QString path = askSavePath(suggestion);
    if (!path.isEmpty())
        saveCsv(path);
}

bool NetworkDock::saveCsv(const QString& path)
{
    if (!m_document)
        return false;
    std::vector<NetworkFlow> flows =
        networkFlows(m_document->topology(), m_environment->environment());
    if (const std::optional<FlowKind> kind = chosenKind())
        std::erase_if(flows, [kind](const NetworkFlow& f) { return f.kind != *kind; });
    const std::string csv = flowsCsv(m_document->topology(), flows);
    const FileWriteResult result =
        writeFileAtomically(path, QByteArray(csv.data(), static_cast<qsizetype>(csv.size())));
    if (!result.ok)
        reportError(tr("Cannot export the network flows"), result.errorText);
    return result.ok;
}

} // namespace topo
