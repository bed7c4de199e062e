#pragma once

#include "rules/Finding.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSortFilterProxyModel>

namespace topo {

class Document;

// The document's findings as a table: severity (with icon), rule id, message, elements.
class FindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, RuleColumn, MessageColumn, ElementsColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, EnvironmentRole, SubjectsRole, RuleRole };

    explicit FindingsModel(QObject* parent = nullptr);

    void setDocument(Document* document);
    const Finding* finding(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reload();
    QString subjectNames(const Finding& finding) const;

    QPointer<Document> m_document;
    std::vector<Finding> m_findings;
};

// Filters findings by severity and by environment ("" = all).
class FindingsFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FindingsFilter(QObject* parent = nullptr);

    void setSeverityShown(Severity severity, bool shown);
    bool severityShown(Severity severity) const;
    void setEnvironment(const QString& environmentId);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    bool m_shown[3] = {true, true, true};
    QString m_environment;
};

// "2 errors · 3 warnings · 1 info" (or "No problems").
QString findingsSummary(const std::vector<Finding>& findings);

// The rule's title, rationale and documentation reference, as rich text.
QString ruleDescription(const std::string& ruleId);

} // namespace topo
