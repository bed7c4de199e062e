// One test per kind of load error: each asserts the JSON Pointer and part of the message.
#include "IoTestSupport.h"
#include "core/io/TextCharacters.h"

namespace topo::test {
namespace {

TEST(Refusal, SyntaxErrorHasLineAndColumnAndNoPrefix)
{
    const LoadResult r = readTopology("{\n  \"name\": \"x\",\n  \"n\": tru\n}");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.line, 3);
    EXPECT_EQ(r.error.column, 11); // the line end where "true" was expected to go on
    EXPECT_EQ(r.error.pointer, "");
    EXPECT_EQ(r.error.message.rfind("syntax error: ", 0), 0u) << r.error.message;
    EXPECT_EQ(r.error.message.find("json.exception"), std::string::npos);
    EXPECT_EQ(r.error.message.find("at line"), std::string::npos);
}

TEST(Refusal, UnexpectedEndOfInputNamesWhatWasExpected)
{
    const LoadResult r = readTopology("{\"format\": \"outsystems-topology\"");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.message, "syntax error: unexpected end of input; expected '}'");
    EXPECT_EQ(r.error.line, 1);
    EXPECT_EQ(r.error.column, 33);
}

TEST(Refusal, InvalidUtf8IsASyntaxErrorWithColumnInCharacters)
{
    const LoadResult r = readTopology("{\"name\": \"\xC3\xA9t\xFF\"}");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.line, 1);
    EXPECT_EQ(r.error.column, 13); // the 0xFF byte; "é" counts as one character
    EXPECT_NE(r.error.message.find("UTF-8"), std::string::npos) << r.error.message;
    EXPECT_NE(r.error.message.find("\\xFF"), std::string::npos) << r.error.message;
}

TEST(Refusal, WholeDocumentNotAnObject)
{
    expectTextRefused(std::string_view("[]"), "", "must be a JSON object; found an array");
}

TEST(Refusal, WrongFormat)
{
    Json doc = minimalDocument();
    doc["format"] = "other";
    expectRefused(doc, "/format", "\"format\" must be \"outsystems-topology\"");
}

TEST(Refusal, NewerFormatVersionNamesBothVersions)
{
    Json doc = minimalDocument();
    doc["formatVersion"] = 3;
    expectRefused(doc, "/formatVersion",
                  "file format version 3 is newer than this program supports (1)");
}

TEST(Refusal, FormatVersionBeforeTheFirst)
{
    Json doc = minimalDocument();
    doc["formatVersion"] = -1;
    expectRefused(doc, "/formatVersion", "version -1 does not exist");
}

TEST(Refusal, FormatVersionOfWrongType)
{
    Json doc = minimalDocument();
    doc["formatVersion"] = "1";
    expectRefused(doc, "/formatVersion", "must be an integer; found the string \"1\"");
}

TEST(Refusal, MissingRequiredMember)
{
    Json doc = minimalDocument();
    doc["servers"][0].erase("environment");
    expectRefused(doc, "/servers/0/environment", "missing required member \"environment\"");
}

TEST(Refusal, FloatBooleanAndStringAreNotIntegers)
{
    for (const Json& bad : {Json(2.7), Json(true), Json("3")}) {
        Json doc = minimalDocument();
        doc["environments"][0]["activeDevelopers"] = bad;
        expectRefused(doc, "/environments/0/activeDevelopers", "must be an integer");
    }
}

TEST(Refusal, NumberMustNotBeABoolean)
{
    Json doc = minimalDocument();
    doc["servers"][0]["hardware"] = Json::parse(R"({"cpuCores": 1, "ramGb": true, "diskGb": 1})");
    expectRefused(doc, "/servers/0/hardware/ramGb", "must be a number; found the boolean true");
}

TEST(Refusal, BoolMustBeABool)
{
    Json doc = minimalDocument();
    doc["servers"][0]["standby"] = 1;
    expectRefused(doc, "/servers/0/standby", "\"standby\" must be true or false");
}

TEST(Refusal, NegativeNumbers)
{
    Json doc = minimalDocument();
    doc["servers"][0]["hardware"] = Json::parse(R"({"cpuCores": -2, "ramGb": 1, "diskGb": 1})");
    expectRefused(doc, "/servers/0/hardware/cpuCores", "at least 0; found -2");
    doc["servers"][0]["hardware"]["cpuCores"] = 2;
    doc["servers"][0]["hardware"]["diskGb"] = -1.5;
    expectRefused(doc, "/servers/0/hardware/diskGb", "at least 0; found -1.5");
}

TEST(Refusal, CountOutOfRange)
{
    Json doc = minimalDocument();
    doc["messageQueues"] = Json::parse(R"([{"id": "mq", "name": "MQ", "environment": "dev",
                                            "nodes": 0}])");
    expectRefused(doc, "/messageQueues/0/nodes", "at least 1");
    doc["messageQueues"][0]["nodes"] = Json::parse("18446744073709551615");
    expectRefused(doc, "/messageQueues/0/nodes", "must be an integer");
}

TEST(Refusal, AvailabilityOutsideZeroToOne)
{
    Json doc = minimalDocument();
    doc["assumptions"] = Json::parse(R"({"serverAvailability": -0.1})");
    expectRefused(doc, "/assumptions/serverAvailability", "from 0 to 1");
}

TEST(Refusal, RatePerCoreMustBePositive)
{
    Json doc = minimalDocument();
    doc["assumptions"] = Json::parse(R"({"requestsPerSecondPerCore": {"traditional": 0}})");
    expectRefused(doc, "/assumptions/requestsPerSecondPerCore/traditional", "greater than 0");
}

TEST(Refusal, EnumOutsideItsListNamesTheAllowedValues)
{
    Json doc = minimalDocument();
    doc["environments"][0]["appKind"] = "mobile";
    expectRefused(doc, "/environments/0/appKind",
                  "\"appKind\" must be one of reactive, traditional; found \"mobile\"");
}

TEST(Refusal, DuplicateRole)
{
    Json doc = minimalDocument();
    doc["servers"][0]["roles"] = {"scheduler", "scheduler"};
    expectRefused(doc, "/servers/0/roles/1", "role \"scheduler\" is listed twice");
}

TEST(Refusal, InvalidId)
{
    Json doc = minimalDocument();
    doc["servers"][0]["id"] = "s/1";
    expectRefused(doc, "/servers/0/id", "invalid id \"s/1\"");
    doc["servers"][0]["id"] = std::string(65, 'a');
    expectRefused(doc, "/servers/0/id", "invalid id");
    doc["servers"][0]["id"] = std::string(64, 'a');
    EXPECT_TRUE(read(doc).ok());
}

TEST(Refusal, DuplicateIdAcrossKinds)
{
    Json doc = minimalDocument();
    doc["notes"] = Json::parse(R"([{"id": "s1", "text": "",
                                    "layout": {"x": 0, "y": 0, "width": 1, "height": 1}}])");
    expectRefused(doc, "/notes/0/id",
                  "duplicate id \"s1\": already used by the server at /servers/0");
}

TEST(Refusal, DuplicateZoneId)
{
    Json doc = minimalDocument();
    doc["environments"][0]["zones"] =
        Json::parse(R"([{"id": "z", "name": "A"}, {"id": "z", "name": "B"}])");
    expectRefused(doc, "/environments/0/zones/1/id",
                  "already used by the zone at /environments/0/zones/0");
}

TEST(Refusal, KeyRepeatedInOneObject)
{
    expectTextRefused(
        std::string_view(
            R"({"format": "outsystems-topology", "environments": [{"id": "a", "id": "b"}]})"),
        "/environments/0/id", "member \"id\" is repeated in one object");
}

TEST(Refusal, DanglingReference)
{
    Json doc = minimalDocument();
    doc["loadBalancers"] = Json::parse(R"([{"id": "lb", "name": "LB", "environment": "dev",
                                            "targets": ["s1", "s2"]}])");
    expectRefused(doc, "/loadBalancers/0/targets/1", "no server has the id \"s2\"");
}

TEST(Refusal, WrongKindReference)
{
    Json doc = minimalDocument();
    doc["servers"][0]["environment"] = "s1";
    expectRefused(doc, "/servers/0/environment", "\"s1\" is a server, not an environment");
}

TEST(Refusal, SiteReferenceMayBeEmptyButMustExist)
{
    Json doc = minimalDocument();
    doc["databases"] = Json::parse(R"([{"id": "db", "name": "DB", "engine": "sqlserver",
                                        "catalogs": [], "site": ""}])");
    EXPECT_TRUE(read(doc).ok());
    doc["databases"][0]["site"] = "dev";
    expectRefused(doc, "/databases/0/site", "\"dev\" is an environment, not a site");
}

TEST(Refusal, HardwareNeedsAllThreeMembers)
{
    Json doc = minimalDocument();
    doc["servers"][0]["hardware"] = Json::parse(R"({"cpuCores": 4, "ramGb": 8})");
    expectRefused(doc, "/servers/0/hardware/diskGb", "missing required member \"diskGb\"");
}

TEST(Refusal, LayoutShapes)
{
    Json doc = minimalDocument();
    doc["servers"][0]["layout"] = Json::parse(R"({"x": "1", "y": 2})");
    expectRefused(doc, "/servers/0/layout/x", "must be a number");
    doc["servers"][0]["layout"] = Json::parse(R"({"x": 1, "y": 2})");
    doc["sites"] =
        Json::parse(R"([{"id": "site", "name": "S", "layout": {"x": 0, "y": 0, "width": 5}}])");
    expectRefused(doc, "/sites/0/layout/height", "missing required member \"height\"");
}

TEST(Refusal, EnvironmentsRequiredAndNotEmpty)
{
    Json doc = minimalDocument();
    doc["environments"] = Json::array();
    expectRefused(doc, "/environments", "at least one environment");
}

TEST(Refusal, WrongContainerTypes)
{
    Json doc = minimalDocument();
    doc["servers"][0]["roles"] = "frontend";
    expectRefused(doc, "/servers/0/roles", "\"roles\" must be an array; found the string");
    doc = minimalDocument();
    doc["assumptions"] = 1;
    expectRefused(doc, "/assumptions", "\"assumptions\" must be an object; found the number 1");
}

TEST(Refusal, PointerEscapesTildeAndSlash)
{
    expectTextRefused(std::string_view(R"({"a/b~c": {"k": 1, "k": 2}})"), "/a~1b~0c/k", "repeated");
}

TEST(Refusal, MessagesStayOnOneLine)
{
    Json doc = minimalDocument();
    doc["environments"][0]["purpose"] = "line1\nline2";
    expectRefused(doc, "/environments/0/purpose", "found \"line1\\nline2\"");
}

TEST(Refusal, ControlCharactersInTextNameTheCharacterAndWhere)
{
    Json doc = minimalDocument();
    doc["servers"][0]["name"] = "S\x1b[2J";
    expectRefused(doc, "/servers/0/name",
                  "\"name\" contains the control character U+001B at character 2");
    doc = minimalDocument();
    doc["description"] = std::string("a\0b", 3);
    expectRefused(doc, "/description", "U+0000 at character 2");
    doc = minimalDocument();
    doc["environments"][0]["name"] = "D\xC3\xA9v\xEF\xBF\xBE"; // "Dév" + U+FFFE
    expectRefused(doc, "/environments/0/name", "U+FFFE at character 4");
    doc = minimalDocument();
    doc["servers"][0]["name"] = "S\xC2\x9B"; // U+009B, the 8-bit CSI
    expectRefused(doc, "/servers/0/name", "U+009B");
}

TEST(Refusal, TabsAndLineBreaksInTextAreKept)
{
    Json doc = minimalDocument();
    doc["description"] = "line 1\r\nline 2\tend";
    const LoadResult r = read(doc);
    ASSERT_TRUE(r.ok()) << r.error.message;
    EXPECT_EQ(r.topology->description, "line 1\r\nline 2\tend");
}

TEST(TextCharacters, WithoutForbiddenCharactersKeepsEverythingElse)
{
    EXPECT_EQ(withoutForbiddenCharacters("a\x01"
                                         "b\x7F"
                                         "\tc\xC3\xA9\xEF\xBF\xBF\n"),
              "ab\tc\xC3\xA9\n");
    EXPECT_FALSE(firstForbiddenCharacter("plain \xE2\x80\x94 text\n").has_value());
}

} // namespace
} // namespace topo::test
