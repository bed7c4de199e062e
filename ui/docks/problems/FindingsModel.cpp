#include "problems/FindingsModel.h"

#include "Icons.h"
#include "ModelLookup.h"
#include "document/Document.h"
#include "rules/Validator.h"

#include <QCoreApplication>

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

} // namespace

FindingsModel::FindingsModel(QObject* parent) : QAbstractTableModel(parent) {}

void FindingsModel::setDocument(Document* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &Document::findingsChanged, this, &FindingsModel::reload);
    reload();
}

void FindingsModel::reload()
{
    beginResetModel();
    m_findings = m_document ? m_document->findings() : std::vector<Finding>{};
    endResetModel();
}

const Finding* FindingsModel::finding(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_findings.size()))
        return nullptr;
    return &m_findings[static_cast<std::size_t>(index.row())];
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingsModel::subjectNames(const Finding& finding) const
{
    QStringList names;
    for (const std::string& id : finding.subjects)
        names << (m_document ? elementName(m_document->topology(), id) : qs(id));
    return names.join(QStringLiteral(", "));
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    const Finding* f = finding(index);
    if (!f)
        return {};
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
            return subjectNames(*f);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return severityIcon(f->severity);
        break;
    case Qt::ToolTipRole:
        return ruleDescription(f->rule);
    case SeverityRole:
        return static_cast<int>(f->severity);
    case EnvironmentRole:
        return qs(f->environment);
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
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

FindingsFilter::FindingsFilter(QObject* parent) : QSortFilterProxyModel(parent) {}

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
    const int severity = index.data(FindingsModel::SeverityRole).toInt();
    if (severity < 0 || severity > 2 || !m_shown[severity])
        return false;
    return m_environment.isEmpty() ||
           index.data(FindingsModel::EnvironmentRole).toString() == m_environment;
}

QString findingsSummary(const std::vector<Finding>& findings)
{
    int counts[3] = {0, 0, 0};
    for (const Finding& f : findings)
        ++counts[static_cast<int>(f.severity)];
    if (findings.empty())
        return QCoreApplication::translate("topo::FindingsModel", "No problems");
    // English needs no plural files when the singular and plural are separate texts.
    const auto count = [](const char* one, const char* many, int n) {
        return QCoreApplication::translate("topo::FindingsModel", n == 1 ? one : many, nullptr, n);
    };
    return QStringList{
        count("%n error", "%n errors", counts[static_cast<int>(Severity::Error)]),
        count("%n warning", "%n warnings", counts[static_cast<int>(Severity::Warning)]),
        count("%n info", "%n infos", counts[static_cast<int>(Severity::Info)])}
        .join(QStringLiteral(" · "));
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

} // namespace topo
