#include "core/flows/FlowTables.h"

namespace topo {

namespace {

constexpr std::string_view kCsvHeader = "environment,kind,source,source address,destination,"
                                        "destination address,port,protocol,purpose,reference,"
                                        "internal";

Json endJson(const FlowEnds& ends, const FlowEnd& end, bool withAddress)
{
    Json json{
        {"kind", FlowEnds::kindName(end.kind)}, {"id", ends.id(end)}, {"name", ends.name(end)}};
    if (withAddress)
        json["address"] = ends.address(end);
    return json;
}

// The members of a side, and their addresses joined by "; " (those that have one).
std::string addresses(const FlowEnds& ends, const FlowGroupSide& side)
{
    std::string joined;
    for (const FlowEnd& member : side.members) {
        const std::string_view address = ends.address(member);
        if (!address.empty())
            joined += (joined.empty() ? "" : "; ") + std::string(address);
    }
    return joined;
}

std::string csvLine(std::initializer_list<std::string_view> fields)
{
    std::string line;
    for (std::string_view field : fields)
        line += (line.empty() ? "" : ",") + csvField(field);
    return line + "\r\n";
}

std::string portText(std::uint16_t port)
{
    return std::to_string(port) + "/" + std::string(protocolName()) +
           (internalPort(port) ? " internal" : "");
}

} // namespace

std::string csvField(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (const char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

Json flowsJson(const Topology& topology, const std::vector<NetworkFlow>& flows)
{
    const FlowEnds ends(topology);
    Json list = Json::array();
    for (const NetworkFlow& f : flows)
        list.push_back({{"environment", topology.environments[f.environment].id},
                        {"kind", flowKindName(f.kind)},
                        {"source", endJson(ends, f.source, false)},
                        {"destination", endJson(ends, f.destination, true)},
                        {"port", f.port},
                        {"protocol", protocolName()},
                        {"purpose", flowPurpose(f.kind)},
                        {"reference", flowReference(f.kind)},
                        {"internal", internalPort(f.port)}});
    return Json{{"flows", std::move(list)}};
}

Json groupsJson(const Topology& topology, const std::vector<FlowGroupRow>& rows)
{
    const FlowEnds ends(topology);
    const auto side = [&ends](const FlowGroupSide& s) {
        Json members = Json::array();
        for (const FlowEnd& member : s.members)
            members.push_back(endJson(ends, member, true));
        return Json{{"group", s.group}, {"title", sideTitle(s, ends)}, {"members", members}};
    };
    Json list = Json::array();
    for (const FlowGroupRow& row : rows)
        list.push_back({{"environment", topology.environments[row.environment].id},
                        {"kind", flowKindName(row.kind)},
                        {"port", row.port},
                        {"protocol", protocolName()},
                        {"purpose", flowPurpose(row.kind)},
                        {"reference", flowReference(row.kind)},
                        {"internal", internalPort(row.port)},
                        {"source", side(row.source)},
                        {"destination", side(row.destination)}});
    return Json{{"groups", std::move(list)}};
}

std::string flowsCsv(const Topology& topology, const std::vector<NetworkFlow>& flows)
{
    const FlowEnds ends(topology);
    std::string csv = std::string(kCsvHeader) + "\r\n";
    for (const NetworkFlow& f : flows)
        csv += csvLine({topology.environments[f.environment].name, flowKindName(f.kind),
                        ends.name(f.source), ends.address(f.source), ends.name(f.destination),
                        ends.address(f.destination), std::to_string(f.port), protocolName(),
                        flowPurpose(f.kind), flowReference(f.kind),
                        internalPort(f.port) ? "yes" : "no"});
    return csv;
}

std::string groupsCsv(const Topology& topology, const std::vector<FlowGroupRow>& rows)
{
    const FlowEnds ends(topology);
    std::string csv = std::string(kCsvHeader) + "\r\n";
    for (const FlowGroupRow& row : rows)
        csv += csvLine({topology.environments[row.environment].name, flowKindName(row.kind),
                        sideTitle(row.source, ends), addresses(ends, row.source),
                        sideTitle(row.destination, ends), addresses(ends, row.destination),
                        std::to_string(row.port), protocolName(), flowPurpose(row.kind),
                        flowReference(row.kind), internalPort(row.port) ? "yes" : "no"});
    return csv;
}

std::vector<std::string> flowLines(const Topology& topology, const std::vector<NetworkFlow>& flows)
{
    const FlowEnds ends(topology);
    std::vector<std::string> lines;
    lines.reserve(flows.size());
    for (const NetworkFlow& f : flows) {
        // A server's host name is its name: shown once.
        const std::string_view address = f.destination.kind == EndKind::Server
                                             ? std::string_view()
                                             : ends.address(f.destination);
        lines.push_back(topology.environments[f.environment].name + "  " +
                        std::string(flowKindName(f.kind)) + "  " +
                        std::string(ends.name(f.source)) + " → " +
                        std::string(ends.name(f.destination)) +
                        (address.empty() ? std::string() : " (" + std::string(address) + ")") +
                        ": " + portText(f.port));
    }
    return lines;
}

std::vector<std::string> groupLines(const Topology& topology, const std::vector<FlowGroupRow>& rows)
{
    const FlowEnds ends(topology);
    std::vector<std::string> lines;
    // A side of several members is followed by their names (and host names).
    const auto members = [&ends, &lines](std::string_view label, const FlowGroupSide& side) {
        if (side.members.size() < 2)
            return;
        std::string names;
        for (const FlowEnd& member : side.members)
            names += (names.empty() ? "" : ", ") + std::string(ends.name(member));
        lines.push_back("    " + std::string(label) + ": " + names);
    };
    for (const FlowGroupRow& row : rows) {
        lines.push_back(topology.environments[row.environment].name + "  " +
                        std::string(flowKindName(row.kind)) + "  " + sideTitle(row.source, ends) +
                        " → " + sideTitle(row.destination, ends) + ": " + portText(row.port));
        members("from", row.source);
        members("to", row.destination);
    }
    return lines;
}

} // namespace topo
