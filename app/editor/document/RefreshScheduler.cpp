#include "editor/document/RefreshScheduler.h"

#include <algorithm>

namespace topo {

RefreshScheduler::RefreshScheduler(Refresh refresh, IsActive isActive, QObject* parent)
    : QObject(parent), m_refresh(std::move(refresh)), m_isActive(std::move(isActive))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &RefreshScheduler::flush);
}

void RefreshScheduler::schedule(const DocumentChange& change)
{
    m_pending.ids.insert(m_pending.ids.end(), change.ids.begin(), change.ids.end());
    m_pending.structural = m_pending.structural || change.structural;
    m_pending.header = m_pending.header || change.header;
    m_pending.reset = m_pending.reset || change.reset;
    m_dirty = true;
    if (m_isActive())
        m_timer.start();
}

void RefreshScheduler::scheduleReset()
{
    DocumentChange reset;
    reset.reset = true;
    schedule(reset);
}

void RefreshScheduler::activated()
{
    if (m_dirty)
        m_timer.start();
}

void RefreshScheduler::flush()
{
    m_timer.stop();
    if (!m_dirty || !m_isActive())
        return;
    run();
}

void RefreshScheduler::run()
{
    DocumentChange change = std::move(m_pending);
    m_pending = {};
    m_dirty = false;
    std::sort(change.ids.begin(), change.ids.end());
    change.ids.erase(std::unique(change.ids.begin(), change.ids.end()), change.ids.end());
    ++m_count;
    m_refresh(change);
}

bool onlyNotesChanged(const Topology& topology, const DocumentChange& change)
{
    if (change.reset || change.header || change.ids.empty())
        return false;
    return std::all_of(change.ids.begin(), change.ids.end(), [&](const std::string& id) {
        return std::any_of(topology.notes.begin(), topology.notes.end(),
                           [&](const Note& note) { return note.id == id; });
    });
}

} // namespace topo
