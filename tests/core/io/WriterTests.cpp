// The canonical form: member order, defaults written out, numbers, unknown members kept.
#include "IoTestSupport.h"

namespace topo::test {
namespace {

Topology load(std::string_view text)
{
    LoadResult r = readTopology(text);
    EXPECT_TRUE(r.ok()) << r.error.pointer << ": " << r.error.message;
    return r.ok() ? *r.topology : Topology{};
}

std::vector<std::string> keysOf(const Json& object)
{
    std::vector<std::string> keys;
    for (const auto& [key, value] : object.items())
        keys.push_back(key);
    return keys;
}

using Keys = std::vector<std::string>;

TEST(TopologyWriter, WritesEveryDefaultInCanonicalOrder)
{
    const Topology t = load(R"({"formatVersion": 1, "format": "outsystems-topology",
      "environments": [{"purpose": "production", "name": "Prod", "id": "prod"}],
      "name": "Defaults",
      "servers": [{"roles": [], "environment": "prod", "name": "S", "id": "s"}],
      "loadBalancers": [{"id": "lb", "name": "LB", "environment": "prod", "targets": ["s"]}],
      "databases": [{"id": "db", "name": "DB", "engine": "oracle", "catalogs": []}],
      "messageQueues": [{"id": "mq", "name": "MQ", "environment": "prod"}],
      "notes": [{"id": "n", "text": "hi", "layout": {"x": 1, "y": 2, "width": 3, "height": 4}}],
      "sites": [{"id": "site", "name": "Site"}]})");
    const std::string expected = R"({
  "format": "outsystems-topology",
  "formatVersion": 1,
  "generator": "Gen 2",
  "name": "Defaults",
  "description": "",
  "scope": "infrastructure",
  "assumptions": {
    "serverAvailability": 0.995,
    "requestsPerSecondPerCore": {
      "reactive": 62.5,
      "traditional": 15
    }
  },
  "sites": [
    {
      "id": "site",
      "name": "Site"
    }
  ],
  "environments": [
    {
      "id": "prod",
      "name": "Prod",
      "purpose": "production",
      "haRequired": true,
      "heavyTimers": false,
      "platformVersion": "",
      "activeDevelopers": 0,
      "expectedRequestsPerSecond": 0,
      "appKind": "reactive",
      "zones": []
    }
  ],
  "servers": [
    {
      "id": "s",
      "name": "S",
      "environment": "prod",
      "roles": [],
      "servesTraffic": true,
      "standby": false,
      "hardware": {
        "cpuCores": 0,
        "ramGb": 0,
        "diskGb": 0
      },
      "os": "",
      "platformVersion": "",
      "timezone": "",
      "site": ""
    }
  ],
  "loadBalancers": [
    {
      "id": "lb",
      "name": "LB",
      "environment": "prod",
      "targets": [
        "s"
      ],
      "policy": "round-robin",
      "stickySessions": false,
      "site": ""
    }
  ],
  "databases": [
    {
      "id": "db",
      "name": "DB",
      "engine": "oracle",
      "nodes": 1,
      "haMode": "none",
      "singleEndpoint": true,
      "catalogs": [],
      "version": "",
      "edition": "",
      "serviceTier": "",
      "timezone": "",
      "hardware": {
        "cpuCores": 0,
        "ramGb": 0,
        "diskGb": 0
      },
      "site": ""
    }
  ],
  "messageQueues": [
    {
      "id": "mq",
      "name": "MQ",
      "environment": "prod",
      "nodes": 1,
      "hostServer": "",
      "tcpLoadBalancer": false,
      "version": ""
    }
  ],
  "notes": [
    {
      "id": "n",
      "text": "hi",
      "layout": {
        "x": 1,
        "y": 2,
        "width": 3,
        "height": 4
      }
    }
  ]
}
)";
    EXPECT_EQ(writeTopology(t, "Gen 2"), expected);
}

TEST(TopologyWriter, ZoneAndLayoutMembersInCanonicalOrder)
{
    Json doc = minimalDocument();
    doc["environments"][0]["zones"] =
        Json::parse(R"([{"members": ["s1"], "name": "G", "id": "g"}])");
    doc["environments"][0]["layout"] = Json::parse(R"({"height": 4, "width": 3, "y": 2, "x": 1})");
    doc["servers"][0]["layout"] = Json::parse(R"({"y": 20, "x": 10})");
    const Json out = Json::parse(writeTopology(load(doc.dump())));
    EXPECT_EQ(keysOf(out["environments"][0]["zones"][0]),
              (Keys{"id", "name", "default", "address", "members", "hostsApps", "httpsInternal"}));
    EXPECT_EQ(keysOf(out["environments"][0]["layout"]), (Keys{"x", "y", "width", "height"}));
    EXPECT_EQ(keysOf(out["servers"][0]["layout"]), (Keys{"x", "y"}));
    EXPECT_EQ(out["environments"][0]["zones"][0]["hostsApps"], true);
}

TEST(TopologyWriter, SoftwareAndTimeMembersReadAndWriteInCanonicalOrder)
{
    Json doc = minimalDocument();
    Json& server = doc["servers"][0];
    server["timezone"] = " UTC";
    server["platformVersion"] = "11.19.1";
    server["os"] = "Windows-Server-2022 ";
    doc["databases"] = Json::parse(R"([{"timezone": "UTC", "serviceTier": "S3",
        "edition": "Standard", "version": "2019", "id": "db", "name": "DB", "engine": "sqlserver",
        "catalogs": []}])");
    const Topology t = load(doc.dump());
    ASSERT_EQ(t.servers.size(), 1u);
    // Kept as written: the rules compare them trimmed and case-insensitively.
    EXPECT_EQ(t.servers[0].os, "Windows-Server-2022 ");
    EXPECT_EQ(t.servers[0].platformVersion, "11.19.1");
    EXPECT_EQ(t.servers[0].timezone, " UTC");
    ASSERT_EQ(t.databases.size(), 1u);
    EXPECT_EQ(t.databases[0].version, "2019");
    EXPECT_EQ(t.databases[0].edition, "Standard");
    EXPECT_EQ(t.databases[0].serviceTier, "S3");
    EXPECT_EQ(t.databases[0].timezone, "UTC");
    EXPECT_TRUE(t.servers[0].extra.empty());
    EXPECT_TRUE(t.databases[0].extra.empty());

    const std::string saved = writeTopology(t);
    const Json out = Json::parse(saved);
    EXPECT_EQ(keysOf(out["servers"][0]),
              (Keys{"id", "name", "environment", "roles", "servesTraffic", "standby", "hardware",
                    "os", "platformVersion", "timezone", "site"}));
    EXPECT_EQ(keysOf(out["databases"][0]),
              (Keys{"id", "name", "engine", "nodes", "haMode", "singleEndpoint", "catalogs",
                    "version", "edition", "serviceTier", "timezone", "hardware", "site"}));
    EXPECT_EQ(writeTopology(load(saved)), saved);
}

TEST(TopologyReader, SoftwareAndTimeMembersMustBeStrings)
{
    for (const char* member : {"platformVersion", "timezone"}) {
        Json doc = minimalDocument();
        doc["servers"][0][member] = 11.2;
        const LoadResult r = readTopology(doc.dump());
        ASSERT_FALSE(r.ok()) << member;
        EXPECT_EQ(r.error.pointer, "/servers/0/" + std::string(member));
    }
    for (const char* member : {"version", "edition", "serviceTier", "timezone"}) {
        Json doc = minimalDocument();
        doc["databases"] =
            Json::parse(R"([{"id": "db", "name": "DB", "engine": "sqlserver", "catalogs": []}])");
        doc["databases"][0][member] = 2019;
        const LoadResult r = readTopology(doc.dump());
        ASSERT_FALSE(r.ok()) << member;
        EXPECT_EQ(r.error.pointer, "/databases/0/" + std::string(member));
    }
}

TEST(TopologyWriter, KeepsUnknownMembersAtEveryLevelInOrder)
{
    Json doc = minimalDocument();
    doc["zTop"] = 1;
    doc["aTop"] = Json::parse(R"({"nested": [1, 2.5, "x", null]})");
    doc["assumptions"] = Json::parse(
        R"({"futureModel": "m", "requestsPerSecondPerCore": {"batch": 3, "reactive": 50}})");
    doc["environments"][0]["owner"] = "ops";
    doc["environments"][0]["zones"] = Json::parse(R"([{"id": "g", "name": "G", "color": "red"}])");
    Json& server = doc["servers"][0];
    server["rack"] = "R12";
    server["hardware"] = Json::parse(R"({"gpu": 1, "cpuCores": 4, "ramGb": 16, "diskGb": 80})");
    server["layout"] = Json::parse(R"({"x": 1, "y": 2, "z": 3})");
    doc["databases"] = Json::parse(R"([{"id": "db", "name": "DB", "engine": "sqlserver",
        "catalogs": [{"environment": "dev", "kind": "log", "sizeGb": 50}], "tier": "gold"}])");

    const Topology t = load(doc.dump());
    EXPECT_EQ(keysOf(t.extra), (Keys{"zTop", "aTop"}));
    EXPECT_EQ(t.assumptions.extra["futureModel"], "m");
    EXPECT_EQ(t.assumptions.requestsPerSecondPerCore.extra["batch"], 3);
    EXPECT_EQ(t.servers[0].hardware.extra["gpu"], 1);
    EXPECT_EQ(t.servers[0].layout->extra["z"], 3);

    const Json out = Json::parse(writeTopology(t));
    const Keys top = keysOf(out);
    EXPECT_EQ(Keys(top.end() - 2, top.end()), (Keys{"zTop", "aTop"}));
    EXPECT_EQ(out["aTop"], doc["aTop"]);
    EXPECT_EQ(keysOf(out["assumptions"]),
              (Keys{"serverAvailability", "requestsPerSecondPerCore", "futureModel"}));
    EXPECT_EQ(keysOf(out["assumptions"]["requestsPerSecondPerCore"]),
              (Keys{"reactive", "traditional", "batch"}));
    EXPECT_EQ(keysOf(out["environments"][0]).back(), "owner");
    EXPECT_EQ(keysOf(out["environments"][0]["zones"][0]).back(), "color");
    EXPECT_EQ(keysOf(out["servers"][0]).back(), "rack");
    EXPECT_EQ(keysOf(out["servers"][0]["hardware"]), (Keys{"cpuCores", "ramGb", "diskGb", "gpu"}));
    EXPECT_EQ(keysOf(out["servers"][0]["layout"]), (Keys{"x", "y", "z"}));
    EXPECT_EQ(out["databases"][0]["catalogs"][0]["sizeGb"], 50);
    EXPECT_EQ(keysOf(out["databases"][0]).back(), "tier");
}

TEST(TopologyWriter, WritesIntegralNumbersAsIntegersAndKeepsPrecision)
{
    Json doc = minimalDocument();
    doc["servers"][0]["hardware"] =
        Json::parse(R"({"cpuCores": 8, "ramGb": 16.0, "diskGb": 0.30000000000000004})");
    doc["assumptions"] = Json::parse(R"({"serverAvailability": 0.99949999999999994})");
    doc["environments"][0]["expectedRequestsPerSecond"] = 123456.789;
    const Topology t = load(doc.dump());
    const std::string text = writeTopology(t);
    EXPECT_NE(text.find("\"ramGb\": 16,"), std::string::npos) << text;
    EXPECT_NE(text.find("\"diskGb\": 0.30000000000000004"), std::string::npos);
    EXPECT_NE(text.find("\"expectedRequestsPerSecond\": 123456.789,"), std::string::npos);
    const Topology back = load(text);
    EXPECT_EQ(back.servers[0].hardware.diskGb, 0.1 + 0.2);
    EXPECT_EQ(back.assumptions.serverAvailability, 0.99949999999999994);
    EXPECT_EQ(back.environments[0].expectedRequestsPerSecond, 123456.789);
    EXPECT_EQ(writeTopology(back), text);
}

TEST(TopologyWriter, ExplicitHaRequiredIsKept)
{
    Json doc = minimalDocument();
    doc["environments"][0]["purpose"] = "production";
    doc["environments"][0]["haRequired"] = false;
    EXPECT_FALSE(load(doc.dump()).environments[0].haRequired);
    doc["environments"][0]["purpose"] = "non-production";
    doc["environments"][0].erase("haRequired");
    EXPECT_FALSE(load(doc.dump()).environments[0].haRequired);
}

TEST(TopologyWriter, UsesIndentNewlinesAndFinalNewline)
{
    const std::string text = writeTopology(load(minimalDocument().dump()));
    EXPECT_EQ(text.rfind("{\n  \"format\": \"outsystems-topology\",\n", 0), 0u);
    EXPECT_EQ(text.back(), '\n');
    EXPECT_EQ(text.find('\r'), std::string::npos);
    EXPECT_EQ(text.substr(text.size() - 16), "  \"notes\": []\n}\n"); // notes last
}

TEST(TopologyWriter, InvalidUtf8InTheModelDoesNotThrow)
{
    Topology t = load(minimalDocument().dump());
    t.name = "bad \xff\xfe name";
    std::string text;
    EXPECT_NO_THROW(text = writeTopology(t));
    EXPECT_NE(text.find("bad \xEF\xBF\xBD"), std::string::npos);
    EXPECT_TRUE(readTopology(text).ok());
}

TEST(TopologyWriter, UnknownMemberClashingWithAKnownOneIsDropped)
{
    Topology t = load(minimalDocument().dump());
    t.servers[0].extra["name"] = "shadow";
    t.servers[0].extra["kept"] = true;
    const Json out = Json::parse(writeTopology(t));
    EXPECT_EQ(out["servers"][0]["name"], "S1");
    EXPECT_EQ(out["servers"][0]["kept"], true);
}

} // namespace
} // namespace topo::test
