#include "core/io/Migrations.h"

#include "core/io/ReadFailure.h"
#include "core/io/TopologyReader.h"

#include <string>

namespace topo {

namespace {

constexpr int kFirstFormatVersion = 1;
constexpr const char* kVersionPointer = "/formatVersion";

} // namespace

const std::map<int, Migration>& migrations()
{
    static const std::map<int, Migration> table;
    return table;
}

void migrateToCurrent(Json& document, long long version)
{
    if (version > kCurrentFormatVersion)
        throw ReadFailure{"file format version " + std::to_string(version) +
                              " is newer than this program supports (" +
                              std::to_string(kCurrentFormatVersion) + ")",
                          kVersionPointer};
    if (version < kFirstFormatVersion)
        throw ReadFailure{"file format version " + std::to_string(version) +
                              " does not exist; the first version is " +
                              std::to_string(kFirstFormatVersion),
                          kVersionPointer};
    applyMigrations(document, version, kCurrentFormatVersion, migrations());
}

void applyMigrations(Json& document, long long from, int to, const std::map<int, Migration>& table)
{
    for (long long v = from; v < to; ++v) {
        const auto step = table.find(static_cast<int>(v));
        if (step == table.end())
            throw ReadFailure{"file format version " + std::to_string(from) +
                                  " is no longer supported (this program reads version " +
                                  std::to_string(to) + ")",
                              kVersionPointer};
        document = step->second(std::move(document));
    }
}

} // namespace topo
