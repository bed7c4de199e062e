#pragma once

#include "core/edit/TopologyPatch.h"
#include "core/model/Topology.h"

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace topo {

// Cloning whole environments through the clipboard (copy, paste, duplicate): an environment
// copied brings everything inside it, and its copy gets names of its own.

// `ids` and, for each environment among them, its servers, load balancers, message queues
// and the databases that hold catalogs of that environment only; each id once, `ids` first.
std::vector<std::string> withEnvironmentContent(const Topology& topology,
                                                const std::vector<std::string>& ids);

// The names of a cloned environment's content: the source environment's tag replaced by the
// clone's (PROD-FE-01 -> PROD2-FE-01 in "Production 2", LB-PROD -> LB-QA in "QA").
class CloneNaming {
public:
    // `clone` is the new environment as it will be (its new name, the source's purpose).
    void addEnvironment(const Environment& source, const Environment& clone);
    // `name` of an element of the environment `sourceEnvironment`, retagged when that
    // environment is being cloned.
    std::string nameFor(const std::string& name, const std::string& sourceEnvironment) const;

private:
    std::unordered_map<std::string, std::pair<std::string, std::string>> m_tags; // from, to
};

// Gives the clone `cloneId` the catalogs its source `sourceId` keeps in databases of
// `topology` shared with other environments (a clone uses the same shared database as its
// source), for each kind of catalog no database holds for the clone yet.
void shareCatalogs(Topology& topology, const std::string& sourceId, const std::string& cloneId);

// The patch from `topology` to `edited` (the design with environments renamed or given
// another purpose) in which the content's names follow each environment whose tag changed:
// the servers, load balancers, queues and own databases named with the old tag get the new
// one (PROD2-FE-01 -> QA-FE-01 when "Production 2" becomes "QA"). Ids stay.
TopologyPatch followTags(const Topology& topology, Topology edited);

} // namespace topo
