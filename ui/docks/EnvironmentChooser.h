#pragma once

#include "core/model/Topology.h"

#include <QComboBox>
#include <QPointer>

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace topo {

class Document;
struct DocumentChange;

// The environment combo box of the analysis docks: one item per environment of the design
// it serves, labelled with its name (its id only where the name is empty or another
// environment has the same name; the id is the item data), optionally a first "All environments"
// item (id ""). It keeps the choice across refills, picks the dock's default when there is nothing
// to keep, follows the environment of the canvas selection, and says when the choice really
// changed.
class EnvironmentChooser : public QComboBox {
    Q_OBJECT
public:
    // The environment chosen when there is no choice to keep ("" = "All environments").
    using DefaultRule = std::function<std::string(const Topology&)>;

    explicit EnvironmentChooser(QWidget* parent = nullptr);

    // Without a rule the first item is the default.
    void setDefaultRule(DefaultRule rule) { m_defaultRule = std::move(rule); }
    // A rule: the first production environment, else the first environment.
    static std::string firstProduction(const Topology& topology);
    // Offers "All environments" first; `keptOnSelection`: selecting an element does not
    // switch away from it.
    void setAllEntry(bool offered, bool keptOnSelection);

    // Serves `document` (none: no items): refills at once and on each of its changes, then
    // says documentChanged(); follows its selection. `keepChoice` false: the document opens
    // on its default environment whatever was chosen before.
    void setDocument(Document* document, bool keepChoice = true);

    // The chosen environment's id ("" for "All environments" or nothing to choose from).
    std::string environment() const;

    // Fills the items from `topology` (none without one), keeping the choice when it is still
    // offered and choosing the default otherwise. Emits nothing.
    void refill(const Topology* topology);
    // Chooses the environment `id` when it is offered; true when the choice changed.
    bool choose(const std::string& id);
    // Chooses the environment of the served document's first selected element, if any.
    void followSelection();

Q_SIGNALS:
    // The choice changed, by the user or by choose()/followSelection(); never by a refill.
    void environmentChosen();
    // The served document changed, in the same call; the items are already refilled.
    void documentChanged(const topo::DocumentChange& change);

private:
    // The items a refill from `topology` shows: label and environment id.
    std::vector<std::pair<QString, QString>> entriesOf(const Topology* topology) const;
    void noteChoice();

    QPointer<Document> m_document;
    DefaultRule m_defaultRule;
    bool m_allOffered = false;
    bool m_allKeptOnSelection = false;
    std::string m_chosen; // the choice last announced or set by a refill
};

} // namespace topo
