// The canvas view's zoom and fit, its commands, and the items following the document.
#include "canvas_TestCanvas.h"

#include "core/edit/EditOperations.h"
#include "ui/canvas/ElementItem.h"

#include <QGraphicsItem>
#include <QUndoStack>

#include <map>

#include <gtest/gtest.h>

namespace topo::test {
namespace {

TEST(CanvasView, ZoomAndFitChangeTheTransform)
{
    auto canvas = openCanvas();
    CanvasView& view = *canvas->view;
    EXPECT_DOUBLE_EQ(view.zoom(), 1.0);
    view.zoomIn();
    EXPECT_DOUBLE_EQ(view.zoom(), 1.25);
    view.zoomOut();
    view.zoomOut();
    EXPECT_DOUBLE_EQ(view.zoom(), 0.8);

    view.resize(600, 400);
    view.fitToWindow();
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    const QRectF design = view.canvasScene()->designRect();
    EXPECT_LT(view.zoom(), 0.8);
    EXPECT_TRUE(visible.adjusted(-1, -1, 1, 1).contains(design));
}

TEST(CanvasView, ItemsFollowUndoAndRedo)
{
    auto canvas = openCanvas();
    Document& doc = *canvas->document;
    const QPointF start = canvas->sceneRectOf("qa-1").topLeft();
    doc.apply(moveElements(doc.topology(), {"qa-1"}, 40, 20), QStringLiteral("Move"));
    EXPECT_EQ(canvas->sceneRectOf("qa-1").topLeft(), start + QPointF(40, 20));
    doc.undoStack()->undo();
    EXPECT_EQ(canvas->sceneRectOf("qa-1").topLeft(), start);

    doc.apply(removeElements(doc.topology(), {"qa-1"}), QStringLiteral("Delete"));
    EXPECT_EQ(canvas->view->canvasScene()->elementItem("qa-1"), nullptr);
    doc.undoStack()->undo();
    ASSERT_NE(canvas->view->canvasScene()->elementItem("qa-1"), nullptr);
    EXPECT_EQ(canvas->sceneRectOf("qa-1").topLeft(), start);
    doc.undoStack()->redo();
    EXPECT_EQ(canvas->view->canvasScene()->elementItem("qa-1"), nullptr);
}

TEST(CanvasView, SelectionFollowsTheDocument)
{
    auto canvas = openCanvas();
    canvas->document->setSelection({QStringLiteral("prod-fe2"), QStringLiteral("lb-prod")});
    CanvasScene& scene = *canvas->view->canvasScene();
    EXPECT_TRUE(scene.elementItem("prod-fe2")->isSelected());
    EXPECT_TRUE(scene.elementItem("lb-prod")->isSelected());
    EXPECT_FALSE(scene.elementItem("prod-fe1")->isSelected());
}

TEST(CanvasView, DeleteSelectionIsOneUndoStep)
{
    auto canvas = openCanvas();
    Document& doc = *canvas->document;
    const std::size_t servers = doc.topology().servers.size();
    doc.setSelection({QStringLiteral("prod-fe2"), QStringLiteral("prod-fe3")});
    canvas->view->deleteSelection();
    EXPECT_EQ(doc.topology().servers.size(), servers - 2);
    EXPECT_EQ(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.topology().servers.size(), servers);
}

TEST(CanvasView, AlignAndDistributeLineTheSelectionUp)
{
    auto canvas = openCanvas();
    Document& doc = *canvas->document;
    doc.apply(moveElements(doc.topology(), {"prod-fe2"}, 0, 30), QStringLiteral("Move"));
    doc.setSelection(
        {QStringLiteral("prod-fe1"), QStringLiteral("prod-fe2"), QStringLiteral("prod-fe3")});
    canvas->view->alignTop();
    const double top = canvas->sceneRectOf("prod-fe1").top();
    EXPECT_EQ(canvas->sceneRectOf("prod-fe2").top(), top);
    EXPECT_EQ(canvas->sceneRectOf("prod-fe3").top(), top);

    doc.apply(moveElements(doc.topology(), {"prod-fe2"}, 37, 0), QStringLiteral("Move"));
    canvas->view->distributeHorizontally();
    const double gapLeft =
        canvas->sceneRectOf("prod-fe2").left() - canvas->sceneRectOf("prod-fe1").right();
    const double gapRight =
        canvas->sceneRectOf("prod-fe3").left() - canvas->sceneRectOf("prod-fe2").right();
    EXPECT_NEAR(gapLeft, gapRight, 1.0);
}

TEST(CanvasView, BadgesShowTheWorstSeverity)
{
    auto canvas = openCanvas("design-with-problems");
    // The worst severity of each subject, worked out here from the findings themselves.
    std::map<std::string, Severity> expected;
    for (const Finding& f : canvas->document->findings())
        for (const std::string& id : f.subjects)
            if (!expected.count(id) || int(f.severity) > int(expected[id]))
                expected[id] = f.severity;
    int withBadge = 0;
    int withoutBadge = 0;
    for (QGraphicsItem* item : canvas->view->canvasScene()->items()) {
        if (item->type() != ElementItem::Type)
            continue;
        const auto* element = static_cast<const ElementItem*>(item);
        const auto found = expected.find(element->id());
        if (found == expected.end()) {
            EXPECT_FALSE(element->severity().has_value()) << element->id();
            ++withoutBadge;
        } else {
            ASSERT_TRUE(element->severity().has_value()) << element->id();
            EXPECT_EQ(int(*element->severity()), int(found->second)) << element->id();
            ++withBadge;
        }
    }
    // The fixture has elements with errors, warnings or infos, and elements without.
    EXPECT_GT(withBadge, 2);
    EXPECT_GT(withoutBadge, 0);
}

} // namespace
} // namespace topo::test
