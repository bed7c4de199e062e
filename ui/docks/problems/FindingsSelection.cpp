#include "ui/docks/problems/FindingsSelection.h"

#include "ui/docks/problems/FindingsModel.h"
#include "ui/docks/problems/ProblemsDock.h"

#include <QItemSelection>
#include <QTreeView>

namespace topo {

int selectFindingsOf(ProblemsDock& dock, const QString& id)
{
    QTreeView* view = dock.view();
    QAbstractItemModel* model = view->model();
    QItemSelection rows;
    QModelIndex first;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (!model->data(index, FindingsModel::SubjectsRole).toStringList().contains(id))
            continue;
        rows.select(index, model->index(row, model->columnCount() - 1));
        if (!first.isValid())
            first = index;
    }
    view->selectionModel()->clearSelection();
    if (!first.isValid())
        return 0;
    view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    view->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    view->scrollTo(first);
    return int(rows.indexes().size() / std::max(1, model->columnCount()));
}

} // namespace topo
