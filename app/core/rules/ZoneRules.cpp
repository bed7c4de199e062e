#include "core/rules/RuleFamily.h"
#include "core/rules/RuleText.h"

#include <algorithm>

namespace topo {
namespace {

enum : std::size_t {
    kDefault,
    kEmpty,
    kMember,
    kAddress,
    kLb,
    kZeroDowntime,
    kRproxy,
    kDcHttps,
    kSchedZone
};

const std::vector<RuleInfo>& catalogue()
{
    static const std::vector<RuleInfo> rules{
        {"ZONE-DEFAULT", Severity::Error, "Default zone missing, repeated or incomplete",
         "An environment that lists zones has exactly one default zone (Global), and it must "
         "contain every front-end of the environment.",
         ref::kZones},
        {"ZONE-EMPTY", Severity::Error, "Zone without members",
         "Apps deployed to a zone run on its members; a zone without a front-end cannot run "
         "them.",
         ref::kZones},
        {"ZONE-MEMBER", Severity::Error, "Zone member is not a front-end of the environment",
         "A deployment zone is a subset of its environment's front-ends.", ref::kZones},
        {"ZONE-ADDRESS", Severity::Error, "Zone address with a port or path",
         "A zone's address is a host name (the load balancer's for several members) or an IP "
         "address, never a port or a path.",
         ref::kZonesReference},
        {"ZONE-LB", Severity::Warning, "Zone of several front-ends without its load balancer",
         "A zone of several front-ends is reached through a load balancer that targets its "
         "members, whose host name is the zone's address.",
         ref::kZonesReference},
        {"ZONE-ZDT", Severity::Info, "Zone that a zero-downtime upgrade would stop",
         "A zero-downtime upgrade takes half of each zone's front-ends out of the load balancer "
         "at a time, so it needs several front-ends serving traffic in every zone that hosts "
         "apps.",
         ref::kUpgrade},
        {"ZONE-RPROXY", Severity::Info, "Several zones host apps",
         "When several zones host apps, a reverse proxy must route each app's requests to its "
         "zone.",
         ref::kZonesReference},
        {"ZONE-DC-HTTPS", Severity::Error, "Standalone controller without internal HTTPS",
         "A deployment controller without the front-end role needs HTTPS for internal "
         "communication in the zone that holds Service Center.",
         ref::kZones},
        {"SCHED-ZONE", Severity::Warning, "Zone hosting apps without a scheduler",
         "Timers of a zone's apps run only on scheduler nodes of that zone; without one they "
         "never run.",
         ref::kZones},
    };
    return rules;
}

// ZONE-ADDRESS: a path ("/"), a port after a host ("host:443", exactly one ":") or after a
// bracketed IPv6 address ("[fe80::1]:443"). A bare IPv6 address ("fe80::1", two or more ":")
// is an address.
bool namesPortOrPath(std::string_view address)
{
    if (address.find('/') != std::string_view::npos || address.find("]:") != std::string_view::npos)
        return true;
    return std::count(address.begin(), address.end(), ':') == 1;
}

// The default zone's own rules; `members` holds its members.
void checkGlobalZone(const EnvironmentFacts& f, const Zone& global, const ServerMarks& members,
                     FindingSink& sink)
{
    const auto& rules = catalogue();
    const Environment& e = *f.environment;
    std::vector<const Server*> missing;
    std::vector<std::string> ids{global.id};
    for (const Server* s : f.frontEnds)
        if (!members.contains(*s)) {
            missing.push_back(s);
            ids.push_back(s->id);
        }
    if (!missing.empty())
        sink.add(rules[kDefault],
                 "The default zone " + global.name + " of " + e.name + " lacks " +
                     text::serverNames(missing) + "; add every front-end to the default zone.",
                 std::move(ids), e.id);
    const bool standaloneDc =
        std::any_of(f.controllers.begin(), f.controllers.end(),
                    [](const Server* s) { return !s->hasRole(Role::Frontend); });
    if (standaloneDc && !global.httpsInternal)
        sink.add(rules[kDcHttps],
                 e.name +
                     " has a deployment controller without the front-end role; turn on "
                     "internal HTTPS in the default zone " +
                     global.name + ".",
                 {global.id}, e.id);
}

// True when a load balancer of the environment has targets, all of them members of the zone.
bool zoneHasLoadBalancer(const DesignIndex& index, const EnvironmentFacts& f,
                         const ServerMarks& members)
{
    const auto isMember = [&](const Server* s) { return s && members.contains(*s); };
    return std::any_of(f.loadBalancers.begin(), f.loadBalancers.end(), [&](const LoadBalancer* lb) {
        const auto& targets = index.targets(*lb);
        return !targets.empty() && std::all_of(targets.begin(), targets.end(), isMember);
    });
}

// The rules of every zone; leaves the zone's members marked in `members`.
void checkZone(const DesignIndex& index, const EnvironmentFacts& f, const Zone& zone,
               ServerMarks& members, FindingSink& sink)
{
    const auto& rules = catalogue();
    const Environment& e = *f.environment;
    const std::string where = "Zone " + zone.name + " of " + e.name;
    if (zone.members.empty())
        sink.add(rules[kEmpty], where + " has no members; add at least one front-end to it.",
                 {zone.id}, e.id);
    members.clear();
    std::size_t trafficMembers = 0;
    bool scheduler = false;
    for (const std::string& id : zone.members) {
        const Server* s = index.server(id);
        if (!s || !members.insert(*s))
            continue;
        scheduler = scheduler || isSchedulerServer(*s);
        if (s->environment != e.id || !s->hasRole(Role::Frontend)) {
            sink.add(rules[kMember],
                     where + " lists " + s->name + ", which is not a front-end of " + e.name +
                         "; remove it from the zone.",
                     {zone.id, s->id}, e.id);
        } else if (isTrafficFrontEnd(*s)) {
            ++trafficMembers;
        }
    }
    if (namesPortOrPath(zone.address))
        sink.add(rules[kAddress],
                 where + " has the address " + zone.address +
                     "; give a host name or an IP address only, without port or path.",
                 {zone.id}, e.id);
    if (trafficMembers >= 2 && !zoneHasLoadBalancer(index, f, members))
        sink.add(rules[kLb],
                 where + " has " + std::to_string(trafficMembers) +
                     " front-ends serving traffic and no load balancer of its own; add a load "
                     "balancer that targets only the zone's members.",
                 {zone.id}, e.id);
    if (e.haRequired && f.trafficFrontEnds.size() >= 2 && zone.hostsApps && !zone.members.empty() &&
        trafficMembers < 2)
        sink.add(rules[kZeroDowntime],
                 where + " has " +
                     (trafficMembers == 0 ? std::string("no front-end")
                                          : std::string("only one front-end")) +
                     " serving traffic, so a zero-downtime upgrade, which takes half of each "
                     "zone's front-ends out of the load balancer at a time, would stop its "
                     "apps; give the zone at least two front-ends that serve traffic.",
                 {zone.id}, e.id);
    if (zone.hostsApps && !scheduler)
        sink.add(rules[kSchedZone],
                 where + " hosts apps but none of its members is a scheduler; give the "
                         "scheduler role to one of its front-ends so that its timers run.",
                 {zone.id}, e.id);
}

void check(const DesignIndex& index, FindingSink& sink)
{
    ServerMarks marks(index);
    for (const EnvironmentFacts& f : index.environments()) {
        const Environment& e = *f.environment;
        if (e.zones.empty())
            continue;
        const auto defaults = std::count_if(e.zones.begin(), e.zones.end(),
                                            [](const Zone& z) { return z.isDefault; });
        if (defaults != 1)
            sink.add(catalogue()[kDefault],
                     e.name + " has " + std::to_string(defaults) +
                         " default zones; mark exactly one zone (Global) as default.",
                     {e.id}, e.id);
        for (const Zone& zone : e.zones) {
            checkZone(index, f, zone, marks, sink);
            if (defaults == 1 && zone.isDefault)
                checkGlobalZone(f, zone, marks, sink);
        }
        const auto appZones = std::count_if(e.zones.begin(), e.zones.end(),
                                            [](const Zone& z) { return z.hostsApps; });
        if (appZones >= 2)
            sink.add(catalogue()[kRproxy],
                     e.name + " has " + std::to_string(appZones) +
                         " zones that host apps; put a reverse proxy in front of them to "
                         "route each app to its zone.",
                     {e.id}, e.id);
    }
}

} // namespace

RuleFamily zoneRules()
{
    return {&catalogue(), &check};
}

} // namespace topo
