#include "ui/docks/palette/PaletteDock.h"

#include "ui/docks/Icons.h"

#include <QMimeData>

namespace topo {

namespace {

constexpr int kKindRole = Qt::UserRole + 1;

struct PaletteEntry {
    const char* kind;
    const char* label;
    const char* hint;
};

// The order users meet them in a design: frames first, then what goes inside.
constexpr PaletteEntry kEntries[] = {
    {"environment", QT_TRANSLATE_NOOP("topo::PaletteList", "Environment"),
     QT_TRANSLATE_NOOP("topo::PaletteList", "A LifeTime, development, non-production or "
                                            "production environment")},
    {"server", QT_TRANSLATE_NOOP("topo::PaletteList", "Server"),
     QT_TRANSLATE_NOOP("topo::PaletteList", "A platform server; drop it into an environment")},
    {"loadBalancer", QT_TRANSLATE_NOOP("topo::PaletteList", "Load balancer"),
     QT_TRANSLATE_NOOP("topo::PaletteList", "Spreads traffic over the front-ends")},
    {"database", QT_TRANSLATE_NOOP("topo::PaletteList", "Database"),
     QT_TRANSLATE_NOOP("topo::PaletteList", "A database server or cluster holding catalogs")},
    {"messageQueue", QT_TRANSLATE_NOOP("topo::PaletteList", "RabbitMQ"),
     QT_TRANSLATE_NOOP("topo::PaletteList", "Cache invalidation service")},
    {"zone", QT_TRANSLATE_NOOP("topo::PaletteList", "Zone"),
     QT_TRANSLATE_NOOP("topo::PaletteList", "A deployment zone inside an environment")},
    {"note", QT_TRANSLATE_NOOP("topo::PaletteList", "Note"),
     QT_TRANSLATE_NOOP("topo::PaletteList", "Free text on the canvas")},
};

} // namespace

PaletteList::PaletteList(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("paletteList"));
    setAccessibleName(tr("Palette"));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(24, 24));
    setSpacing(2);
    for (const PaletteEntry& entry : kEntries) {
        auto* item =
            new QListWidgetItem(kindIcon(QLatin1String(entry.kind)), tr(entry.label), this);
        item->setData(kKindRole, QLatin1String(entry.kind));
        item->setToolTip(tr(entry.hint));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
}

QListWidgetItem* PaletteList::itemOfKind(const QString& kind) const
{
    for (int row = 0; row < count(); ++row)
        if (item(row)->data(kKindRole).toString() == kind)
            return item(row);
    return nullptr;
}

QString PaletteList::kindOf(const QListWidgetItem* item) const
{
    return item ? item->data(kKindRole).toString() : QString();
}

QStringList PaletteList::mimeTypes() const
{
    return {QLatin1String(kPaletteMimeType)};
}

QMimeData* PaletteList::mimeData(const QList<QListWidgetItem*>& items) const
{
    if (items.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(QLatin1String(kPaletteMimeType),
                  items.first()->data(kKindRole).toString().toLatin1());
    return data;
}

PaletteDock::PaletteDock(QWidget* parent)
    : QDockWidget(tr("Palette"), parent), m_list(new PaletteList(this))
{
    setObjectName(QStringLiteral("paletteDock"));
    setAccessibleName(tr("Palette"));
    setWidget(m_list);
}

} // namespace topo
