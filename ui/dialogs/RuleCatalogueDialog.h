#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;

namespace topo {

// Help › Rule catalogue: every rule the designer checks (the core's rule table, as
// `topology-cli rules` prints it), each with its severity, title, rationale and the
// OutSystems documentation page it comes from. The filter field keeps the rules whose id,
// severity, title, rationale or reference holds the typed text (ignoring case).
class RuleCatalogueDialog : public QDialog {
    Q_OBJECT
public:
    explicit RuleCatalogueDialog(QWidget* parent = nullptr);

    QLineEdit* filterField() const { return m_filter; }
    QTreeWidget* ruleList() const { return m_list; }
    QTextBrowser* details() const { return m_details; }
    int shownRuleCount() const;

public Q_SLOTS:
    void setFilter(const QString& text);

private:
    void showDetails();

    QLineEdit* m_filter;
    QLabel* m_count;
    QTreeWidget* m_list;
    QTextBrowser* m_details;
};

} // namespace topo
