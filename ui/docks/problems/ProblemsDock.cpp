#include "ui/docks/problems/ProblemsDock.h"

#include "core/edit/ElementArrays.h"
#include "core/edit/QuickFixCatalogue.h"
#include "core/edit/QuickFixes.h"
#include "editor/document/Document.h"
#include "ui/docks/DockRefresh.h"
#include "ui/docks/Icons.h"
#include "ui/docks/ModelLookup.h"
#include "ui/docks/problems/FindingsFilter.h"
#include "ui/docks/problems/FindingsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>
#include <vector>

namespace topo {

namespace {

// Room for the longest severity, "Warning", with its icon and the cell's margins, and for the
// column's title with the sort arrow, in the view's own font (wider on some platforms).
int severityWidth(const QTreeView& view)
{
    const QFontMetrics metrics = view.fontMetrics();
    const int cell = metrics.horizontalAdvance(ProblemsDock::tr("Warning")) +
                     view.style()->pixelMetric(QStyle::PM_SmallIconSize) + 3 * metrics.height() / 2;
    const int title =
        metrics.horizontalAdvance(ProblemsDock::tr("Severity")) + 2 * metrics.height();
    return std::max(cell, title);
}

} // namespace

ProblemsDock::ProblemsDock(QWidget* parent)
    : QDockWidget(tr("Problems"), parent), m_model(new FindingsModel(this)),
      m_filter(new FindingsFilter(this)), m_view(new QTreeView), m_environment(new QComboBox),
      m_group(new QCheckBox(tr("Group by environment"))), m_fix(new QToolButton),
      m_fixesMenu(new QMenu(this)), m_details(new QLabel)
{
    setObjectName(QStringLiteral("problemsDock"));
    setAccessibleName(tr("Problems"));
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setAccessibleName(tr("Problems"));
    m_view->setRootIsDecorated(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder); // worst first
    m_view->header()->setSortIndicatorShown(true);
    m_view->header()->setToolTip(tr("Click a column title to sort by it"));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(FindingsModel::SeverityColumn, severityWidth(*m_view));
    m_view->setColumnWidth(FindingsModel::RuleColumn, 160);
    m_view->setColumnWidth(FindingsModel::ElementsColumn, 200);

    auto* bar = new QHBoxLayout;
    const char* labels[3] = {QT_TR_NOOP("Infos"), QT_TR_NOOP("Warnings"), QT_TR_NOOP("Errors")};
    for (int severity = 2; severity >= 0; --severity) {
        auto* button = new QToolButton;
        button->setCheckable(true);
        button->setChecked(true);
        button->setText(tr(labels[severity]));
        button->setIcon(severityIcon(static_cast<Severity>(severity)));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAccessibleName(tr("Show %1").arg(tr(labels[severity])));
        connect(button, &QToolButton::toggled, this, &ProblemsDock::updateFilters);
        m_severity[severity] = button;
        bar->addWidget(button);
    }
    m_environment->setAccessibleName(tr("Environment filter"));
    m_environment->setObjectName(QStringLiteral("problemsEnvironment"));
    m_environment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_environment);
    m_group->setObjectName(QStringLiteral("groupByEnvironment"));
    m_group->setToolTip(tr("One row per environment, with its counts, holding its problems"));
    bar->addWidget(m_group);
    bar->addStretch(1);
    m_fix->setText(tr("Fix"));
    m_fix->setObjectName(QStringLiteral("fixButton"));
    m_fix->setAccessibleName(tr("Quick fixes for the selected problem"));
    m_fix->setPopupMode(QToolButton::InstantPopup);
    m_fix->setMenu(m_fixesMenu);
    m_fix->setEnabled(false);
    bar->addWidget(m_fix);

    m_details->setWordWrap(true);
    m_details->setOpenExternalLinks(true);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setObjectName(QStringLiteral("problemDetails"));
    m_details->setAccessibleName(tr("Rule details"));

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    auto* split = new QHBoxLayout;
    split->addWidget(m_view, 3);
    split->addWidget(m_details, 1);
    layout->addLayout(split);
    setWidget(content);

    connect(m_environment, &QComboBox::activated, this, &ProblemsDock::updateFilters);
    connect(m_group, &QCheckBox::toggled, this, &ProblemsDock::setGrouped);
    // The selected finding survives each reload of the findings.
    connect(m_model, &FindingsModel::modelAboutToBeReset, this, &ProblemsDock::rememberCurrent);
    connect(m_model, &FindingsModel::modelReset, this, &ProblemsDock::restoreCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (!m_restoring)
            updateDetails();
    });
    connect(m_view, &QTreeView::activated, this, &ProblemsDock::activate);
    connect(m_view, &QTreeView::clicked, this, &ProblemsDock::activate);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ProblemsDock::showContextMenu);
    connect(m_fixesMenu, &QMenu::aboutToShow, this, [this] {
        // The rule has fixes, but this design may leave none to offer.
        if (!fillFixesMenu(m_fixesMenu, m_view->currentIndex()))
            m_fixesMenu->addAction(tr("No quick fix applies here"))->setEnabled(false);
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex& parent, int first, int last) {
                if (!parent.isValid())
                    decorateGroups(first, last);
            });
}

void ProblemsDock::setDocument(Document* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_model->setDocument(document);
    if (document) {
        // The details follow the findings, once per event-loop turn while visible.
        if (!m_refresh)
            m_refresh = dockRefresh(this, [this](const DocumentChange&) { updateDetails(); });
        connect(document, &Document::findingsChanged, this,
                [this] { m_refresh->schedule(DocumentChange{}); });
        connect(document, &Document::changed, this, &ProblemsDock::refreshEnvironments);
    }
    refreshEnvironments();
    updateDetails();
}

const Finding* ProblemsDock::findingAt(const QModelIndex& viewIndex) const
{
    return m_model->finding(m_filter->mapToSource(viewIndex));
}

void ProblemsDock::activate(const QModelIndex& viewIndex)
{
    const Finding* finding = findingAt(viewIndex);
    if (!finding || !m_document)
        return;
    QStringList ids;
    for (const std::string& id : finding->subjects)
        ids << qs(id);
    m_document->setSelection(ids);
    Q_EMIT subjectsActivated(ids);
}

namespace {

// CAPACITY-SHORT, CAPACITY-N1, CAPACITY-BALANCED of an environment.
bool sizesCapacity(const Finding& finding)
{
    return finding.rule.rfind("CAPACITY-", 0) == 0 && !finding.environment.empty();
}

} // namespace

bool ProblemsDock::fillFixesMenu(QMenu* menu, const QModelIndex& viewIndex)
{
    menu->clear();
    const Finding* finding = findingAt(viewIndex);
    if (!finding || !m_document)
        return false;
    const Finding copy = *finding; // the model resets when a fix applies
    // Building the fixes edits copies of the design: done only when a menu opens.
    for (QuickFix& fix : quickFixesFor(m_document->topology(), copy)) {
        QAction* action = menu->addAction(qs(fix.title));
        connect(action, &QAction::triggered, this,
                [this, title = qs(fix.title), patch = std::move(fix.patch)] {
                    if (m_document)
                        m_document->apply(patch, title);
                });
    }
    // The capacity rules have no one fix: the Sizing advisor works out what would do.
    if (sizesCapacity(copy)) {
        const Environment* env = findById(m_document->topology().environments, copy.environment);
        QAction* sizing = menu->addAction(
            tr("Open the Sizing advisor for %1").arg(qs(env ? env->name : copy.environment)));
        sizing->setObjectName(QStringLiteral("openSizingAction"));
        connect(sizing, &QAction::triggered, this,
                [this, id = qs(copy.environment)] { Q_EMIT sizingRequested(id); });
    }
    return !menu->isEmpty();
}

void ProblemsDock::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    QMenu menu(this);
    if (!fillFixesMenu(&menu, index))
        menu.addAction(tr("No quick fix for this problem"))->setEnabled(false);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void ProblemsDock::updateFilters()
{
    for (int severity = 0; severity < 3; ++severity)
        m_filter->setSeverityShown(static_cast<Severity>(severity),
                                   m_severity[severity]->isChecked());
    m_filter->setEnvironment(m_environment->currentData().toString());
    updateDetails();
}

void ProblemsDock::refreshEnvironments()
{
    // The environment filter follows the design's environments (cheap: no details).
    std::vector<std::pair<QString, QString>> wanted{{tr("All environments"), QString()}};
    if (m_document)
        for (const Environment& e : m_document->topology().environments)
            wanted.emplace_back(qs(e.name), qs(e.id));
    bool same = m_environment->count() == static_cast<int>(wanted.size());
    for (int i = 0; same && i < m_environment->count(); ++i)
        same = m_environment->itemText(i) == wanted[static_cast<std::size_t>(i)].first &&
               m_environment->itemData(i).toString() == wanted[static_cast<std::size_t>(i)].second;
    if (same)
        return;
    const QString chosen = m_environment->currentData().toString();
    {
        const QSignalBlocker blocker(m_environment);
        m_environment->clear();
        for (const auto& [name, id] : wanted)
            m_environment->addItem(name, id);
        m_environment->setCurrentIndex(std::max(0, m_environment->findData(chosen)));
    }
    // The group rows name the environments.
    if (m_model->isGrouped())
        m_model->reload();
}

void ProblemsDock::setGrouped(bool grouped)
{
    m_model->setGrouped(grouped);
    m_view->setRootIsDecorated(grouped);
    // Grouped rows are indented: the severity column gets the indent on top of its width, so
    // "Error" is not cut to "E…".
    m_view->setColumnWidth(FindingsModel::SeverityColumn,
                           severityWidth(*m_view) + (grouped ? m_view->indentation() : 0));
}

void ProblemsDock::decorateGroups(int first, int last)
{
    // A group's name and counts span the row; groups come open.
    if (!m_model->isGrouped())
        return;
    for (int row = first; row <= last; ++row) {
        m_view->setFirstColumnSpanned(row, {}, true);
        m_view->expand(m_filter->index(row, 0));
    }
}

void ProblemsDock::rememberCurrent()
{
    const Finding* finding = findingAt(m_view->currentIndex());
    if (finding)
        m_current = *finding;
    else
        m_current.reset();
}

void ProblemsDock::restoreCurrent()
{
    m_restoring = true;
    decorateGroups(0, m_filter->rowCount() - 1);
    const QModelIndex source = m_current ? m_model->indexOf(*m_current) : QModelIndex();
    const QModelIndex index = m_filter->mapFromSource(source);
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    m_restoring = false;
}

void ProblemsDock::updateDetails()
{
    ++m_detailsUpdates;
    const Finding* finding = findingAt(m_view->currentIndex());
    m_fix->setEnabled(finding && (hasQuickFix(*finding) || sizesCapacity(*finding)));
    m_details->setText(finding ? findingDescription(*finding)
                               : tr("Select a problem to read why the rule exists."));
}

} // namespace topo
