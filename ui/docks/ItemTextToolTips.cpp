#include "ui/docks/ItemTextToolTips.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace topo {

void ItemTextToolTips::install(QAbstractItemView* view)
{
    new ItemTextToolTips(view);
}

ItemTextToolTips::ItemTextToolTips(QAbstractItemView* view) : QObject(view), m_view(view)
{
    view->viewport()->installEventFilter(this);
}

bool ItemTextToolTips::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
        return QObject::eventFilter(watched, event);
    const auto* help = static_cast<QHelpEvent*>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    QString text = index.data(Qt::ToolTipRole).toString();
    if (text.isEmpty())
        text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, m_view->viewport(), m_view->visualRect(index));
    return true;
}

} // namespace topo
