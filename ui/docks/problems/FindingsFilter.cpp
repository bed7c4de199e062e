#include "ui/docks/problems/FindingsFilter.h"

#include "ui/docks/problems/FindingsModel.h"

namespace topo {

namespace {

// Ascending severity order is the worst first.
int severityRank(const QModelIndex& index)
{
    return -index.data(FindingsModel::SeverityRole).toInt();
}

} // namespace

FindingsFilter::FindingsFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    // A group is shown when one of its findings is.
    setRecursiveFilteringEnabled(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FindingsFilter::setSeverityShown(Severity severity, bool shown)
{
    m_shown[static_cast<int>(severity)] = shown;
    invalidateFilter();
}

bool FindingsFilter::severityShown(Severity severity) const
{
    return m_shown[static_cast<int>(severity)];
}

void FindingsFilter::setEnvironment(const QString& environmentId)
{
    m_environment = environmentId;
    invalidateFilter();
}

bool FindingsFilter::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    if (index.data(FindingsModel::GroupRole).toBool())
        return false; // shown through its findings
    const int severity = index.data(FindingsModel::SeverityRole).toInt();
    if (severity < 0 || severity > 2 || !m_shown[severity])
        return false;
    return m_environment.isEmpty() ||
           index.data(FindingsModel::EnvironmentRole).toString() == m_environment;
}

bool FindingsFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.data(FindingsModel::GroupRole).toBool()) {
        // Groups keep the design's order whichever way the findings are sorted.
        const bool before = left.data(FindingsModel::EnvironmentOrderRole).toInt() <
                            right.data(FindingsModel::EnvironmentOrderRole).toInt();
        return sortOrder() == Qt::AscendingOrder ? before : !before;
    }
    const auto column = [](const QModelIndex& index, int c) { return index.siblingAtColumn(c); };
    if (left.column() != FindingsModel::SeverityColumn) {
        const int byText = QString::compare(left.data().toString(), right.data().toString(),
                                            sortCaseSensitivity());
        if (byText != 0)
            return byText < 0;
    }
    if (const int l = severityRank(left), r = severityRank(right); l != r)
        return l < r;
    const int envLeft = left.data(FindingsModel::EnvironmentOrderRole).toInt();
    const int envRight = right.data(FindingsModel::EnvironmentOrderRole).toInt();
    if (envLeft != envRight)
        return envLeft < envRight;
    const int byRule = QString::compare(column(left, FindingsModel::RuleColumn).data().toString(),
                                        column(right, FindingsModel::RuleColumn).data().toString());
    if (byRule != 0)
        return byRule < 0;
    return left.row() < right.row(); // the validator's order
}

QVariant FindingsFilter::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole || index.column() != FindingsModel::SeverityColumn ||
        !index.data(FindingsModel::GroupRole).toBool())
        return QSortFilterProxyModel::data(index, role);
    // A group counts the findings the filters leave.
    int counts[3] = {0, 0, 0};
    for (int row = 0; row < rowCount(index); ++row) {
        const int severity = this->index(row, 0, index).data(FindingsModel::SeverityRole).toInt();
        if (severity >= 0 && severity < 3)
            ++counts[severity];
    }
    return tr("%1 — %2").arg(QSortFilterProxyModel::data(index, role).toString(),
                             severityCounts(counts));
}

} // namespace topo
