#include "ui/docks/analysis/FailoverResults.h"

#include "core/analysis/EnvironmentAnalysis.h"
#include "editor/document/Document.h"
#include "ui/docks/ModelLookup.h"
#include "ui/docks/analysis/HealthIcon.h"

#include <QHeaderView>
#include <QTreeWidget>

#include <algorithm>

namespace topo {

namespace {

QTreeWidgetItem* addRow(QTreeWidgetItem* parent, const QString& what, bool works,
                        const QString& state = {})
{
    auto* item = new QTreeWidgetItem(parent);
    item->setText(0, what);
    item->setText(1, state.isEmpty()
                         ? (works ? FailoverResults::tr("works") : FailoverResults::tr("stopped"))
                         : state);
    item->setIcon(0, healthIcon(works ? Health::Works : Health::Stopped));
    return item;
}

QString rate(double value)
{
    return FailoverResults::tr("%1 req/s").arg(QString::number(value, 'g', 6));
}

} // namespace

FailoverResults::FailoverResults(QTreeWidget* tree) : m_tree(tree)
{
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    const auto fit = [tree] { tree->resizeColumnToContents(0); };
    QObject::connect(m_tree, &QTreeView::expanded, m_tree, fit);
    QObject::connect(m_tree, &QTreeView::collapsed, m_tree, fit);
}

void FailoverResults::clear()
{
    m_tree->clear();
    m_shown.clear();
}

void FailoverResults::show(const Document& document, const FailoverResult& result)
{
    // The total capacity and its arithmetic are the shared analysis's, as in every other dock.
    const std::vector<const EnvironmentAnalysis*> analyses = document.analyses();
    const auto& environments = document.topology().environments;
    const bool lifetimeExists =
        std::any_of(environments.begin(), environments.end(),
                    [](const Environment& e) { return e.purpose == Purpose::Lifetime; });
    std::vector<Shown> now;
    for (std::size_t i = 0; i < result.environments.size() && i < analyses.size(); ++i)
        now.push_back({result.environments[i], analyses[i]->capacity.total,
                       analyses[i]->capacityArithmetic.total, lifetimeExists});
    if (now.size() != m_shown.size()) {
        m_tree->clear();
        m_shown.assign(now.size(), Shown{}); // an environment id is never empty: all differ
    }
    bool rebuilt = false;
    for (std::size_t i = 0; i < now.size(); ++i) {
        if (now[i] == m_shown[i])
            continue;
        rebuilt = true;
        delete m_tree->takeTopLevelItem(int(i));
        addEnvironment(int(i), now[i].status, *analyses[i], lifetimeExists);
    }
    // Measured once per rebuild: a column that sizes itself to its contents measures every
    // row each time the header paints.
    if (rebuilt)
        m_tree->resizeColumnToContents(0);
    m_shown = std::move(now);
}

void FailoverResults::addEnvironment(int index, const EnvironmentStatus& status,
                                     const EnvironmentAnalysis& analysis, bool lifetimeExists)
{
    auto* env = new QTreeWidgetItem;
    m_tree->insertTopLevelItem(index, env);
    env->setText(0, qs(status.name.empty() ? status.environment : status.name));
    QFont bold = env->font(0);
    bold.setBold(true);
    env->setFont(0, bold);
    const bool carries = status.expected <= 0 || status.capacityLeft >= status.expected;
    QStringList stopped;
    auto row = [&](const QString& what, bool works) {
        if (!works)
            stopped.append(what.toLower());
        return addRow(env, what, works);
    };
    QTreeWidgetItem* serving = row(tr("Serving"), status.serving);
    for (const ZoneStatus& zone : status.zones)
        addRow(serving, tr("Zone %1").arg(qs(zone.name.empty() ? zone.zone : zone.name)),
               zone.serving,
               tr("%1 · %2 of %3 left")
                   .arg(zone.serving ? tr("works") : tr("stopped"), rate(zone.capacityLeft),
                        rate(zone.capacityTotal)));
    row(tr("Publishing"), status.publishing);
    QTreeWidgetItem* timers = row(tr("Timers"), status.timers);
    for (const ZoneStatus& zone : status.zones)
        addRow(timers, tr("Zone %1").arg(qs(zone.name.empty() ? zone.zone : zone.name)),
               zone.timers);
    row(tr("Cache invalidation"), status.cacheInvalidation);
    // Without a LifeTime environment there is nothing to manage with: not a loss.
    if (lifetimeExists)
        row(tr("LifeTime management"), status.lifetimeManagement);
    else
        addRow(env, tr("LifeTime management"), false, tr("no LifeTime environment"))
            ->setIcon(0, healthIcon(Health::Neutral));

    QString capacity = tr("%1 of %2").arg(rate(status.capacityLeft), rate(analysis.capacity.total));
    capacity += status.expected > 0 ? tr(" · expected %1").arg(rate(status.expected))
                                    : tr(" · no expected load stated");
    if (!status.serving)
        capacity += tr(" · serving stopped: none reaches users");
    // Capacity that reaches no user is lost, whether or not a load is stated.
    const bool capacityLost = !carries || (!status.serving && analysis.capacity.total > 0);
    QTreeWidgetItem* capacityRow = addRow(env, tr("Capacity"), !capacityLost, capacity);
    if (!capacityLost && status.expected <= 0)
        capacityRow->setIcon(0, healthIcon(Health::Neutral));
    const QString arithmetic =
        tr("Left: %1\nTotal: %2")
            .arg(qs(status.capacityArithmetic), qs(analysis.capacityArithmetic.total));
    capacityRow->setToolTip(0, arithmetic);
    capacityRow->setToolTip(1, arithmetic);

    for (const std::string& note : status.notes) {
        auto* item = new QTreeWidgetItem(env);
        item->setText(0, qs(note));
        item->setToolTip(0, qs(note));
        item->setFirstColumnSpanned(true);
        item->setForeground(0, m_tree->palette().placeholderText());
    }
    QStringList summary;
    if (!stopped.isEmpty())
        summary.append(tr("stopped: %1").arg(stopped.join(QStringLiteral(", "))));
    if (!carries)
        summary.append(tr("capacity below the expected load"));
    const bool works = summary.isEmpty();
    env->setText(1, works ? tr("everything works") : summary.join(QStringLiteral("; ")));
    env->setIcon(0, healthIcon(works ? Health::Works : Health::Stopped));
    env->setExpanded(!works);
    for (int i = 0; i < env->childCount(); ++i)
        env->child(i)->setExpanded(true);
}

} // namespace topo
