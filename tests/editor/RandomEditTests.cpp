#include "EditorTestSupport.h"

#include "core/analysis/AnalysisReport.h"
#include "core/analysis/EnvironmentAnalysis.h"
#include "core/edit/Clipboard.h"
#include "core/edit/EditOperations.h"
#include "core/edit/ElementArrays.h"
#include "core/edit/ElementFactory.h"
#include "core/edit/EnvironmentMove.h"
#include "core/edit/QuickFixes.h"
#include "core/rules/Validator.h"
#include "editor/document/Document.h"

#include <QUndoStack>

#include <random>

namespace topo {
namespace {

using test::saved;

// Picks random, realistic edits of the document's current design, one undo step each.
class RandomEditor {
public:
    RandomEditor(Document& doc, unsigned seed) : m_doc(doc), m_random(seed) {}

    // Applies one random edit; returns its kind (for the failure messages).
    std::string step()
    {
        const Topology& t = m_doc.topology();
        switch (pick(10)) {
        case 0:
        case 1:
            return add(t);
        case 2:
            return remove(t);
        case 3:
            return move(t);
        case 4:
            return editServers(t);
        case 5:
            return editOthers(t);
        case 6:
            return changeEnvironment(t);
        case 7:
            return paste(t);
        case 8:
            return quickFix();
        default:
            return header(t);
        }
    }

private:
    std::size_t pick(std::size_t n)
    {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(m_random);
    }
    bool coin() { return pick(2) == 0; }

    template <typename T>
    std::vector<std::string> someIds(const std::vector<T>& items, std::size_t most)
    {
        std::vector<std::string> ids;
        if (items.empty())
            return ids;
        const std::size_t n = 1 + pick(std::min(most, items.size()));
        for (std::size_t i = 0; i < n; ++i)
            ids.push_back(items[pick(items.size())].id);
        return ids;
    }

    std::string anyEnvironment(const Topology& t)
    {
        return t.environments.empty() ? std::string()
                                      : t.environments[pick(t.environments.size())].id;
    }

    void apply(TopologyPatch patch, const char* text, int mergeKey = -1)
    {
        m_doc.apply(std::move(patch), QString::fromLatin1(text), mergeKey);
    }

    std::string add(const Topology& t)
    {
        static constexpr ElementKind kinds[] = {ElementKind::Server,       ElementKind::Server,
                                                ElementKind::LoadBalancer, ElementKind::Database,
                                                ElementKind::MessageQueue, ElementKind::Environment,
                                                ElementKind::Zone,         ElementKind::Note};
        ElementFactory factory(t);
        const ElementKind kind = kinds[pick(std::size(kinds))];
        const Point at{double(pick(2000)), double(pick(1000)), {}};
        if (auto created = factory.create(kind, anyEnvironment(t), at))
            m_doc.apply(std::move(created->patch), QString::fromStdString(created->text));
        return "add " + std::string(toString(kind));
    }

    std::string remove(const Topology& t)
    {
        std::vector<std::string> ids = someIds(t.servers, 3);
        if (coin())
            for (const std::string& id : someIds(t.loadBalancers, 1))
                ids.push_back(id);
        if (pick(8) == 0 && t.environments.size() > 2)
            ids.push_back(anyEnvironment(t));
        if (pick(4) == 0)
            for (const Environment& env : t.environments)
                if (!env.zones.empty())
                    ids.push_back(env.zones.front().id);
        apply(removeElements(t, ids), "Delete");
        return "remove";
    }

    std::string move(const Topology& t)
    {
        std::vector<std::string> ids = someIds(t.servers, 3);
        if (coin())
            ids.push_back(anyEnvironment(t));
        // A drag: several moves of the same elements fold into one step.
        const int key = coin() ? 1 : -1;
        for (std::size_t n = 1 + pick(3); n > 0; --n)
            apply(moveElements(m_doc.topology(), ids, double(pick(60)) - 30, 10), "Move", key);
        return "move";
    }

    std::string editServers(const Topology& t)
    {
        const std::size_t what = pick(4);
        const int value = int(pick(16));
        apply(editElements<Server>(t, someIds(t.servers, 3),
                                   [&](Server& s) {
                                       if (what == 0)
                                           s.standby = !s.standby;
                                       else if (what == 1)
                                           s.hardware.cpuCores = value;
                                       else if (what == 2)
                                           s.roles = value % 2 ? std::vector<Role>{Role::Scheduler}
                                                               : std::vector<Role>{Role::Frontend};
                                       else
                                           s.name += "x";
                                   }),
              "Edit servers", coin() ? 2 : -1);
        return "edit servers";
    }

    std::string editOthers(const Topology& t)
    {
        if (coin()) {
            apply(editElements<LoadBalancer>(
                      t, someIds(t.loadBalancers, 2),
                      [](LoadBalancer& lb) { lb.stickySessions = !lb.stickySessions; }),
                  "Edit load balancers");
        } else {
            const auto purpose = static_cast<Purpose>(pick(4));
            apply(editElements<Environment>(t, someIds(t.environments, 1),
                                            [&](Environment& e) { e.purpose = purpose; }),
                  "Edit environment");
        }
        return "edit others";
    }

    std::string changeEnvironment(const Topology& t)
    {
        if (t.servers.empty())
            return "environment (none)";
        std::vector<std::string> ids = someIds(t.servers, 2);
        for (const std::string& id : someIds(t.loadBalancers, 1))
            ids.push_back(id);
        for (const std::string& id : someIds(t.messageQueues, 1))
            ids.push_back(id);
        apply(moveToEnvironment(t, ids, anyEnvironment(t),
                                coin() ? Placement::Keep : Placement::IntoFrame),
              "Move to environment");
        return "environment";
    }

    std::string paste(const Topology& t)
    {
        std::vector<std::string> ids = someIds(t.servers, 2);
        if (coin())
            for (const std::string& id : someIds(t.loadBalancers, 1))
                ids.push_back(id);
        if (pick(6) == 0)
            ids.push_back(anyEnvironment(t));
        std::optional<PasteResult> result =
            coin() ? duplicateElements(t, ids) : pasteFragment(t, copyFragment(t, ids));
        if (result)
            m_doc.apply(std::move(result->patch), QString::fromStdString(result->text));
        return "paste";
    }

    std::string quickFix()
    {
        const auto& findings = m_doc.findings();
        if (findings.empty())
            return "fix (none)";
        const Finding finding = findings[pick(findings.size())];
        std::vector<QuickFix> fixes = quickFixesFor(m_doc.topology(), finding);
        if (fixes.empty())
            return "fix (none for " + finding.rule + ")";
        QuickFix& fix = fixes[pick(fixes.size())];
        m_doc.apply(std::move(fix.patch), QString::fromStdString(fix.title));
        return "fix " + finding.rule;
    }

    std::string header(const Topology& t)
    {
        TopologyPatch patch;
        DesignHeader after = headerOf(t);
        after.description += "+";
        patch.setHeader(headerOf(t), after);
        apply(std::move(patch), "Edit design", 3);
        return "header";
    }

    Document& m_doc;
    std::mt19937 m_random;
};

TEST(RandomEdits, TwoThousandEditsUndoToTheStartAndRedoToTheEnd)
{
    constexpr int kEdits = 2000;
    Document doc(test::placedFixture("factory-standard"));
    QUndoStack* stack = doc.undoStack();
    const std::string start = saved(doc.topology());
    RandomEditor editor(doc, 20240611u);

    for (int i = 0; i < kEdits; ++i) {
        // Each step is checked on the model (cheap); the whole run on the saved JSON below.
        const Topology before = doc.topology();
        const int count = stack->count();
        const std::string kind = editor.step();
        // A new step (not merged into the previous one) must undo and redo exactly.
        if (stack->count() == count + 1 && stack->index() == stack->count()) {
            const Topology after = doc.topology();
            stack->undo();
            ASSERT_TRUE(doc.topology() == before) << "edit " << i << ": " << kind;
            stack->redo();
            ASSERT_TRUE(doc.topology() == after) << "edit " << i << ": " << kind;
        }
    }
    const std::string end = saved(doc.topology());
    ASSERT_GT(stack->count(), kEdits / 3) << "most edits became steps";
    ASSERT_NE(end, start);

    stack->setIndex(0);
    EXPECT_EQ(saved(doc.topology()), start);
    EXPECT_FALSE(doc.isModified());
    stack->setIndex(stack->count());
    EXPECT_EQ(saved(doc.topology()), end);
    EXPECT_EQ(doc.findings(), validate(doc.topology()));
}

// The analyses the document shares between the docks are forgotten per environment a change
// can affect (affectedEnvironments): after every random edit, undo and redo, each one must be
// exactly what a fresh analysis of the design says, never a stale one.
TEST(RandomEdits, SharedAnalysesAreNeverStale)
{
    constexpr int kEdits = 400;
    Document doc(test::placedFixture("factory-standard"));
    QUndoStack* stack = doc.undoStack();
    RandomEditor editor(doc, 20261201u);
    const auto expectCurrent = [&doc](int edit, const std::string& kind) {
        const Topology& t = doc.topology();
        for (const Environment& env : t.environments) {
            const EnvironmentAnalysis* shared = doc.analysis(env.id);
            ASSERT_NE(shared, nullptr) << env.id;
            ASSERT_EQ(analysisJson(*shared).dump(), analysisJson(analyzeEnvironment(t, env)).dump())
                << "edit " << edit << " (" << kind << "), environment " << env.id;
        }
    };
    int forgotten = 0;
    for (int i = 0; i < kEdits; ++i) {
        std::vector<std::uint64_t> revisions;
        for (const Environment& env : doc.topology().environments)
            revisions.push_back(doc.analysisRevision(env.id));
        const std::string kind = editor.step();
        expectCurrent(i, kind);
        if (i % 7 == 0 && stack->canUndo()) {
            stack->undo();
            expectCurrent(i, kind + ", undone");
            stack->redo();
            expectCurrent(i, kind + ", redone");
        }
        // An edit of one environment leaves the others' analyses as they were.
        const auto& envs = doc.topology().environments;
        for (std::size_t e = 0; e < envs.size() && e < revisions.size(); ++e)
            forgotten += doc.analysisRevision(envs[e].id) != revisions[e];
    }
    const int asked = kEdits * int(doc.topology().environments.size());
    EXPECT_LT(forgotten, asked * 3 / 4) << "most edits keep most environments' analyses";
}

} // namespace
} // namespace topo
