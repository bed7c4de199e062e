// RefreshScheduler: changes merge into one refresh after the event-loop turn, nothing runs
// while the view is inactive, and the pending refresh runs once it is active again.
#include "editor/document/RefreshScheduler.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

namespace topo {
namespace {

struct Recorder {
    bool active = true;
    std::vector<DocumentChange> refreshes;
    RefreshScheduler scheduler{[this](const DocumentChange& c) { refreshes.push_back(c); },
                               [this] { return active; }};
};

DocumentChange touching(std::vector<std::string> ids, bool structural = false)
{
    DocumentChange change;
    change.ids = std::move(ids);
    change.structural = structural;
    return change;
}

TEST(RefreshScheduler, ChangesOfOneTurnMergeIntoOneRefreshAfterIt)
{
    Recorder r;
    r.scheduler.schedule(touching({"b", "a"}));
    r.scheduler.schedule(touching({"a"}, true));
    EXPECT_TRUE(r.refreshes.empty());
    QCoreApplication::processEvents();
    ASSERT_EQ(r.refreshes.size(), 1u);
    EXPECT_EQ(r.refreshes[0].ids, (std::vector<std::string>{"a", "b"}));
    EXPECT_TRUE(r.refreshes[0].structural);
    EXPECT_FALSE(r.refreshes[0].reset);
    QCoreApplication::processEvents();
    EXPECT_EQ(r.scheduler.refreshCount(), 1);
}

TEST(RefreshScheduler, AnInactiveViewRefreshesOnceWhenActiveAgain)
{
    Recorder r;
    r.active = false;
    r.scheduler.schedule(touching({"a"}));
    r.scheduler.scheduleReset();
    QCoreApplication::processEvents();
    EXPECT_TRUE(r.refreshes.empty());
    EXPECT_TRUE(r.scheduler.isPending());

    r.active = true;
    r.scheduler.activated();
    QCoreApplication::processEvents();
    ASSERT_EQ(r.refreshes.size(), 1u);
    EXPECT_TRUE(r.refreshes[0].reset);
    EXPECT_FALSE(r.scheduler.isPending());
}

TEST(RefreshScheduler, FlushRefreshesNowOnlyWhenSomethingIsPending)
{
    Recorder r;
    r.scheduler.flush();
    EXPECT_EQ(r.scheduler.refreshCount(), 0);
    r.scheduler.schedule(touching({"a"}));
    r.scheduler.flush();
    EXPECT_EQ(r.scheduler.refreshCount(), 1);
    QCoreApplication::processEvents();
    EXPECT_EQ(r.scheduler.refreshCount(), 1);
}

TEST(RefreshScheduler, OnlyNotesChangedIgnoresEditsOfNotesAlone)
{
    Topology design;
    design.notes.push_back(Note{});
    design.notes.back().id = "note-1";
    EXPECT_TRUE(onlyNotesChanged(design, touching({"note-1"})));
    EXPECT_FALSE(onlyNotesChanged(design, touching({"note-1", "srv-1"})));
    EXPECT_FALSE(onlyNotesChanged(design, touching({"note-2"}, true))); // removed
    EXPECT_FALSE(onlyNotesChanged(design, touching({})));
}

} // namespace
} // namespace topo
