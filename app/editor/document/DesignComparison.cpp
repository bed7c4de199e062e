#include "editor/document/DesignComparison.h"

#include "editor/document/DesignDiffView.h"
#include "editor/document/Document.h"

namespace topo {

DesignComparison::DesignComparison(Document* document) : QObject(document), m_document(document)
{
    connect(document, &Document::changed, this, [this] {
        if (isActive())
            recompute();
    });
}

DesignComparison::~DesignComparison() = default;

void DesignComparison::start(Topology before, const QString& name)
{
    m_name = name;
    auto view = std::make_shared<CompareView>();
    view->before = std::move(before);
    view->side = m_side;
    m_view = std::move(view);
    recompute();
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
    return m_view ? &m_view->before : nullptr;
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

void DesignComparison::recompute()
{
    auto diff =
        std::make_unique<DesignDiff>(compareDesigns(m_view->before, m_document->topology()));
    auto view = std::make_shared<CompareView>();
    view->before = m_view->before;
    view->side = m_side;
    for (const ElementDiff& change : diff->elements)
        if (!change.id.empty() && change.elementType != "zone")
            view->marks[change.id] = compareMarkOf(change.kind);
    m_diff = std::move(diff);
    m_view = std::move(view);
    Q_EMIT changed();
}

} // namespace topo
