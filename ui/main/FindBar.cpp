#include "ui/main/FindBar.h"

#include "editor/document/Document.h"
#include "editor/export/ExportText.h"
#include "ui/canvas/CanvasView.h"
#include "ui/docks/Icons.h"
#include "ui/docks/ModelLookup.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace topo {

namespace {

constexpr int kVisibleRows = 6; // the hit list's greatest height, in rows

QToolButton* barButton(QWidget* parent, const QString& text, const QString& tip)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

FindBar::FindBar(MainWindow* window)
    : QFrame(window), m_window(window), m_field(new QLineEdit(this)), m_count(new QLabel(this)),
      m_previous(barButton(this, QStringLiteral("▲"), tr("Previous match (Shift+F3)"))),
      m_next(barButton(this, QStringLiteral("▼"), tr("Next match (F3)"))),
      m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("findBar"));
    setAccessibleName(tr("Find elements"));
    setFrameShape(QFrame::StyledPanel);
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find a name, id, role or host name"));
    m_field->setAccessibleName(tr("Find"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(tr("No matches")) + 8);
    m_previous->setObjectName(QStringLiteral("findPrevious"));
    m_next->setObjectName(QStringLiteral("findNext"));
    auto* close = barButton(this, QStringLiteral("✕"), tr("Close the find bar (Esc)"));
    close->setObjectName(QStringLiteral("findClose"));
    m_list->setObjectName(QStringLiteral("findHits"));
    m_list->setAccessibleName(tr("Matches"));
    m_list->setHeaderLabels({tr("Name"), tr("Kind"), tr("Environment")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);

    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Find:"), this));
    row->addWidget(m_field, 1);
    row->addWidget(m_count);
    row->addWidget(m_previous);
    row->addWidget(m_next);
    row->addWidget(close);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(8, 4, 8, 4);
    column->setSpacing(4);
    column->addLayout(row);
    column->addWidget(m_list);

    connect(m_field, &QLineEdit::textEdited, this, [this] { search(true); });
    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(close, &QToolButton::clicked, this, &FindBar::closeBar);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!m_filling && item)
            showHit(m_list->indexOfTopLevelItem(item));
    });
    m_list->installEventFilter(this);
    connect(window, &MainWindow::documentReplaced, this, &FindBar::attach);
    hide();
}

void FindBar::addActions(QMenu* menu)
{
    QAction* find = menu->addAction(tr("&Find…"), this, &FindBar::openBar);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    QAction* next = menu->addAction(tr("Find &next"), this, &FindBar::findNext);
    next->setObjectName(QStringLiteral("findNextAction"));
    next->setShortcuts(QKeySequence::FindNext);
    QAction* previous = menu->addAction(tr("Find pre&vious"), this, &FindBar::findPrevious);
    previous->setObjectName(QStringLiteral("findPreviousAction"));
    previous->setShortcuts(QKeySequence::FindPrevious);
    m_actions = {find, next, previous};
    for (QAction* action : std::as_const(m_actions))
        action->setEnabled(m_document != nullptr);
}

void FindBar::attach(Document* document)
{
    m_document = document;
    for (QAction* action : std::as_const(m_actions))
        action->setEnabled(document != nullptr);
    if (!document) {
        hide();
        return;
    }
    connect(document, &Document::changed, this, [this] {
        if (isVisible())
            search(false);
    });
    search(false);
}

void FindBar::openBar()
{
    if (!m_document)
        return;
    ensureShown();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::ensureShown()
{
    if (isVisible())
        return;
    show();
    search(false); // the design may have changed while the bar was closed
}

void FindBar::closeBar()
{
    hide();
    if (CanvasView* canvas = m_window->canvas())
        canvas->setFocus(Qt::OtherFocusReason);
}

void FindBar::findNext()
{
    step(+1);
}

void FindBar::findPrevious()
{
    step(-1);
}

void FindBar::setQuery(const QString& text)
{
    openBar();
    m_field->setText(text);
    search(true);
}

void FindBar::step(int delta)
{
    if (!m_document)
        return;
    // F3 with the bar closed opens it on the last search; the focus stays where it is.
    ensureShown();
    if (m_hits.empty()) {
        openBar();
        return;
    }
    const int count = int(m_hits.size());
    const int from = m_current < 0 ? (delta > 0 ? -1 : count) : m_current;
    showHit(((from + delta) % count + count) % count);
}

void FindBar::search(bool showFirst)
{
    const std::string keep =
        m_current >= 0 && m_current < int(m_hits.size()) ? m_hits[m_current].id : std::string();
    m_hits = m_document ? searchElements(m_document->topology(), m_field->text().toStdString())
                        : std::vector<SearchHit>{};
    m_current = -1;
    if (!showFirst)
        for (std::size_t i = 0; i < m_hits.size(); ++i)
            if (m_hits[i].id == keep)
                m_current = int(i);
    fillList();
    if (showFirst && !m_hits.empty())
        showHit(0);
    updateCount();
}

void FindBar::fillList()
{
    m_filling = true;
    m_list->clear();
    for (const SearchHit& hit : m_hits) {
        const QString environment = hit.environment.empty() || !m_document
                                        ? QString()
                                        : elementName(m_document->topology(), hit.environment);
        auto* item = new QTreeWidgetItem(
            m_list, {qs(hit.name.empty() ? hit.id : hit.name), kindLabel(hit.kind), environment});
        item->setIcon(0, kindIcon(qs(toString(hit.kind))));
        item->setToolTip(0, tr("Id: %1").arg(qs(hit.id)));
    }
    if (m_current >= 0)
        m_list->setCurrentItem(m_list->topLevelItem(m_current));
    // Columns as wide as their entries and a gap; the list as tall as its hits (at most
    // kVisibleRows), so three hits do not take the canvas's height for empty rows.
    for (int column : {0, 1}) {
        m_list->resizeColumnToContents(column);
        m_list->setColumnWidth(column, m_list->columnWidth(column) +
                                           2 * m_list->fontMetrics().averageCharWidth());
    }
    const int rows = std::min(int(m_hits.size()), kVisibleRows);
    const int rowHeight = m_hits.empty() ? 0 : m_list->sizeHintForRow(0);
    m_list->setFixedHeight(m_list->header()->sizeHint().height() + rows * rowHeight +
                           2 * m_list->frameWidth());
    m_list->setVisible(!m_hits.empty());
    m_filling = false;
}

void FindBar::showHit(int index)
{
    if (!m_document || index < 0 || index >= int(m_hits.size()))
        return;
    m_current = index;
    m_filling = true;
    m_list->setCurrentItem(m_list->topLevelItem(index));
    m_list->scrollToItem(m_list->topLevelItem(index));
    m_filling = false;
    const QString id = qs(m_hits[index].id);
    m_document->setSelection({id});
    if (CanvasView* canvas = m_window->canvas())
        canvas->centerOnIds({id}, false);
    updateCount();
}

void FindBar::updateCount()
{
    const bool none = m_hits.empty() && !m_field->text().trimmed().isEmpty();
    if (none)
        m_count->setText(tr("No matches"));
    else if (m_hits.empty())
        m_count->clear();
    else if (m_current < 0)
        m_count->setText(tr("%n match(es)", nullptr, int(m_hits.size())));
    else
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_hits.size()));
    m_previous->setEnabled(!m_hits.empty());
    m_next->setEnabled(!m_hits.empty());
}

bool FindBar::eventFilter(QObject* watched, QEvent* event)
{
    const bool escape =
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape;
    if (escape && (watched == m_field || watched == m_list)) {
        // Esc in the bar closes it, whatever window-wide shortcut Esc has.
        event->accept();
        if (event->type() == QEvent::KeyPress)
            closeBar();
        return true;
    }
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool shift = key->modifiers() & Qt::ShiftModifier;
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && shift) {
            findPrevious();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            step(key->key() == Qt::Key_Down ? +1 : -1);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace topo
