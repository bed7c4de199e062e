#include "core/edit/ClipboardPaste.h"

#include "core/edit/EditOperations.h"
#include "core/edit/ElementArrays.h"
#include "core/edit/EnvironmentClone.h"
#include "core/edit/NameAllocator.h"
#include "core/edit/PastePlacement.h"
#include "core/layout/AutoLayout.h"
#include "core/layout/Geometry.h"

#include <algorithm>
#include <type_traits>
#include <unordered_map>

namespace topo {

namespace {

// The environment whose tag an element's name may carry.
template <typename T> std::string sourceEnvironmentOf(const T& item)
{
    if constexpr (std::is_same_v<T, Database>)
        return item.catalogs.empty() ? std::string() : item.catalogs.front().environment;
    else if constexpr (requires { item.environment; })
        return item.environment;
    else
        return {};
}

// One paste in progress: fresh ids for the copied elements, then each element added with
// its references resolved.
class Paster {
public:
    Paster(const Topology& target, const Topology& fragment,
           const std::unordered_set<std::string>& copied, const PasteOptions& options)
        : m_target(target), m_fragment(fragment), m_copied(copied), m_options(options),
          m_after(target), m_names(target)
    {
    }

    std::optional<PasteResult> run();

private:
    template <typename T> void allocate(const std::vector<T>& items);
    void computeOffset();
    template <typename P> void move(P& layout) const;

    std::string mapped(const std::string& id) const;
    std::string renamed(const std::string& id) const { return m_newNames.at(id); }
    template <typename T>
    std::string resolve(const std::string& id) const; // mapped, else kept if it exists
    std::string environmentFor(const std::string& original) const;
    void added(const std::string& id) { m_added.push_back(id); }

    const Topology& m_target;
    const Topology& m_fragment;
    const std::unordered_set<std::string>& m_copied;
    const PasteOptions& m_options;
    Topology m_after;
    NameAllocator m_names;
    CloneNaming m_cloneNames;
    std::vector<ClonedEnvironment> m_clones;
    std::unordered_map<std::string, std::string> m_newIds;
    std::unordered_map<std::string, std::string> m_newNames; // by the copied element's id
    std::vector<std::string> m_added;
    double m_dx = 0;
    double m_dy = 0;
};

template <typename T> void Paster::allocate(const std::vector<T>& items)
{
    for (const T& item : items) {
        if (!m_copied.count(item.id))
            continue;
        if constexpr (requires { item.name; }) {
            constexpr bool frame = std::is_same_v<T, Environment> || std::is_same_v<T, Site>;
            m_newNames[item.id] = frame ? m_names.uniqueTitle(item.name)
                                        : m_names.uniqueName(m_cloneNames.nameFor(
                                              item.name, sourceEnvironmentOf(item)));
            m_newIds[item.id] = m_names.freshId(m_newNames[item.id]);
        } else
            m_newIds[item.id] = m_names.freshId(item.id);
        if constexpr (std::is_same_v<T, Environment>) {
            // Environments come before their content: its names follow the clone's tag.
            Environment clone = item;
            clone.name = m_newNames[item.id];
            m_cloneNames.addEnvironment(item, clone);
            for (const Zone& zone : item.zones)
                m_newIds[zone.id] = m_names.freshId(m_newIds[item.id] + "-" + zone.name);
        }
    }
}

void Paster::computeOffset()
{
    m_dx = m_options.dx;
    m_dy = m_options.dy;
    if (!m_options.at)
        return;
    Topology copiedOnly;
    forEachArray(m_fragment, [&](const auto& items) {
        using T = typename std::decay_t<decltype(items)>::value_type;
        for (const auto& item : items)
            if (m_copied.count(item.id))
                elementArray<T>(copiedOnly).push_back(item);
    });
    if (const auto box = layout::designBounds(copiedOnly)) {
        m_dx = m_options.at->x - box->x;
        m_dy = m_options.at->y - box->y;
    }
}

template <typename P> void Paster::move(P& layout) const
{
    if constexpr (std::is_same_v<P, Rect>) {
        layout.x = layout::snapToGrid(layout.x + m_dx);
        layout.y = layout::snapToGrid(layout.y + m_dy);
    } else if (layout) {
        layout->x = layout::snapToGrid(layout->x + m_dx);
        layout->y = layout::snapToGrid(layout->y + m_dy);
    }
}

std::string Paster::mapped(const std::string& id) const
{
    const auto found = m_newIds.find(id);
    return found == m_newIds.end() ? std::string() : found->second;
}

template <typename T> std::string Paster::resolve(const std::string& id) const
{
    if (id.empty())
        return {};
    if (std::string fresh = mapped(id); !fresh.empty())
        return findById(elementArray<T>(m_after), fresh) ? fresh : std::string();
    return findById(elementArray<T>(m_target), id) ? id : std::string();
}

std::string Paster::environmentFor(const std::string& original) const
{
    if (std::string fresh = mapped(original); !fresh.empty())
        return fresh;
    if (!m_options.targetEnvironment.empty() &&
        findById(m_target.environments, m_options.targetEnvironment))
        return m_options.targetEnvironment;
    if (findById(m_target.environments, original))
        return original;
    // The environment is gone: the paste lands in the design's first one.
    return m_target.environments.empty() ? std::string() : m_target.environments.front().id;
}

std::optional<PasteResult> Paster::run()
{
    forEachArray(m_fragment, [&](const auto& items) { allocate(items); });
    computeOffset();

    for (Site site : m_fragment.sites)
        if (m_copied.count(site.id)) {
            site.name = renamed(site.id);
            site.id = mapped(site.id);
            move(site.layout);
            added(site.id);
            m_after.sites.push_back(std::move(site));
        }
    for (Environment env : m_fragment.environments)
        if (m_copied.count(env.id)) {
            m_clones.push_back({env.name, renamed(env.id), mapped(env.id)});
            env.name = renamed(env.id);
            env.id = mapped(env.id);
            move(env.layout);
            for (Zone& zone : env.zones)
                zone.id = mapped(zone.id);
            added(env.id);
            m_after.environments.push_back(std::move(env));
        }
    std::vector<std::string> joining; // pasted into an environment that was not copied
    for (Server s : m_fragment.servers)
        if (m_copied.count(s.id)) {
            s.environment = environmentFor(s.environment);
            if (s.environment.empty())
                continue;
            if (mapped(s.environment).empty() && !m_copied.count(s.environment))
                joining.push_back(mapped(s.id));
            s.name = renamed(s.id);
            s.id = mapped(s.id);
            s.site = resolve<Site>(s.site);
            move(s.layout);
            added(s.id);
            m_after.servers.push_back(std::move(s));
        }
    // Zones of pasted environments keep the members that were pasted with them.
    for (Environment& env : m_after.environments) {
        if (std::find(m_added.begin(), m_added.end(), env.id) == m_added.end())
            continue;
        for (Zone& zone : env.zones) {
            std::vector<std::string> members;
            for (const std::string& member : zone.members)
                if (std::string fresh = mapped(member); !fresh.empty()) {
                    const Server* s = findById(m_after.servers, fresh);
                    if (s && s->environment == env.id)
                        members.push_back(fresh);
                }
            zone.members = std::move(members);
        }
    }
    for (LoadBalancer lb : m_fragment.loadBalancers)
        if (m_copied.count(lb.id)) {
            lb.environment = environmentFor(lb.environment);
            if (lb.environment.empty())
                continue;
            lb.name = renamed(lb.id);
            lb.id = mapped(lb.id);
            std::vector<std::string> targets;
            for (const std::string& t : lb.targets)
                if (std::string ref = resolve<Server>(t); !ref.empty())
                    targets.push_back(ref);
            lb.targets = std::move(targets);
            lb.site = resolve<Site>(lb.site);
            move(lb.layout);
            added(lb.id);
            m_after.loadBalancers.push_back(std::move(lb));
        }
    for (Database db : m_fragment.databases)
        if (m_copied.count(db.id)) {
            db.name = renamed(db.id);
            db.id = mapped(db.id);
            std::erase_if(db.catalogs, [&](Catalog& c) {
                c.environment = resolve<Environment>(c.environment);
                return c.environment.empty();
            });
            db.site = resolve<Site>(db.site);
            move(db.layout);
            added(db.id);
            m_after.databases.push_back(std::move(db));
        }
    // A clone shares what its source shares, when the source is in this design.
    for (const Environment& env : m_fragment.environments)
        if (const Environment* source = findById(m_target.environments, env.id);
            m_copied.count(env.id) && source && source->name == env.name)
            shareCatalogs(m_after, env.id, mapped(env.id));
    for (MessageQueue mq : m_fragment.messageQueues)
        if (m_copied.count(mq.id)) {
            mq.environment = environmentFor(mq.environment);
            if (mq.environment.empty())
                continue;
            mq.name = renamed(mq.id);
            mq.id = mapped(mq.id);
            mq.hostServer = resolve<Server>(mq.hostServer);
            move(mq.layout);
            added(mq.id);
            m_after.messageQueues.push_back(std::move(mq));
        }
    for (Note note : m_fragment.notes)
        if (m_copied.count(note.id)) {
            note.id = mapped(note.id);
            move(note.layout);
            added(note.id);
            m_after.notes.push_back(std::move(note));
        }
    if (m_added.empty())
        return std::nullopt;
    for (const std::string& id : joining)
        joinPools(m_after, id);
    // A fragment from elsewhere may come without positions.
    if (std::any_of(m_added.begin(), m_added.end(),
                    [&](const std::string& id) { return !layout::elementRect(m_after, id); }))
        AutoLayout::place(m_after);
    if (m_options.clearOfOthers)
        placeClearOfOthers(m_after, m_added);

    PasteResult result;
    result.patch = TopologyPatch::between(m_target, m_after);
    result.ids = m_added;
    std::string first = m_added.front();
    for (const auto& [oldId, newId] : m_newIds)
        if (newId == first && m_newNames.count(oldId))
            first = m_newNames.at(oldId);
    result.text = m_added.size() == 1 ? "Paste " + first
                                      : "Paste " + std::to_string(m_added.size()) + " elements";
    if (m_clones.size() == 1)
        result.text =
            "Paste environment " + m_clones.front().sourceName + " as " + m_clones.front().name;
    result.environments = std::move(m_clones);
    return result;
}

} // namespace

std::optional<PasteResult> pasteInto(const Topology& target, const Topology& fragment,
                                     const std::unordered_set<std::string>& copied,
                                     const PasteOptions& options)
{
    return Paster(target, fragment, copied, options).run();
}

} // namespace topo
