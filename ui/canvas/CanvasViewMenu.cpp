// CanvasView's context menu: the edit actions, the element's problems and quick fixes, the
// failover simulation and the view.
#include "core/edit/ElementArrays.h"
#include "core/edit/QuickFixes.h"
#include "core/layout/Geometry.h"
#include "core/model/DisplayName.h"
#include "editor/document/Document.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"
#include "ui/canvas/ElementItem.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>

#include <algorithm>
#include <memory>

namespace topo {
namespace {

bool about(const Finding& finding, const std::string& id)
{
    return std::find(finding.subjects.begin(), finding.subjects.end(), id) !=
           finding.subjects.end();
}

void addShared(QMenu* menu, QAction* action)
{
    if (action)
        menu->addAction(action);
}

} // namespace

std::string CanvasView::elementAt(const QPoint& viewPos) const
{
    for (QGraphicsItem* item : items(viewPos))
        if (item->type() == ElementItem::Type)
            return static_cast<ElementItem*>(item)->id();
    return {};
}

QMenu* CanvasView::contextMenuAt(const QPoint& viewPos)
{
    return contextMenuFor(elementAt(viewPos), mapToScene(viewPos));
}

void CanvasView::addEditActions(QMenu* menu, const std::string& id)
{
    if (!id.empty()) {
        addShared(menu, m_shared.cut);
        addShared(menu, m_shared.copy);
    }
    addShared(menu, m_shared.paste);
    if (!id.empty()) {
        addShared(menu, m_shared.duplicate);
        addShared(menu, m_shared.remove);
    }
    menu->addSeparator();
    if (id.empty())
        addShared(menu, m_shared.selectAll);
}

void CanvasView::addElementActions(QMenu* menu, const std::string& id)
{
    const Topology& topology = m_document->topology();
    std::vector<const Finding*> findings;
    for (const Finding& f : m_document->findings())
        if (about(f, id))
            findings.push_back(&f);
    const QString name = QString::fromStdString(displayName(m_scene->elementItem(id)->value()));
    QAction* problems = menu->addAction(
        findings.empty() ? tr("No problems with %1").arg(name)
                         : tr("Show problems of %1 (%2)").arg(name).arg(findings.size()));
    problems->setObjectName(QStringLiteral("showProblemsAction"));
    problems->setEnabled(!findings.empty());
    connect(problems, &QAction::triggered, this,
            [this, id] { Q_EMIT problemsRequested(QString::fromStdString(id)); });
    // The quick fixes of its findings: the same ones the problems list offers.
    QMenu* fixes = nullptr;
    for (const Finding* finding : findings)
        for (QuickFix& fix : quickFixesFor(topology, *finding)) {
            if (!fixes) {
                fixes = menu->addMenu(tr("Quick fixes"));
                fixes->setObjectName(QStringLiteral("quickFixesMenu"));
            }
            QAction* action = fixes->addAction(QString::fromStdString(fix.title));
            connect(action, &QAction::triggered, m_document,
                    [document = m_document, title = action->text(), patch = std::move(fix.patch)] {
                        document->apply(patch, title);
                    });
        }
}

void CanvasView::addFailureActions(QMenu* menu, const std::string& id)
{
    if (!id.empty() && Document::canFail(m_document->topology(), id)) {
        const ElementItem* item = m_scene->elementItem(id);
        QAction* fail = menu->addAction(
            tr("Simulate failure of %1").arg(QString::fromStdString(displayName(item->value()))));
        fail->setObjectName(QStringLiteral("simulateFailureAction"));
        fail->setCheckable(true);
        fail->setChecked(m_document->isFailed(id));
        fail->setToolTip(tr("Fail this element in the failover simulation (not saved)"));
        connect(fail, &QAction::toggled, m_document,
                [document = m_document, id](bool on) { document->setFailed(id, on); });
    }
    if (!m_document->failedElements().empty()) {
        QAction* clear = menu->addAction(tr("Clear simulated failures"));
        clear->setObjectName(QStringLiteral("clearFailuresAction"));
        connect(clear, &QAction::triggered, m_document, &Document::clearFailures);
    }
}

QMenu* CanvasView::contextMenuFor(const std::string& elementId, const QPointF& scenePos)
{
    const std::string id = m_scene->elementItem(elementId) ? elementId : std::string();
    const Topology& topology = m_document->topology();
    auto menu = std::make_unique<QMenu>(this);
    menu->setObjectName(QStringLiteral("canvasContextMenu"));
    addEditActions(menu.get(), id);

    // Its environment's content: the element's own, or the frame under the background point.
    std::string environment = id.empty() ? std::string() : environmentOf(topology, id);
    if (id.empty())
        if (const Environment* env =
                layout::environmentAt(topology, Point{scenePos.x(), scenePos.y()}))
            environment = env->id;
    if (const Environment* env = findById(topology.environments, environment)) {
        QAction* select = menu->addAction(
            tr("Select all in %1")
                .arg(QString::fromStdString(env->name.empty() ? env->id : env->name)));
        select->setObjectName(QStringLiteral("selectEnvironmentAction"));
        connect(select, &QAction::triggered, this,
                [this, environment] { selectEnvironmentContent(environment); });
        const QString name = QString::fromStdString(displayName(topology, environment));
        QAction* tidy = menu->addAction(tr("Tidy up %1").arg(name));
        tidy->setObjectName(QStringLiteral("tidyEnvironmentAction"));
        connect(tidy, &QAction::triggered, this,
                [this, environment] { tidyEnvironments({environment}); });
        QAction* fit = menu->addAction(tr("Fit %1 to content").arg(name));
        fit->setObjectName(QStringLiteral("fitEnvironmentAction"));
        connect(fit, &QAction::triggered, this,
                [this, environment] { fitEnvironments({environment}); });
    }
    if (m_shared.arrange && m_document->selection().size() >= 2)
        menu->addMenu(m_shared.arrange);
    menu->addSeparator();
    if (!id.empty())
        addElementActions(menu.get(), id);
    menu->addSeparator();
    addFailureActions(menu.get(), id);
    menu->addSeparator();
    addShared(menu.get(), m_shared.fit);
    return menu->isEmpty() ? nullptr : menu.release();
}

void CanvasView::contextMenuEvent(QContextMenuEvent* event)
{
    std::string id;
    QPointF at;
    if (event->reason() == QContextMenuEvent::Keyboard && !m_focusedId.empty() &&
        m_scene->itemRect(m_focusedId)) {
        id = m_focusedId;
        at = m_scene->itemRect(m_focusedId)->center();
    } else {
        id = elementAt(event->pos());
        at = mapToScene(event->pos());
    }
    // The menu is about what was clicked: an element outside the selection becomes it.
    const QString qid = QString::fromStdString(id);
    if (!id.empty() && !m_document->selection().contains(qid))
        m_document->setSelection({qid});
    if (!id.empty())
        m_focusedId = id;
    const std::unique_ptr<QMenu> menu(contextMenuFor(id, at));
    if (!menu) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    if (id.empty())
        m_menuPastePosition = at;
    menu->exec(event->reason() == QContextMenuEvent::Keyboard
                   ? viewport()->mapToGlobal(mapFromScene(at))
                   : event->globalPos());
    m_menuPastePosition.reset();
    event->accept();
}

} // namespace topo
