#pragma once

#include "Fixtures.h"
#include "core/io/TopologyReader.h"
#include "core/io/TopologyWriter.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace topo::test {

inline std::string slurp(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// A small valid design; tests change one member to provoke one refusal.
inline Json minimalDocument()
{
    return Json::parse(R"({
      "format": "outsystems-topology",
      "formatVersion": 1,
      "name": "Minimal",
      "environments": [{"id": "dev", "name": "Development", "purpose": "development"}],
      "servers": [{"id": "s1", "name": "S1", "environment": "dev", "roles": ["frontend"]}]
    })");
}

inline LoadResult read(const Json& document)
{
    return readTopology(document.dump());
}

// Asserts that `bytes` is refused at `pointer` with a message containing `substring`.
inline void expectTextRefused(std::string_view bytes, const std::string& pointer,
                              const std::string& substring)
{
    const LoadResult result = readTopology(bytes);
    ASSERT_FALSE(result.ok()) << "accepted; expected refusal at " << pointer;
    EXPECT_EQ(result.error.pointer, pointer) << result.error.message;
    EXPECT_NE(result.error.message.find(substring), std::string::npos)
        << "message: " << result.error.message << "\nexpected to contain: " << substring;
    EXPECT_EQ(result.error.message.find('\n'), std::string::npos) << "message is one line";
}

inline void expectRefused(const Json& document, const std::string& pointer,
                          const std::string& substring)
{
    expectTextRefused(document.dump(), pointer, substring);
}

} // namespace topo::test
