#pragma once

#include "core/rules/Finding.h"

#include <QSortFilterProxyModel>

namespace topo {

// Filters findings by severity and by environment ("" = all), and sorts them. Sorting by
// severity, ascending, puts errors first, then warnings, then infos; ties go by environment
// (design order), then rule id, then the validator's order. Sorting by another column orders
// by its text with the same ties. Group rows keep the design's order and count what is shown.
class FindingsFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FindingsFilter(QObject* parent = nullptr);

    void setSeverityShown(Severity severity, bool shown);
    bool severityShown(Severity severity) const;
    void setEnvironment(const QString& environmentId);

    QVariant data(const QModelIndex& index, int role) const override;

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool m_shown[3] = {true, true, true};
    QString m_environment;
};

} // namespace topo
