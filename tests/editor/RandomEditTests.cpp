#include "EditorTestSupport.h"
#include "RandomEditor.h"

#include "core/analysis/AnalysisReport.h"
#include "core/analysis/EnvironmentAnalysis.h"
#include "core/compare/DesignDiff.h"
#include "core/rules/Validator.h"
#include "editor/document/DesignComparison.h"
#include "editor/document/Document.h"

#include <QUndoStack>

namespace topo {
namespace {

using test::RandomEditor;
using test::saved;

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

// The designer keeps a comparison current edit by edit (LiveDiff: the edited elements
// flattened again, the document's findings and shared analyses, the single points searched
// again only when more than names and places changed): after every random edit, undo and
// redo it is exactly what comparing the two designs afresh gives.
TEST(RandomEdits, TheLiveComparisonIsAlwaysTheWholeOne)
{
    Document doc(test::placedFixture("factory-standard"));
    RandomEditor editor(doc, 20261203u);
    for (int i = 0; i < 20; ++i)
        editor.step();
    DesignComparison& comparison = *doc.comparison();
    comparison.start(test::placedFixture("factory-standard"), QStringLiteral("factory"));
    const auto expectWhole = [&](const std::string& what) {
        ASSERT_NE(comparison.diff(), nullptr);
        const DesignDiff whole = compareDesigns(*comparison.before(), doc.topology());
        ASSERT_EQ(toJson(*comparison.diff()).dump(1), toJson(whole).dump(1)) << what;
    };
    expectWhole("start");
    editor.run(300, 6, expectWhole);
}

} // namespace
} // namespace topo
