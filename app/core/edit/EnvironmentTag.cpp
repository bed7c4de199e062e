#include "core/edit/EnvironmentTag.h"

#include "core/edit/ElementArrays.h"

#include <array>
#include <cctype>
#include <vector>

namespace topo {
namespace {

bool isAlnum(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

std::string lowered(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string uppered(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

std::string_view purposeTag(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Production:
        return "PROD";
    case Purpose::NonProduction:
        return "QA";
    case Purpose::Lifetime:
        return "LT";
    case Purpose::Development:
        break;
    }
    return "DEV";
}

struct PurposeWord {
    std::string_view word; // lower case, without separators
    Purpose purpose;
};

// The words people name environments of each purpose with; "non-production" is read as
// "nonproduction" (words are joined before the look-up).
constexpr std::array kPurposeWords{
    PurposeWord{"production", Purpose::Production},
    PurposeWord{"prod", Purpose::Production},
    PurposeWord{"prd", Purpose::Production},
    PurposeWord{"quality", Purpose::NonProduction},
    PurposeWord{"qa", Purpose::NonProduction},
    PurposeWord{"nonproduction", Purpose::NonProduction},
    PurposeWord{"nonprod", Purpose::NonProduction},
    PurposeWord{"development", Purpose::Development},
    PurposeWord{"dev", Purpose::Development},
    PurposeWord{"lifetime", Purpose::Lifetime},
    PurposeWord{"lt", Purpose::Lifetime},
};

const PurposeWord* purposeWord(std::string_view lowerWord)
{
    for (const PurposeWord& w : kPurposeWords)
        if (w.word == lowerWord)
            return &w;
    return nullptr;
}

std::vector<std::string> wordsOf(std::string_view name)
{
    std::vector<std::string> words;
    std::string word;
    for (char c : name) {
        if (isAlnum(c)) {
            word += c;
        } else if (!word.empty()) {
            words.push_back(lowered(word));
            word.clear();
        }
    }
    if (!word.empty())
        words.push_back(lowered(word));
    return words;
}

// Splits the trailing number off the last word ("production 2", "prod2").
std::string takeNumber(std::vector<std::string>& words)
{
    if (words.empty())
        return {};
    std::string& last = words.back();
    std::size_t end = last.size();
    while (end > 0 && std::isdigit(static_cast<unsigned char>(last[end - 1])))
        --end;
    std::string digits = last.substr(end);
    last.resize(end);
    if (last.empty())
        words.pop_back();
    while (digits.size() > 1 && digits.front() == '0')
        digits.erase(digits.begin());
    // A run too long for a counter, or the first of a series, adds nothing.
    if (digits.size() > 4 || digits.empty() || digits == "0" || digits == "1")
        return {};
    return digits;
}

constexpr std::size_t kWholeWordLength = 8; // "STAGING", "SANDBOX", "TRAINING"
constexpr std::size_t kShortWordLength = 4;

// The short form of a name that is no word for a purpose.
std::string shortForm(const std::vector<std::string>& words)
{
    if (words.size() == 1)
        return uppered(words.front().size() <= kWholeWordLength
                           ? words.front()
                           : words.front().substr(0, kShortWordLength));
    std::string tag;
    for (const std::string& word : words) {
        if (const PurposeWord* known = purposeWord(word))
            tag += purposeTag(known->purpose);
        else if (word.size() <= kShortWordLength)
            tag += uppered(word);
        else
            tag += static_cast<char>(std::toupper(static_cast<unsigned char>(word.front())));
    }
    return tag;
}

} // namespace

std::string environmentTag(const Environment& environment)
{
    std::vector<std::string> words = wordsOf(environment.name);
    const std::string number = takeNumber(words);
    std::string joined;
    for (const std::string& word : words)
        joined += word;
    std::string tag;
    if (const PurposeWord* known = purposeWord(joined))
        tag = purposeTag(known->purpose);
    else if (joined.empty() || joined == "environment")
        tag = purposeTag(environment.purpose);
    else
        tag = shortForm(words);
    return tag + number;
}

std::string environmentTag(const Topology& topology, std::string_view environmentId)
{
    const Environment* env = findById(topology.environments, environmentId);
    return env ? environmentTag(*env) : std::string("NEW");
}

std::string retagged(std::string_view name, std::string_view from, std::string_view to)
{
    if (from.empty() || from.size() > name.size())
        return std::string(name);
    const std::string lowerName = lowered(name);
    const std::string lowerFrom = lowered(from);
    for (std::size_t at = lowerName.find(lowerFrom); at != std::string::npos;
         at = lowerName.find(lowerFrom, at + 1)) {
        const std::size_t end = at + from.size();
        if ((at > 0 && isAlnum(name[at - 1])) || (end < name.size() && isAlnum(name[end])))
            continue;
        const std::string_view found = name.substr(at, from.size());
        const bool lowerCase = found == lowerFrom && lowerFrom != uppered(lowerFrom);
        std::string out(name.substr(0, at));
        out += lowerCase ? lowered(to) : std::string(to);
        out += name.substr(end);
        return out;
    }
    return std::string(name);
}

} // namespace topo
