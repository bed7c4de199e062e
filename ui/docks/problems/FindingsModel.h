#pragma once

#include "core/rules/Finding.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QStringList>

namespace topo {

class Document;

// The document's findings: severity (with icon), rule id, message, elements. Flat, one row per
// finding, or grouped: one top-level row per environment (and one for the design-level
// findings, first) holding that environment's findings, in the design's order.
class FindingsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, RuleColumn, MessageColumn, ElementsColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int of Severity; absent on group rows
        EnvironmentRole,                 // environment id, "" for design-level
        SubjectsRole,
        RuleRole,
        EnvironmentOrderRole, // the environment's place in the design, -1 for design-level
        GroupRole,            // true on the group rows (shown as the environment's name)
    };

    explicit FindingsModel(QObject* parent = nullptr);

    void setDocument(Document* document);
    void setGrouped(bool grouped);
    bool isGrouped() const { return m_grouped; }

    // The finding shown at `index`; nullptr for group rows and invalid indexes.
    const Finding* finding(const QModelIndex& index) const;
    // The row showing the finding with the rule, subjects and environment of `finding`
    // (its message may have changed), in column `column`; invalid when there is none.
    QModelIndex indexOf(const Finding& finding, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Reads the document's findings (and environment names) again.
    void reload();

private:
    struct Group {
        QString environment; // id, "" for design-level
        QString name;
        int order = -1;
        std::vector<std::size_t> findings;
    };
    QVariant groupData(const Group& group, int column, int role) const;
    int environmentOrder(const std::string& environmentId) const;

    QPointer<Document> m_document;
    std::vector<Finding> m_findings;
    QStringList m_subjectNames; // per finding, read at reload
    std::vector<int> m_order;   // per finding: environmentOrder
    std::vector<Group> m_groups;
    bool m_grouped = false;
};

// "2 errors · 3 warnings · 1 info" (or "No problems").
QString findingsSummary(const std::vector<Finding>& findings);
// Only the severities present: "2 errors · 1 info" ("" when all are zero); counts by Severity.
QString severityCounts(const int counts[3]);

// The rule's title, rationale and documentation reference, as rich text.
QString ruleDescription(const std::string& ruleId);
// A finding's message, whole, above its rule's description (HTML): the tooltip of its row and
// the problems dock's detail pane.
QString findingDescription(const Finding& finding);

} // namespace topo
