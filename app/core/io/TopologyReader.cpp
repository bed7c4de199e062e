#include "core/io/TopologyReader.h"

#include "core/io/ElementReaders.h"
#include "core/io/JsonDocumentParser.h"
#include "core/io/JsonFieldReader.h"
#include "core/io/Limits.h"
#include "core/io/Migrations.h"
#include "core/io/ReferenceChecker.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <new>
#include <variant>

namespace topo {

namespace {

constexpr std::string_view kFormatName = "outsystems-topology";

// The top-level arrays that hold elements, in the order of file-format.md.
constexpr std::array<std::string_view, 7> kElementArrays{
    "sites", "environments", "servers", "loadBalancers", "databases", "messageQueues", "notes"};

// Counted before any element is read, so an oversized design is refused without building it.
void checkElementCount(const Json& document)
{
    std::size_t count = 0;
    for (std::string_view key : kElementArrays) {
        const auto it = document.find(key);
        if (it == document.end() || !it->is_array())
            continue;
        count += it->size();
        if (key != "environments")
            continue;
        for (const Json& environment : *it) {
            if (!environment.is_object())
                continue;
            const auto zones = environment.find("zones");
            if (zones != environment.end() && zones->is_array())
                count += zones->size();
        }
    }
    if (count > Limits::kMaxElements)
        throw ReadFailure{"the design has " + std::to_string(count) + " elements; the limit is " +
                              std::to_string(Limits::kMaxElements),
                          ""};
}

template <typename T>
std::vector<T> readElements(ObjectReader& top, std::string_view key, bool required,
                            T (*read)(Json&, const JsonPath&))
{
    Json* array = required ? &top.requiredArray(key) : top.optionalArray(key);
    std::vector<T> elements;
    if (!array)
        return elements;
    const JsonPath path = top.pathOf(key);
    elements.reserve(array->size());
    for (std::size_t i = 0; i < array->size(); ++i)
        elements.push_back(read((*array)[i], path.child(i)));
    return elements;
}

void checkFormat(ObjectReader& top)
{
    const Json& format = top.require("format");
    if (!format.is_string() || format.get_ref<const std::string&>() != kFormatName)
        failAt(top.pathOf("format"), "\"format\" must be \"" + std::string(kFormatName) +
                                         "\"; found " + describeValue(format) +
                                         ": this is not a topology file");
}

Topology readDocument(Json& document)
{
    const JsonPath root;
    if (!document.is_object())
        failAt(root, "the document must be a JSON object; found " + describeValue(document));
    ObjectReader top(document, root, "document");
    checkFormat(top);
    const long long version =
        top.requiredInteger("formatVersion", std::numeric_limits<long long>::min(),
                            std::numeric_limits<long long>::max());
    if (version != kCurrentFormatVersion)
        migrateToCurrent(document, version);
    checkElementCount(document);

    Topology t;
    t.formatVersion = kCurrentFormatVersion;
    t.generator = top.string("generator");
    t.name = top.requiredString("name");
    t.description = top.string("description");
    t.scope = top.enumValue<Scope>("scope", Scope::Infrastructure);
    if (Json* assumptions = top.find("assumptions"))
        t.assumptions = readAssumptions(*assumptions, top.pathOf("assumptions"));
    t.sites = readElements(top, "sites", false, &readSite);
    t.environments = readElements(top, "environments", true, &readEnvironment);
    if (t.environments.empty())
        failAt(top.pathOf("environments"), "a design needs at least one environment");
    t.servers = readElements(top, "servers", false, &readServer);
    t.loadBalancers = readElements(top, "loadBalancers", false, &readLoadBalancer);
    t.databases = readElements(top, "databases", false, &readDatabase);
    t.messageQueues = readElements(top, "messageQueues", false, &readMessageQueue);
    t.notes = readElements(top, "notes", false, &readNote);
    t.extra = top.takeExtra();
    checkReferences(t);
    return t;
}

LoadResult failure(std::string message, std::string pointer = {})
{
    LoadResult result;
    result.error = LoadError{std::move(message), std::move(pointer), 0, 0};
    return result;
}

std::string mebibytes(std::uintmax_t bytes)
{
    const double mib = static_cast<double>(bytes) / (1024.0 * 1024.0);
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MiB", mib);
    return text;
}

} // namespace

LoadResult readTopology(std::string_view bytes)
{
    if (bytes.size() > Limits::kMaxFileBytes)
        return failure("the document is " + mebibytes(bytes.size()) + " (" +
                       std::to_string(bytes.size()) + " bytes); the limit is " +
                       mebibytes(Limits::kMaxFileBytes));
    try {
        Json document;
        if (auto error = JsonDocumentParser::parse(bytes, document)) {
            LoadResult result;
            result.error = std::move(*error);
            return result;
        }
        LoadResult result;
        result.topology = readDocument(document);
        return result;
    } catch (const ReadFailure& f) {
        return failure(f.message, f.pointer);
    } catch (const std::bad_alloc&) {
        return failure("not enough memory to load the document");
    } catch (const std::exception& e) {
        return failure(std::string("the document could not be read: ") + e.what());
    }
}

namespace {

// The whole file, or the failure to report when it is missing, not a regular file, over the
// size limit (refused before reading) or unreadable.
std::variant<std::string, LoadResult> fileBytes(const std::string& utf8Path)
{
    namespace fs = std::filesystem;
    // From UTF-8 explicitly: a plain std::string is read in the ANSI code page on Windows,
    // which cannot hold most names ("Produção", "設計").
    const fs::path path(std::u8string(utf8Path.begin(), utf8Path.end()));
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        return failure("cannot open the file: " +
                       (ec ? ec.message() : std::string("no such file or directory")));
    if (!fs::is_regular_file(status))
        return failure("cannot open the file: it is not a regular file");
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec)
        return failure("cannot read the file: " + ec.message());
    if (size > Limits::kMaxFileBytes)
        return failure("the file is " + mebibytes(size) + " (" + std::to_string(size) +
                       " bytes); the limit is " + mebibytes(Limits::kMaxFileBytes));

    std::ifstream in(path, std::ios::binary);
    if (!in)
        return failure(std::string("cannot open the file: ") + std::strerror(errno));
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (in.bad() || static_cast<std::uintmax_t>(in.gcount()) != size)
        return failure(std::string("cannot read the file: ") + std::strerror(errno));
    return bytes;
}

} // namespace

LoadResult readTopologyFile(const std::string& path)
{
    auto bytes = fileBytes(path);
    if (LoadResult* failed = std::get_if<LoadResult>(&bytes))
        return std::move(*failed);
    return readTopology(std::get<std::string>(bytes));
}

std::optional<long long> declaredFormatVersion(std::string_view bytes)
{
    if (bytes.size() > Limits::kMaxFileBytes)
        return std::nullopt;
    try {
        Json document;
        if (JsonDocumentParser::parse(bytes, document) || !document.is_object())
            return std::nullopt;
        const auto version = document.find("formatVersion");
        if (version == document.end() || !version->is_number_integer())
            return std::nullopt;
        return version->get<long long>();
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::optional<long long> declaredFormatVersionOfFile(const std::string& path)
{
    const auto bytes = fileBytes(path);
    if (const std::string* text = std::get_if<std::string>(&bytes))
        return declaredFormatVersion(*text);
    return std::nullopt;
}

} // namespace topo
