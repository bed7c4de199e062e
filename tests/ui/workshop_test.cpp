// A workshop from a blank design, as an architect draws a factory in front of a customer:
// two environments dropped from the palette on the blank design's one, names and purposes
// given, a production farm, Development cloned into Quality, a frame resized, everything
// tidied up.
// The canvas ends with no overlapping frames or cards, every card inside its frame, and no
// element named after an id.
#include "UiTestSupport.h"

#include "CanvasEvents.h"
#include "Tidiness.h"

#include "core/edit/EditOperations.h"
#include "core/edit/ElementArrays.h"
#include "core/edit/EnvironmentClone.h"
#include "editor/document/Document.h"
#include "ui/canvas/CanvasView.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QTest>

#include <cctype>

using namespace topo;
using namespace topo::test;

namespace {

void trigger(MainWindow& w, const char* action)
{
    auto* a = w.findChild<QAction*>(QString::fromLatin1(action));
    ASSERT_NE(a, nullptr) << action;
    a->trigger();
    QApplication::processEvents();
}

// As the inspector's Name and Purpose fields do.
void nameEnvironment(Document& doc, const std::string& id, const std::string& name, Purpose purpose)
{
    // What carried the old name's tag follows (the inspector's followTags).
    Topology edited = doc.topology();
    editElements<Environment>(doc.topology(), {id}, [&](Environment& e) {
        e.name = name;
        e.purpose = purpose;
    }).apply(edited);
    doc.apply(followTags(doc.topology(), std::move(edited)), QStringLiteral("Name environment"));
}

std::string upper(std::string text)
{
    for (char& c : text)
        c = char(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

QPoint centreOf(MainWindow& w, const std::string& environmentId)
{
    return environmentCentre(w, environmentId);
}

} // namespace

TEST(WorkshopTest, AFactoryFromABlankDesignEndsTidyAndNamed)
{
    auto f = openDesignWindow(QString());
    MainWindow& w = *f->window;
    w.files()->newBlank();
    ASSERT_NE(w.canvas(), nullptr);
    Document& doc = *w.document();

    // A blank design starts with Development; two more environments dropped at one spot,
    // on Development's frame: each lands beside the ones there.
    ASSERT_EQ(doc.topology().environments.size(), 1u);
    const std::string development = doc.topology().environments[0].id;
    for (int i = 0; i < 2; ++i)
        ASSERT_TRUE(dropFromPalette(w, QStringLiteral("environment"), centreOf(w, development)));
    ASSERT_EQ(doc.topology().environments.size(), 3u);
    ASSERT_EQ(untidiness(doc.topology()), std::vector<std::string>{});
    const std::string lifetime = doc.topology().environments[1].id;
    const std::string production = doc.topology().environments[2].id;
    nameEnvironment(doc, lifetime, "LifeTime", Purpose::Lifetime);
    nameEnvironment(doc, development, "Development", Purpose::Development);
    nameEnvironment(doc, production, "Production", Purpose::Production);
    w.canvas()->fitToWindow();

    // What each environment holds, dropped on its frame.
    const std::pair<std::string, std::vector<const char*>> contents[] = {
        {lifetime, {"server", "database", "messageQueue"}},
        {development, {"server", "database", "messageQueue"}},
        {production,
         {"server", "server", "server", "server", "loadBalancer", "database", "messageQueue"}},
    };
    for (const auto& [environment, kinds] : contents)
        for (const char* kind : kinds) {
            ASSERT_TRUE(dropFromPalette(w, QString::fromLatin1(kind), centreOf(w, environment)))
                << kind;
            w.canvas()->fitToWindow();
        }

    // Development cloned into Quality.
    doc.setSelection({QString::fromStdString(development)});
    trigger(w, "duplicateAction");
    const std::string quality = doc.topology().environments.back().id;
    ASSERT_NE(quality, development);
    nameEnvironment(doc, quality, "Quality", Purpose::NonProduction);
    w.canvas()->fitToWindow();

    // Production made larger by its corner handle, then everything tidied up.
    doc.setSelection({QString::fromStdString(production)});
    QApplication::processEvents();
    const Rect& frame = *findById(doc.topology().environments, production)->layout;
    const QPoint corner =
        viewportPoint(w, QPointF(frame.x + frame.width, frame.y + frame.height)) - QPoint(3, 3);
    const Rect before = frame;
    dragOnViewport(w, corner, corner + QPoint(60, 40));
    EXPECT_GT(findById(doc.topology().environments, production)->layout->width, before.width)
        << "resized";
    doc.setSelection({});
    trigger(w, "tidyUpAction");

    const Topology& t = doc.topology();
    EXPECT_EQ(t.environments.size(), 4u);
    EXPECT_EQ(untidiness(t), std::vector<std::string>{});
    // Names follow the environments' names and purposes (PROD-FE-01, LB-PROD, RMQ-QA): none
    // is an id, none carries a default environment's ("ENVIRONMENT-1-2-SRV-01").
    forEachArray(t, [&](const auto& items) {
        for (const auto& item : items) {
            if constexpr (requires { item.name; }) {
                EXPECT_EQ(upper(item.name).find("ENVIRONMENT"), std::string::npos) << item.name;
                EXPECT_EQ(upper(item.name).find("DEV2"), std::string::npos)
                    << item.name << ": the clone's names follow it to Quality";
            }
        }
    });
    // Saved for the pictures of the workshop (scripts/screenshots.sh workshop).
    if (const QByteArray path = qgetenv("TOPO_WORKSHOP_DESIGN"); !path.isEmpty()) {
        ASSERT_TRUE(w.files()->saveTo(QString::fromLocal8Bit(path)));
    }
}
