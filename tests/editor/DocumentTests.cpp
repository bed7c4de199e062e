#include "EditorTestSupport.h"

#include "core/edit/Clipboard.h"
#include "core/edit/EditOperations.h"
#include "core/edit/ElementFactory.h"
#include "core/edit/EnvironmentMove.h"
#include "core/edit/QuickFixes.h"
#include "core/rules/Validator.h"
#include "editor/document/Document.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <algorithm>

namespace topo {
namespace {

using test::placedFixture;
using test::saved;

bool hasRule(const std::vector<Finding>& findings, const std::string& rule)
{
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Finding& f) { return f.rule == rule; });
}

TEST(Document, ApplyPushesOneNamedStepAndRevalidates)
{
    Document doc(placedFixture("example-2-production-farm"));
    EXPECT_EQ(doc.findings(), validate(doc.topology()));
    std::vector<std::string> order;
    QObject::connect(&doc, &Document::changed, [&](const DocumentChange& c) {
        order.push_back("changed");
        EXPECT_EQ(c.ids, (std::vector<std::string>{"lb-prod"}));
        EXPECT_FALSE(c.structural);
    });
    QObject::connect(&doc, &Document::findingsChanged, [&] { order.push_back("findings"); });

    doc.apply(editElements<LoadBalancer>(doc.topology(), {"lb-prod"},
                                         [](LoadBalancer& lb) { lb.stickySessions = true; }),
              QStringLiteral("Turn on sticky sessions"));
    EXPECT_EQ(order, (std::vector<std::string>{"changed", "findings"}));
    EXPECT_EQ(doc.undoStack()->count(), 1);
    EXPECT_EQ(doc.undoStack()->text(0), QStringLiteral("Turn on sticky sessions"));
    EXPECT_TRUE(hasRule(doc.findings(), "LB-STICKY"));
    doc.undoStack()->undo();
    EXPECT_FALSE(hasRule(doc.findings(), "LB-STICKY"));
    EXPECT_EQ(order.size(), 4u);

    doc.apply(TopologyPatch{}, QStringLiteral("Nothing"));
    EXPECT_EQ(doc.undoStack()->count(), 1) << "an empty patch is no step";
}

TEST(Document, FindingsChangedOnlyWhenTheFindingsDiffer)
{
    Document doc(placedFixture("example-2-production-farm"));
    QSignalSpy findings(&doc, &Document::findingsChanged);
    QSignalSpy changed(&doc, &Document::changed);
    // Moving a server changes no finding.
    doc.apply(moveElements(doc.topology(), {"p-1"}, 10, 0), QStringLiteral("Move"));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(findings.count(), 0);
    doc.apply(editElements<LoadBalancer>(doc.topology(), {"lb-prod"},
                                         [](LoadBalancer& lb) { lb.stickySessions = true; }),
              QStringLiteral("Turn on sticky sessions"));
    EXPECT_EQ(findings.count(), 1);
    doc.undoStack()->undo(); // the sticky sessions
    EXPECT_EQ(findings.count(), 2);
    doc.undoStack()->undo(); // the move
    EXPECT_EQ(changed.count(), 4);
    EXPECT_EQ(findings.count(), 2);
}

TEST(Document, ModifiedFollowsTheCleanState)
{
    Document doc(placedFixture("example-3-lifetime"));
    QSignalSpy modified(&doc, &Document::modifiedChanged);
    EXPECT_FALSE(doc.isModified());
    doc.apply(moveElements(doc.topology(), {"lt-1"}, 10, 0), QStringLiteral("Move"));
    EXPECT_TRUE(doc.isModified());
    ASSERT_EQ(modified.count(), 1);
    EXPECT_TRUE(modified.at(0).at(0).toBool());
    doc.markSaved();
    EXPECT_FALSE(doc.isModified());
    doc.undoStack()->undo();
    EXPECT_TRUE(doc.isModified()) << "undoing past the saved state";
    doc.undoStack()->redo();
    EXPECT_FALSE(doc.isModified());
    doc.markUnsaved();
    EXPECT_TRUE(doc.isModified());
}

TEST(Document, MergeKeyFoldsAGestureIntoOneStep)
{
    Document doc(placedFixture("example-2-production-farm"));
    const std::string start = saved(doc.topology());
    constexpr int kDrag = 7;
    for (int i = 0; i < 5; ++i)
        doc.apply(moveElements(doc.topology(), {"p-1", "p-2"}, 10, 0), QStringLiteral("Move"),
                  kDrag);
    EXPECT_EQ(doc.undoStack()->count(), 1);
    doc.apply(moveElements(doc.topology(), {"p-3"}, 10, 0), QStringLiteral("Move"), kDrag);
    EXPECT_EQ(doc.undoStack()->count(), 2) << "other elements: a new step";
    doc.apply(moveElements(doc.topology(), {"p-3"}, 10, 0), QStringLiteral("Move"));
    EXPECT_EQ(doc.undoStack()->count(), 3) << "no key: no merge";
    doc.undoStack()->setIndex(0);
    EXPECT_EQ(saved(doc.topology()), start);

    // A gesture that returns to where it began leaves no step.
    Document back(placedFixture("example-2-production-farm"));
    back.apply(moveElements(back.topology(), {"p-1"}, 10, 0), QStringLiteral("Move"), kDrag);
    back.apply(moveElements(back.topology(), {"p-1"}, -10, 0), QStringLiteral("Move"), kDrag);
    EXPECT_EQ(back.undoStack()->count(), 0);
    EXPECT_EQ(saved(back.topology()), start);
}

TEST(Document, SelectionKeepsOnlyExistingIds)
{
    Document doc(placedFixture("example-4-production-zones"));
    QSignalSpy selection(&doc, &Document::selectionChanged);
    doc.setSelection({QStringLiteral("pa-1"), QStringLiteral("z-public"), QStringLiteral("nope"),
                      QStringLiteral("pa-1")});
    EXPECT_EQ(doc.selection(), (QStringList{QStringLiteral("pa-1"), QStringLiteral("z-public")}));
    EXPECT_EQ(selection.count(), 1);
    doc.apply(removeElements(doc.topology(), {"pa-1"}), QStringLiteral("Delete"));
    EXPECT_EQ(doc.selection(), QStringList{QStringLiteral("z-public")});
    EXPECT_EQ(selection.count(), 2);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.selection(), QStringList{QStringLiteral("z-public")}) << "undo does not reselect";
}

TEST(Document, NamesAndPath)
{
    Document doc(placedFixture("example-3-lifetime"));
    EXPECT_EQ(doc.displayName(), QString::fromStdString(doc.topology().name));
    QSignalSpy path(&doc, &Document::filePathChanged);
    doc.setFilePath(QStringLiteral("/tmp/some/where/design.topology.json"));
    EXPECT_EQ(doc.displayName(), QStringLiteral("design.topology.json"));
    EXPECT_EQ(path.count(), 1);
}

// Every kind of command: redo, undo and redo again give exactly the same saved designs.
TEST(Document, EveryCommandRedoesUndoesAndRedoesExactly)
{
    const Topology start = placedFixture("factory-standard");
    std::vector<std::pair<std::string, TopologyPatch>> commands;
    ElementFactory factory(start);
    for (ElementKind kind : {ElementKind::Server, ElementKind::LoadBalancer, ElementKind::Database,
                             ElementKind::MessageQueue, ElementKind::Environment, ElementKind::Zone,
                             ElementKind::Note})
        commands.emplace_back(std::string(toString(kind)),
                              factory.create(kind, "prod", Point{})->patch);
    commands.emplace_back("move", moveElements(start, {"prod", "lt-1"}, 30, 40));
    commands.emplace_back(
        "environment",
        moveToEnvironment(start, {"prod-fe2", "lb-prod", "mq-prod"}, "qa", Placement::IntoFrame));
    commands.emplace_back("remove", removeElements(start, {"prod-fe1", "dev", "dc-a"}));
    commands.emplace_back("paste", duplicateElements(start, {"lb-prod", "prod-fe1"})->patch);
    commands.emplace_back("edit", editElements<Server>(start, {"lt-1", "lt-2"},
                                                       [](Server& s) { s.hardware.cpuCores = 8; }));
    for (const Finding& finding : validate(start))
        for (QuickFix& fix : quickFixesFor(start, finding))
            commands.emplace_back("fix " + fix.title, std::move(fix.patch));
    TopologyPatch header;
    DesignHeader renamed = headerOf(start);
    renamed.name = "Renamed";
    header.setHeader(headerOf(start), renamed);
    commands.emplace_back("header", header);

    for (const auto& [label, patch] : commands) {
        Document doc(start);
        ASSERT_FALSE(patch.empty()) << label;
        doc.apply(patch, QString::fromStdString(label));
        const std::string after = saved(doc.topology());
        EXPECT_NE(after, saved(start)) << label;
        doc.undoStack()->undo();
        EXPECT_EQ(saved(doc.topology()), saved(start)) << label;
        EXPECT_EQ(doc.findings(), validate(start)) << label;
        doc.undoStack()->redo();
        EXPECT_EQ(saved(doc.topology()), after) << label;
    }
}

} // namespace
} // namespace topo
