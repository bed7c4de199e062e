#include "ui/canvas/ItemToolTip.h"

#include "core/model/DisplayName.h"
#include "editor/document/Document.h"
#include "editor/export/ExportText.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/ElementItem.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace topo {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CanvasScene", text);
}

} // namespace

QString itemToolTip(const CanvasScene& scene, const QPointF& scenePos)
{
    std::string id;
    ElementKind kind = ElementKind::Note;
    for (QGraphicsItem* item : scene.items(scenePos)) {
        if (item->type() == ElementItem::Type) {
            id = static_cast<ElementItem*>(item)->id();
            kind = static_cast<ElementItem*>(item)->kind();
            break;
        }
        if (item->type() == ZoneItem::Type) {
            id = static_cast<ZoneItem*>(item)->id();
            kind = ElementKind::Zone;
            break;
        }
    }
    if (id.empty())
        return {};
    const Document& document = *scene.document();
    QString text =
        QStringLiteral("<b>%1</b> — %2")
            .arg(QString::fromStdString(displayName(document.topology(), id)).toHtmlEscaped(),
                 kindLabel(kind));
    // The failover scenario first: it explains why the card is grey or the frame red.
    const ElementItem* element = scene.elementItem(id);
    const std::string lost =
        element ? element->lost() : (scene.zoneItem(id) ? scene.zoneItem(id)->lost() : "");
    if (element && element->isFailed())
        text += QStringLiteral("<br>") +
                (document.isFailed(id) ? tr("Failed in the failover simulation")
                                       : tr("Down in the failover simulation (its site or host "
                                            "failed)"));
    if (!lost.empty())
        text += QStringLiteral("<br>") +
                tr("Lost in the failover simulation: %1").arg(QString::fromStdString(lost));
    for (const Finding& finding : document.findings()) {
        if (std::find(finding.subjects.begin(), finding.subjects.end(), id) ==
            finding.subjects.end())
            continue;
        text += QStringLiteral("<br>%1 %2: %3")
                    .arg(severityLabel(finding.severity), QString::fromStdString(finding.rule),
                         QString::fromStdString(finding.message).toHtmlEscaped());
    }
    return text;
}

} // namespace topo
