#include "ui/docks/inspector/InspectorDock.h"

#include "editor/document/Document.h"
#include "ui/docks/ModelLookup.h"
#include "ui/docks/inspector/DatabaseEditor.h"
#include "ui/docks/inspector/DesignEditor.h"
#include "ui/docks/inspector/EnvironmentEditor.h"
#include "ui/docks/inspector/LoadBalancerEditor.h"
#include "ui/docks/inspector/NoteEditor.h"
#include "ui/docks/inspector/QueueEditor.h"
#include "ui/docks/inspector/ServerEditor.h"
#include "ui/docks/inspector/SiteEditor.h"
#include "ui/docks/inspector/ZoneEditor.h"

#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace topo {

InspectorDock::InspectorDock(QWidget* parent)
    : QDockWidget(tr("Inspector"), parent), m_pages(new QWidget),
      m_layout(new QVBoxLayout(m_pages)), m_mixed(new QLabel)
{
    setObjectName(QStringLiteral("inspectorDock"));
    setAccessibleName(tr("Inspector"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The forms fit the dock's width; only long editors scroll, vertically.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_pages);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_mixed->setWordWrap(true);
    m_mixed->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_mixed->setMargin(8);
    m_layout->addWidget(m_mixed);
    m_layout->addStretch(1);
    setWidget(scroll);
    showPage(m_mixed);
}

void InspectorDock::addEditor(const QString& kind, ElementEditor* editor)
{
    m_editors.insert(kind, editor);
    editor->orderTabsByRows();
    editor->hide();
    m_layout->insertWidget(m_layout->count() - 1, editor);
}

void InspectorDock::showPage(QWidget* page)
{
    if (m_current && m_current != page)
        m_current->hide();
    m_current = page;
    page->show();
}

void InspectorDock::setDocument(Document* document)
{
    if (m_current != m_mixed)
        m_current = nullptr;
    for (ElementEditor* editor : std::as_const(m_editors))
        delete editor;
    m_editors.clear();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (!document) {
        m_mixed->setText(tr("No design is open."));
        showPage(m_mixed);
        return;
    }
    addEditor(QString(), new DesignEditor(document, m_pages));
    addEditor(QStringLiteral("environment"), new EnvironmentEditor(document, m_pages));
    addEditor(QStringLiteral("server"), new ServerEditor(document, m_pages));
    addEditor(QStringLiteral("loadBalancer"), new LoadBalancerEditor(document, m_pages));
    addEditor(QStringLiteral("database"), new DatabaseEditor(document, m_pages));
    addEditor(QStringLiteral("messageQueue"), new QueueEditor(document, m_pages));
    addEditor(QStringLiteral("note"), new NoteEditor(document, m_pages));
    addEditor(QStringLiteral("site"), new SiteEditor(document, m_pages));
    connect(document, &Document::changed, this, &InspectorDock::scheduleRefresh);
    connect(document, &Document::selectionChanged, this, &InspectorDock::scheduleRefresh);
    refreshNow();
}

ElementEditor* InspectorDock::currentEditor() const
{
    return qobject_cast<ElementEditor*>(m_current);
}

void InspectorDock::scheduleRefresh()
{
    // Editors rebuild their lists on refresh: never while one of their own signals runs.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &InspectorDock::refreshNow);
}

void InspectorDock::refreshNow()
{
    m_refreshPending = false;
    if (!m_document)
        return;
    const Topology& topology = m_document->topology();
    QStringList ids;
    QString kind;
    bool mixed = false;
    for (const QString& id : m_document->selection()) {
        const QString idKind = elementKind(topology, ss(id));
        if (idKind.isEmpty())
            continue; // removed since it was selected
        if (!kind.isEmpty() && idKind != kind)
            mixed = true;
        kind = idKind;
        ids << id;
    }
    // Several elements can be edited together only when they are servers.
    if (mixed || (ids.size() > 1 && kind != QStringLiteral("server"))) {
        m_mixed->setText(tr("%n elements selected. Select elements of one kind (or servers "
                            "only) to edit them here.",
                            nullptr, static_cast<int>(ids.size())));
        showPage(m_mixed);
        return;
    }
    QString zone;
    if (kind == QStringLiteral("zone")) {
        zone = ids.first();
        ids = {qs(environmentOf(topology, ss(zone)))};
        kind = QStringLiteral("environment");
    }
    ElementEditor* editor = m_editors.value(kind);
    if (!editor)
        return;
    editor->setSubjects(ids);
    if (!zone.isEmpty())
        static_cast<EnvironmentEditor*>(editor)->zones()->selectZone(zone);
    showPage(editor);
}

} // namespace topo
