#pragma once

#include "core/edit/TopologyPatch.h"
#include "core/layout/LayoutConstants.h"
#include "core/model/Topology.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace topo {

// The clipboard's MIME type; the data is the fragment text (a format v1 document).
inline constexpr std::string_view kFragmentMimeType = "application/x-topology-fragment";

// Where and how pasted elements land.
struct PasteOptions {
    double dx = layout::kPasteOffset; // offset from the copied positions
    double dy = layout::kPasteOffset;
    std::optional<Point> at; // or: the copied group's top-left goes here
    // The environment pasted servers, load balancers and queues join when their own
    // environment is not part of the paste ("" = keep theirs if it exists).
    std::string targetEnvironment;
    // Moves the pasted group to the nearest spot where it covers nothing (placeClearOfOthers).
    bool clearOfOthers = true;
};

// An environment a paste cloned: the copied environment's name, the clone's name and id.
struct ClonedEnvironment {
    std::string sourceName;
    std::string name;
    std::string id;
};

// What a paste adds: the patch, the new elements' ids (to select them), the step's text and
// the environments it cloned (for a step text that says so).
struct PasteResult {
    TopologyPatch patch;
    std::vector<std::string> ids;
    std::string text;
    std::vector<ClonedEnvironment> environments;
};

// Copy, cut, paste and duplicate through the file format's own reader and writer. A
// fragment is a format v1 document of scope "fragment" holding the copied elements plus,
// as context, minimal copies of what they refer to; the member "clipboard" lists the copied ids.

// The fragment text for the elements `ids`. An environment is copied whole: its zones, servers,
// load balancers, queues and the databases only it uses (withEnvironmentContent); its paste
// is a clone whose content is named after the clone (see CloneNaming), every reference
// inside re-pointed to the clones, and which shares the databases its source shares.
std::string copyFragment(const Topology& topology, const std::vector<std::string>& ids);

// Adds the fragment's elements with fresh ids and readable names (FE-04 after FE-03),
// references inside the fragment remapped and references outside it kept when they still
// exist (dropped otherwise). nullopt when the text is not a design or holds nothing.
std::optional<PasteResult> pasteFragment(const Topology& topology, std::string_view text,
                                         const PasteOptions& options = {});

// Copy and paste in one step, without text.
std::optional<PasteResult> duplicateElements(const Topology& topology,
                                             const std::vector<std::string>& ids,
                                             const PasteOptions& options = {});

} // namespace topo
