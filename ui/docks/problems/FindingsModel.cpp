#include "ui/docks/problems/FindingsModel.h"

#include "core/rules/Validator.h"
#include "editor/document/Document.h"
#include "ui/docks/Icons.h"
#include "ui/docks/ModelLookup.h"

#include <QCoreApplication>
#include <QFont>

#include <algorithm>

namespace topo {

namespace {

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("topo::FindingsModel", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("topo::FindingsModel", "Warning");
    case Severity::Info:
        break;
    }
    return QCoreApplication::translate("topo::FindingsModel", "Info");
}

// English needs no plural files when the singular and plural are separate texts.
QString countText(const char* one, const char* many, int n)
{
    return QCoreApplication::translate("topo::FindingsModel", n == 1 ? one : many, nullptr, n);
}

QString countOf(Severity severity, int n)
{
    switch (severity) {
    case Severity::Error:
        return countText("%n error", "%n errors", n);
    case Severity::Warning:
        return countText("%n warning", "%n warnings", n);
    case Severity::Info:
        break;
    }
    return countText("%n info", "%n infos", n);
}

constexpr Severity kWorstFirst[] = {Severity::Error, Severity::Warning, Severity::Info};

// Group rows have internal id 0; a finding row under group g has g + 1. Flat rows have 0 too
// and no parent.
constexpr quintptr kGroupRow = 0;

} // namespace

FindingsModel::FindingsModel(QObject* parent) : QAbstractItemModel(parent) {}

void FindingsModel::setDocument(Document* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &Document::findingsChanged, this, &FindingsModel::reload);
    reload();
}

void FindingsModel::setGrouped(bool grouped)
{
    if (grouped == m_grouped)
        return;
    beginResetModel();
    m_grouped = grouped;
    endResetModel();
}

int FindingsModel::environmentOrder(const std::string& environmentId) const
{
    if (environmentId.empty() || !m_document)
        return -1;
    const auto& environments = m_document->topology().environments;
    for (std::size_t i = 0; i < environments.size(); ++i)
        if (environments[i].id == environmentId)
            return static_cast<int>(i);
    return static_cast<int>(environments.size()); // an unknown id: after the others
}

void FindingsModel::reload()
{
    beginResetModel();
    m_findings = m_document ? m_document->findings() : std::vector<Finding>{};
    m_subjectNames.clear();
    m_order.clear();
    m_groups.clear();
    for (const Finding& f : m_findings) {
        QStringList names;
        for (const std::string& id : f.subjects)
            names << (m_document ? elementName(m_document->topology(), id) : qs(id));
        m_subjectNames << names.join(QStringLiteral(", "));
        m_order.push_back(environmentOrder(f.environment));
    }
    // One group per environment with findings, design-level first, then the design's order.
    for (std::size_t i = 0; i < m_findings.size(); ++i) {
        const QString environment = qs(m_findings[i].environment);
        auto group = std::find_if(m_groups.begin(), m_groups.end(),
                                  [&](const Group& g) { return g.environment == environment; });
        if (group == m_groups.end()) {
            Group added{environment,
                        environment.isEmpty()
                            ? tr("Design")
                            : elementName(m_document->topology(), m_findings[i].environment),
                        m_order[i],
                        {}};
            group = m_groups.insert(
                std::upper_bound(m_groups.begin(), m_groups.end(), added,
                                 [](const Group& a, const Group& b) { return a.order < b.order; }),
                std::move(added));
        }
        group->findings.push_back(i);
    }
    endResetModel();
}

const Finding* FindingsModel::finding(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    std::size_t row = static_cast<std::size_t>(index.row());
    if (m_grouped) {
        if (index.internalId() == kGroupRow)
            return nullptr;
        const Group& group = m_groups[index.internalId() - 1];
        if (row >= group.findings.size())
            return nullptr;
        row = group.findings[row];
    }
    return row < m_findings.size() ? &m_findings[row] : nullptr;
}

QModelIndex FindingsModel::indexOf(const Finding& wanted, int column) const
{
    auto same = [&](const Finding& f) {
        return f.rule == wanted.rule && f.subjects == wanted.subjects &&
               f.environment == wanted.environment;
    };
    for (std::size_t g = 0; m_grouped && g < m_groups.size(); ++g)
        for (std::size_t r = 0; r < m_groups[g].findings.size(); ++r)
            if (same(m_findings[m_groups[g].findings[r]]))
                return createIndex(static_cast<int>(r), column, static_cast<quintptr>(g + 1));
    for (std::size_t i = 0; !m_grouped && i < m_findings.size(); ++i)
        if (same(m_findings[i]))
            return createIndex(static_cast<int>(i), column, kGroupRow);
    return {};
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupRow);
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex FindingsModel::parent(const QModelIndex& child) const
{
    if (!m_grouped || !child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kGroupRow);
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    if (!m_grouped)
        return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.internalId() != kGroupRow || parent.column() != 0)
        return 0;
    return static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].findings.size());
}

int FindingsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant FindingsModel::groupData(const Group& group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return column == SeverityColumn ? QVariant(group.name) : QVariant();
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case EnvironmentRole:
        return group.environment;
    case EnvironmentOrderRole:
        return group.order;
    case GroupRole:
        return true;
    }
    return {};
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (m_grouped && index.isValid() && index.internalId() == kGroupRow &&
        index.row() < static_cast<int>(m_groups.size()))
        return groupData(m_groups[static_cast<std::size_t>(index.row())], index.column(), role);
    const Finding* f = finding(index);
    if (!f)
        return {};
    const auto row = static_cast<std::size_t>(f - m_findings.data());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityLabel(f->severity);
        case RuleColumn:
            return qs(f->rule);
        case MessageColumn:
            return qs(f->message);
        case ElementsColumn:
            return m_subjectNames.value(static_cast<qsizetype>(row));
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return severityIcon(f->severity);
        break;
    case Qt::ToolTipRole:
        // The finding's own words first, whole (the column may cut them), then its rule.
        return findingDescription(*f);
    case SeverityRole:
        return static_cast<int>(f->severity);
    case EnvironmentRole:
        return qs(f->environment);
    case EnvironmentOrderRole:
        return m_order[row];
    case GroupRole:
        return false;
    case RuleRole:
        return qs(f->rule);
    case SubjectsRole: {
        QStringList ids;
        for (const std::string& id : f->subjects)
            ids << qs(id);
        return ids;
    }
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::InitialSortOrderRole) // a first click on a title sorts ascending
        return static_cast<int>(Qt::AscendingOrder);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Message");
    case ElementsColumn:
        return tr("Elements");
    }
    return {};
}

QString severityCounts(const int counts[3])
{
    QStringList parts;
    for (Severity severity : kWorstFirst)
        if (const int n = counts[static_cast<int>(severity)])
            parts << countOf(severity, n);
    return parts.join(QStringLiteral(" · "));
}

QString findingsSummary(const std::vector<Finding>& findings)
{
    int counts[3] = {0, 0, 0};
    for (const Finding& f : findings)
        ++counts[static_cast<int>(f.severity)];
    if (findings.empty())
        return QCoreApplication::translate("topo::FindingsModel", "No problems");
    QStringList parts;
    for (Severity severity : kWorstFirst)
        parts << countOf(severity, counts[static_cast<int>(severity)]);
    return parts.join(QStringLiteral(" · "));
}

QString ruleDescription(const std::string& ruleId)
{
    const RuleInfo* rule = findRule(ruleId);
    if (!rule)
        return qs(ruleId);
    const QString reference = qs(rule->reference).toHtmlEscaped();
    const QString referenceHtml = reference.startsWith(QStringLiteral("http"))
                                      ? QStringLiteral("<a href=\"%1\">%1</a>").arg(reference)
                                      : QStringLiteral("<i>%1</i>").arg(reference);
    return QStringLiteral("<p><b>%1 — %2</b></p><p>%3</p><p>%4 %5</p>")
        .arg(qs(rule->id).toHtmlEscaped(), qs(rule->title).toHtmlEscaped(),
             qs(rule->rationale).toHtmlEscaped(),
             QCoreApplication::translate("topo::FindingsModel", "Documentation:"), referenceHtml);
}

QString findingDescription(const Finding& finding)
{
    return QStringLiteral("<p>%1</p>").arg(qs(finding.message).toHtmlEscaped()) +
           ruleDescription(finding.rule);
}

} // namespace topo
