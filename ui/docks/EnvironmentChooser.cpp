#include "ui/docks/EnvironmentChooser.h"

#include "editor/document/Document.h"
#include "ui/docks/ModelLookup.h"

#include <QSignalBlocker>

#include <algorithm>

namespace topo {

EnvironmentChooser::EnvironmentChooser(QWidget* parent) : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::currentIndexChanged, this, &EnvironmentChooser::noteChoice);
}

void EnvironmentChooser::setAllEntry(bool offered, bool keptOnSelection)
{
    m_allOffered = offered;
    m_allKeptOnSelection = offered && keptOnSelection;
}

void EnvironmentChooser::setDocument(Document* document, bool keepChoice)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        // A direct connection: the items follow within the change's own call; the docks
        // schedule their refresh from documentChanged.
        connect(document, &Document::changed, this, [this](const DocumentChange& change) {
            refill(&m_document->topology());
            Q_EMIT documentChanged(change);
        });
        connect(document, &Document::selectionChanged, this, &EnvironmentChooser::followSelection);
    }
    if (!keepChoice) {
        const QSignalBlocker blocker(this);
        clear();
    }
    refill(document ? &document->topology() : nullptr);
}

std::string EnvironmentChooser::environment() const
{
    return ss(currentData().toString());
}

std::vector<std::pair<QString, QString>>
EnvironmentChooser::entriesOf(const Topology* topology) const
{
    std::vector<std::pair<QString, QString>> entries; // label, id
    if (!topology)
        return entries;
    if (m_allOffered)
        entries.emplace_back(tr("All environments"), QString());
    const auto& environments = topology->environments;
    for (const Environment& env : environments) {
        const QString id = qs(env.id);
        const bool shared =
            std::count_if(environments.begin(), environments.end(),
                          [&env](const Environment& other) { return other.name == env.name; }) > 1;
        if (env.name.empty())
            entries.emplace_back(id, id);
        else if (shared)
            entries.emplace_back(QStringLiteral("%1 (%2)").arg(qs(env.name), id), id);
        else
            entries.emplace_back(qs(env.name), id);
    }
    return entries;
}

void EnvironmentChooser::refill(const Topology* topology)
{
    std::vector<std::pair<QString, QString>> entries = entriesOf(topology);
    // Most edits leave the environments as they are: the box stays untouched (refilling it
    // would resize it and lay out its whole dock again).
    bool same = int(entries.size()) == count();
    for (int i = 0; same && i < count(); ++i)
        same = itemText(i) == entries[std::size_t(i)].first &&
               itemData(i).toString() == entries[std::size_t(i)].second;
    if (same && count() > 0)
        return;
    // An empty box has no choice to keep, not even "All environments".
    const bool hadChoice = count() > 0;
    const QString current = currentData().toString();
    const QSignalBlocker blocker(this);
    clear();
    if (topology) {
        for (const auto& [label, id] : entries)
            addItem(label, id);
        int index = hadChoice ? findData(current) : -1;
        if (index < 0 && m_defaultRule)
            index = findData(qs(m_defaultRule(*topology)));
        setCurrentIndex(std::max(index, 0));
    }
    m_chosen = environment();
}

bool EnvironmentChooser::choose(const std::string& id)
{
    const int index = findData(qs(id));
    if (index < 0 || index == currentIndex())
        return false;
    setCurrentIndex(index);
    return true;
}

std::string EnvironmentChooser::firstProduction(const Topology& topology)
{
    for (const Environment& env : topology.environments)
        if (env.purpose == Purpose::Production)
            return env.id;
    return topology.environments.empty() ? std::string() : topology.environments.front().id;
}

void EnvironmentChooser::followSelection()
{
    if (!m_document || m_document->selection().isEmpty())
        return;
    if (m_allKeptOnSelection && environment().empty())
        return;
    const std::string env =
        environmentOf(m_document->topology(), ss(m_document->selection().front()));
    if (!env.empty())
        choose(env);
}

void EnvironmentChooser::noteChoice()
{
    const std::string chosen = environment();
    if (chosen == m_chosen)
        return;
    m_chosen = chosen;
    Q_EMIT environmentChosen();
}

} // namespace topo
