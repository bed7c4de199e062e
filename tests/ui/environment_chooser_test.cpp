// The environment chooser shared by the analysis docks: refills keep the choice and say
// nothing, the default rule applies when there is nothing to keep, and following the
// selection is a real change of choice (except away from "All environments" when kept).
#include "core/edit/EditOperations.h"
#include "editor/document/Document.h"
#include "ui/docks/EnvironmentChooser.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace topo;

namespace {

Environment environment(const std::string& id, const std::string& name, Purpose purpose)
{
    Environment env;
    env.id = id;
    env.name = name;
    env.purpose = purpose;
    return env;
}

Topology design()
{
    Topology t;
    t.environments = {environment("dev", "Development", Purpose::Development),
                      environment("qa", "", Purpose::NonProduction),
                      environment("prod", "Production", Purpose::Production)};
    return t;
}

std::string firstProduction(const Topology& topology)
{
    for (const Environment& env : topology.environments)
        if (env.purpose == Purpose::Production)
            return env.id;
    return {};
}

} // namespace

TEST(EnvironmentChooserTest, RefillKeepsTheChoiceSilently)
{
    EnvironmentChooser chooser;
    QSignalSpy chosen(&chooser, &EnvironmentChooser::environmentChosen);
    Topology t = design();
    chooser.refill(&t);
    ASSERT_EQ(chooser.count(), 3);
    EXPECT_EQ(chooser.environment(), "dev"); // no rule: the first item
    EXPECT_EQ(chooser.itemText(0), QStringLiteral("Development"));
    EXPECT_EQ(chooser.itemText(1), QStringLiteral("qa")); // no name: the id

    EXPECT_TRUE(chooser.choose("prod"));
    EXPECT_FALSE(chooser.choose("prod")); // already chosen
    EXPECT_FALSE(chooser.choose("nowhere"));
    EXPECT_EQ(chosen.count(), 1);

    t.environments.erase(t.environments.begin()); // dev goes
    chooser.refill(&t);
    EXPECT_EQ(chooser.count(), 2);
    EXPECT_EQ(chooser.environment(), "prod");
    t.environments.pop_back(); // prod goes: back to the first item
    chooser.refill(&t);
    EXPECT_EQ(chooser.environment(), "qa");
    EXPECT_EQ(chosen.count(), 1); // refills never announce a choice

    chooser.refill(nullptr);
    EXPECT_EQ(chooser.count(), 0);
    EXPECT_EQ(chooser.environment(), "");
}

TEST(EnvironmentChooserTest, DefaultRuleAndLabels)
{
    EnvironmentChooser chooser;
    chooser.setDefaultRule(firstProduction);
    Topology t = design();
    chooser.refill(&t);
    EXPECT_EQ(chooser.environment(), "prod");
    EXPECT_EQ(chooser.itemText(0), QStringLiteral("Development"));
    EXPECT_EQ(chooser.itemText(1), QStringLiteral("qa")) << "no name: the id";
    // Two environments of one name: their ids tell them apart.
    t.environments[2].name = "Development";
    chooser.refill(&t);
    EXPECT_EQ(chooser.itemText(0), QStringLiteral("Development (dev)"));
    EXPECT_EQ(chooser.itemText(2), QStringLiteral("Development (prod)"));
    t = design();
    chooser.refill(&t);
    chooser.choose("dev");
    Document doc(design());
    chooser.setDocument(&doc);
    EXPECT_EQ(chooser.environment(), "dev"); // a choice is kept over the default
    chooser.setDocument(&doc, false);
    EXPECT_EQ(chooser.environment(), "prod"); // unless the document opens afresh
}

TEST(EnvironmentChooserTest, RefillsOnEachChangeOfTheDocument)
{
    EnvironmentChooser chooser;
    QSignalSpy chosen(&chooser, &EnvironmentChooser::environmentChosen);
    QSignalSpy changed(&chooser, &EnvironmentChooser::documentChanged);
    Document doc(design());
    chooser.setDocument(&doc);
    chooser.choose("qa");
    doc.apply(editElements<Environment>(doc.topology(), {"qa"},
                                        [](Environment& e) { e.name = "Quality"; }),
              QStringLiteral("Rename"));
    EXPECT_EQ(chooser.itemText(1), QStringLiteral("Quality"));
    EXPECT_EQ(chooser.environment(), "qa");
    EXPECT_EQ(changed.count(), 1);
    doc.apply(removeElements(doc.topology(), {"qa"}), QStringLiteral("Remove"));
    EXPECT_EQ(chooser.count(), 2);
    EXPECT_EQ(chooser.environment(), "dev");
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(chosen.count(), 1); // only choose(): refills announce no choice

    Document other(Topology{});
    chooser.setDocument(&other);
    EXPECT_EQ(chooser.count(), 0);
    doc.apply(removeElements(doc.topology(), {"dev"}), QStringLiteral("Remove"));
    EXPECT_EQ(changed.count(), 2); // the former document is no longer followed
    chooser.setDocument(nullptr);
    EXPECT_EQ(chooser.environment(), "");
}

TEST(EnvironmentChooserTest, FollowsTheSelection)
{
    EnvironmentChooser chooser;
    QSignalSpy chosen(&chooser, &EnvironmentChooser::environmentChosen);
    Document doc(design());
    chooser.setDocument(&doc);
    chooser.followSelection(); // nothing selected
    EXPECT_EQ(chooser.environment(), "dev");
    doc.setSelection({QStringLiteral("prod")});
    EXPECT_EQ(chooser.environment(), "prod");
    EXPECT_EQ(chosen.count(), 1);
    doc.setSelection({QStringLiteral("unknown")}); // no environment: the choice stays
    EXPECT_EQ(chooser.environment(), "prod");
    EXPECT_EQ(chosen.count(), 1);

    chooser.setCurrentIndex(0); // as the user picks
    EXPECT_EQ(chooser.environment(), "dev");
    EXPECT_EQ(chosen.count(), 2);
}

TEST(EnvironmentChooserTest, AllEnvironmentsEntry)
{
    EnvironmentChooser chooser;
    chooser.setAllEntry(true, true);
    chooser.setDefaultRule(firstProduction);
    Document doc(design());
    chooser.setDocument(&doc);
    ASSERT_EQ(chooser.count(), 4);
    EXPECT_EQ(chooser.itemText(0), QStringLiteral("All environments"));
    EXPECT_EQ(chooser.environment(), "prod");

    doc.setSelection({QStringLiteral("qa")});
    EXPECT_EQ(chooser.environment(), "qa");
    EXPECT_TRUE(chooser.choose(""));
    chooser.refill(&doc.topology());
    EXPECT_EQ(chooser.environment(), ""); // "All environments" is a choice to keep
    doc.setSelection({QStringLiteral("dev")});
    EXPECT_EQ(chooser.environment(), ""); // kept on selection

    chooser.setAllEntry(true, false);
    chooser.followSelection();
    EXPECT_EQ(chooser.environment(), "dev");

    // A design without any environment: only "All environments".
    const Topology none;
    chooser.refill(&none);
    EXPECT_EQ(chooser.count(), 1);
    EXPECT_EQ(chooser.environment(), "");
}
