#include "ui/docks/inspector/ElementEditor.h"

#include "core/edit/EnvironmentMove.h"
#include "core/edit/FrameKeeping.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace topo {

namespace {

// Keeps inspector merge keys apart from those of other editing gestures.
constexpr int kInspectorMergeBase = 0x1000;

} // namespace

ElementEditor::ElementEditor(Document* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_title(new QLabel(this)), m_form(new QFormLayout)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("inspectorTitle"));
    layout->addWidget(m_title);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addLayout(m_form);
    layout->addStretch(1);
}

namespace {

// The widgets Tab stops at in `widget`: itself, or else its focusable children in order.
void collectTabStops(QWidget* widget, QList<QWidget*>& stops)
{
    if (widget->focusPolicy() & Qt::TabFocus) {
        stops << widget;
        return;
    }
    for (QObject* child : widget->children())
        if (auto* w = qobject_cast<QWidget*>(child); w && !w->isWindow())
            collectTabStops(w, stops);
}

void collectTabStops(QLayoutItem* item, QList<QWidget*>& stops)
{
    if (!item)
        return;
    if (QWidget* w = item->widget())
        collectTabStops(w, stops);
    else if (QLayout* layout = item->layout())
        for (int i = 0; i < layout->count(); ++i)
            collectTabStops(layout->itemAt(i), stops);
}

} // namespace

void ElementEditor::orderTabsByRows()
{
    QList<QWidget*> stops;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        collectTabStops(m_form->itemAt(row, QFormLayout::LabelRole), stops);
        collectTabStops(m_form->itemAt(row, QFormLayout::FieldRole), stops);
        collectTabStops(m_form->itemAt(row, QFormLayout::SpanningRole), stops);
    }
    for (qsizetype i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops[i - 1], stops[i]);
}

void ElementEditor::setSubjects(const QStringList& ids)
{
    m_subjects = ids;
    refresh();
}

void ElementEditor::setTitle(const QString& title)
{
    m_title->setText(title);
}

QString ElementEditor::subjectLabel(const QString& pluralKind) const
{
    if (m_subjects.size() == 1)
        return elementName(topology(), ss(m_subjects[0]));
    return QStringLiteral("%1 %2").arg(m_subjects.size()).arg(pluralKind);
}

std::vector<std::string> ElementEditor::subjectIds() const
{
    std::vector<std::string> ids;
    for (const QString& id : m_subjects)
        ids.push_back(ss(id));
    return ids;
}

void ElementEditor::commit(TopologyPatch patch, const QString& text, Field field)
{
    if (patch.empty())
        return;
    m_document->apply(std::move(patch), text, kInspectorMergeBase + static_cast<int>(field));
}

void ElementEditor::bindEnvironment(QComboBox* combo, const QString& pluralKind, Field field)
{
    connect(combo, &QComboBox::activated, this, [this, combo, pluralKind, field](int) {
        // The frame grows around what arrives and pushes its neighbours aside.
        commit(keepFramesApart(topology(), moveToEnvironment(topology(), subjectIds(),
                                                             ss(combo->currentData().toString()),
                                                             Placement::IntoFrame)),
               tr("Move %1 to %2").arg(subjectLabel(pluralKind), combo->currentText()), field);
    });
}

void ElementEditor::fillEnvironmentCombo(QComboBox* combo) const
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const Environment& environment : topology().environments)
        combo->addItem(qs(environment.name), qs(environment.id));
}

void ElementEditor::fillSiteCombo(QComboBox* combo) const
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("(none)"), QString());
    for (const Site& site : topology().sites)
        combo->addItem(qs(site.name), qs(site.id));
}

} // namespace topo
