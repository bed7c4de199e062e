#include "editor/document/DesignComparison.h"

#include "core/compare/LiveDiff.h"
#include "editor/document/DesignDiffView.h"
#include "editor/document/Document.h"

namespace topo {

DesignComparison::DesignComparison(Document* document) : QObject(document), m_document(document)
{
    connect(document, &Document::changed, this, [this](const DocumentChange& change) {
        if (isActive())
            follow(change);
    });
}

DesignComparison::~DesignComparison() = default;

void DesignComparison::start(Topology before, const QString& name)
{
    m_name = name;
    m_diff = std::make_unique<LiveDiff>(std::make_shared<const Topology>(std::move(before)),
                                        m_document->topology(), m_document->findings(),
                                        m_document->analyses());
    publish();
}

void DesignComparison::stop()
{
    if (!isActive())
        return;
    m_view.reset();
    m_diff.reset();
    m_name.clear();
    m_side = CompareSide::After;
    Q_EMIT changed();
}

const Topology* DesignComparison::before() const
{
    return m_view ? m_view->before.get() : nullptr;
}

const DesignDiff* DesignComparison::diff() const
{
    return m_diff ? &m_diff->diff() : nullptr;
}

void DesignComparison::setSide(CompareSide side)
{
    if (side == m_side)
        return;
    m_side = side;
    if (m_view) {
        // A new view: a picture being drawn from the old one keeps it whole.
        auto view = std::make_shared<CompareView>(*m_view);
        view->side = side;
        m_view = std::move(view);
    }
    Q_EMIT changed();
}

void DesignComparison::follow(const DocumentChange& change)
{
    LiveDiff::Edit edit{change.ids, change.header, change.reset};
    m_diff->update(m_document->topology(), edit, m_document->findings(), m_document->analyses());
    publish();
}

void DesignComparison::publish()
{
    auto view = std::make_shared<CompareView>();
    // The compared design is shared by the comparison and every view, never copied per edit.
    view->before = m_diff->before();
    view->side = m_side;
    for (const ElementDiff& change : m_diff->diff().elements)
        if (!change.id.empty() && change.elementType != "zone")
            view->marks[change.id] = compareMarkOf(change.kind);
    m_view = std::move(view);
    Q_EMIT changed();
}

} // namespace topo
