#include "ui/dialogs/RuleCatalogueDialog.h"

#include "core/rules/Validator.h"
#include "editor/export/ExportText.h"
#include "ui/docks/Icons.h"
#include "ui/docks/ModelLookup.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace topo {

namespace {

enum Column { IdColumn, SeverityColumn, TitleColumn, ReferenceColumn };

// All the text a filter looks in, for one rule.
QString searchableText(const RuleInfo& rule)
{
    return QStringList{qs(rule.id), severityLabel(rule.severity), qs(rule.title),
                       qs(rule.rationale), qs(rule.reference)}
        .join(QLatin1Char('\n'));
}

// A row of the list; sorting by severity puts errors first, as the problems list does.
class RuleItem : public QTreeWidgetItem {
public:
    RuleItem(QTreeWidget* list, const RuleInfo& rule)
        : QTreeWidgetItem(
              list, {qs(rule.id), severityLabel(rule.severity), qs(rule.title), qs(rule.reference)})
    {
        setIcon(SeverityColumn, severityIcon(rule.severity));
        setData(SeverityColumn, Qt::UserRole, 2 - int(rule.severity));
        setData(IdColumn, Qt::UserRole, searchableText(rule));
        setToolTip(TitleColumn, qs(rule.rationale));
    }

    bool operator<(const QTreeWidgetItem& other) const override
    {
        const int column = treeWidget()->sortColumn();
        if (column != SeverityColumn)
            return QTreeWidgetItem::operator<(other);
        const int rank = data(column, Qt::UserRole).toInt();
        const int otherRank = other.data(column, Qt::UserRole).toInt();
        return rank != otherRank ? rank < otherRank : text(IdColumn) < other.text(IdColumn);
    }
};

} // namespace

RuleCatalogueDialog::RuleCatalogueDialog(QWidget* parent)
    : QDialog(parent), m_filter(new QLineEdit(this)), m_count(new QLabel(this)),
      m_list(new QTreeWidget(this)), m_details(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("ruleCatalogueDialog"));
    setWindowTitle(tr("Rule catalogue"));
    m_filter->setObjectName(QStringLiteral("ruleFilter"));
    m_filter->setPlaceholderText(tr("Filter by id, severity, title, rationale or reference"));
    m_filter->setAccessibleName(tr("Filter the rules"));
    m_filter->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("ruleCount"));
    m_list->setObjectName(QStringLiteral("ruleList"));
    m_list->setAccessibleName(tr("Rules"));
    m_list->setHeaderLabels({tr("Rule"), tr("Severity"), tr("Title"), tr("Documentation")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_details->setObjectName(QStringLiteral("ruleDetails"));
    m_details->setAccessibleName(tr("The rule's rationale and reference"));
    m_details->setOpenLinks(false);

    for (const RuleInfo& rule : ruleCatalog())
        new RuleItem(m_list, rule);
    m_list->sortByColumn(IdColumn, Qt::AscendingOrder);
    // Each column as wide as its longest entry and a gap, so no id touches its severity.
    for (int column : {IdColumn, SeverityColumn}) {
        m_list->resizeColumnToContents(column);
        m_list->setColumnWidth(column,
                               m_list->columnWidth(column) + 2 * fontMetrics().averageCharWidth());
    }
    m_list->setColumnWidth(TitleColumn, 380);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Filter:"), this));
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1000, 640);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &RuleCatalogueDialog::setFilter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RuleCatalogueDialog::showDetails);
    setFilter({});
}

int RuleCatalogueDialog::shownRuleCount() const
{
    int shown = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        shown += !m_list->topLevelItem(i)->isHidden();
    return shown;
}

void RuleCatalogueDialog::setFilter(const QString& text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    const QString wanted = text.trimmed();
    QTreeWidgetItem* first = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        const bool shown =
            item->data(IdColumn, Qt::UserRole).toString().contains(wanted, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    const int total = m_list->topLevelItemCount();
    const int shown = shownRuleCount();
    m_count->setText(shown == total ? tr("%1 rules").arg(total)
                                    : tr("%1 of %2 rules").arg(shown).arg(total));
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(first);
    showDetails();
}

void RuleCatalogueDialog::showDetails()
{
    QTreeWidgetItem* item = m_list->currentItem();
    const RuleInfo* rule =
        item && !item->isHidden() ? findRule(item->text(IdColumn).toStdString()) : nullptr;
    if (!rule) {
        m_details->setHtml(tr("<p>No rule matches the filter.</p>"));
        return;
    }
    m_details->setHtml(tr("<h3>%1 — %2</h3><p><b>Severity:</b> %3</p><p>%4</p>"
                          "<p><b>Documentation:</b> %5</p>")
                           .arg(qs(rule->id).toHtmlEscaped(), qs(rule->title).toHtmlEscaped(),
                                severityLabel(rule->severity), qs(rule->rationale).toHtmlEscaped(),
                                qs(rule->reference).toHtmlEscaped()));
}

} // namespace topo
