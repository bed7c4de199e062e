#include "RandomEditor.h"

#include "core/edit/Clipboard.h"
#include "core/edit/EditOperations.h"
#include "core/edit/ElementArrays.h"
#include "core/edit/ElementFactory.h"
#include "core/edit/EnvironmentMove.h"
#include "core/edit/QuickFixes.h"
#include "editor/document/Document.h"

#include <QString>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>

namespace topo::test {
namespace {

// One pick of RandomEditor, over its document and random source.
class Picker {
public:
    Picker(Document& doc, std::mt19937& random) : m_doc(doc), m_random(random) {}

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
        switch (pick(4)) {
        case 0:
            apply(editElements<LoadBalancer>(
                      t, someIds(t.loadBalancers, 2),
                      [](LoadBalancer& lb) { lb.stickySessions = !lb.stickySessions; }),
                  "Edit load balancers");
            return "edit balancers";
        case 1: {
            // A target dropped, or a server added to the pool.
            const std::vector<std::string> servers = someIds(t.servers, 1);
            const bool drop = coin();
            apply(editElements<LoadBalancer>(t, someIds(t.loadBalancers, 1),
                                             [&](LoadBalancer& lb) {
                                                 if (drop && !lb.targets.empty())
                                                     lb.targets.pop_back();
                                                 else if (!servers.empty())
                                                     lb.targets.push_back(servers.front());
                                             }),
                  "Edit targets");
            return "edit targets";
        }
        case 2: {
            // A catalog dropped, or the platform catalog of another environment added.
            const std::string environment = anyEnvironment(t);
            const bool drop = coin();
            apply(editElements<Database>(
                      t, someIds(t.databases, 1),
                      [&](Database& db) {
                          if (drop && !db.catalogs.empty())
                              db.catalogs.erase(db.catalogs.begin());
                          else if (!environment.empty())
                              db.catalogs.push_back(Catalog{environment, CatalogKind::Platform});
                      }),
                  "Edit catalogs");
            return "edit catalogs";
        }
        default: {
            const auto purpose = static_cast<Purpose>(pick(4));
            apply(editElements<Environment>(t, someIds(t.environments, 1),
                                            [&](Environment& e) { e.purpose = purpose; }),
                  "Edit environment");
            return "edit environment";
        }
        }
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
    std::mt19937& m_random;
};

} // namespace

std::string RandomEditor::step()
{
    return Picker(m_doc, m_random).step();
}

void RandomEditor::run(int edits, int undoEvery,
                       const std::function<void(const std::string&)>& check)
{
    QUndoStack* stack = m_doc.undoStack();
    for (int i = 0; i < edits && !::testing::Test::HasFailure(); ++i) {
        const std::string what = "edit " + std::to_string(i) + " (" + step() + ")";
        check(what);
        if (i % undoEvery == 0 && stack->canUndo()) {
            stack->undo();
            check(what + ", undone");
            stack->redo();
            check(what + ", redone");
        }
    }
}

} // namespace topo::test
