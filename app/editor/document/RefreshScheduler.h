#pragma once

#include "editor/document/Document.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace topo {

// Turns a view's change notifications into at most one refresh per event-loop turn: changes
// merge into one pending DocumentChange, and a zero-time timer runs the refresh once control
// is back in the event loop. While the view is inactive (a hidden dock) nothing runs; the
// pending refresh runs once when it becomes active again (call activated()).
class RefreshScheduler : public QObject {
    Q_OBJECT
public:
    // `pending` is every change since the last refresh, merged (reset after a new document).
    using Refresh = std::function<void(const DocumentChange& pending)>;
    using IsActive = std::function<bool()>;

    RefreshScheduler(Refresh refresh, IsActive isActive, QObject* parent = nullptr);

    void schedule(const DocumentChange& change);
    void scheduleReset(); // a new design, or none: everything is to be refreshed
    // The view can show again: runs what is pending (in the next event-loop turn).
    void activated();
    // Runs what is pending now, if the view is active.
    void flush();

    bool isPending() const { return m_dirty; }
    int refreshCount() const { return m_count; } // refreshes run so far

private:
    void run();

    Refresh m_refresh;
    IsActive m_isActive;
    DocumentChange m_pending;
    bool m_dirty = false;
    int m_count = 0;
    QTimer m_timer;
};

// True when every element the change touched is a note: the analyses do not read notes.
bool onlyNotesChanged(const Topology& topology, const DocumentChange& change);

} // namespace topo
