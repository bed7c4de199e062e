#pragma once

#include <functional>
#include <random>
#include <string>

namespace topo {
class Document;
}

namespace topo::test {

// Picks random, realistic edits of a document's current design, one undo step each: adds,
// removals, moves, edits of servers, balancers, databases and environments, moves to another
// environment, pastes, quick fixes and header edits. A property test replays hundreds of
// them and checks what must hold after every one.
class RandomEditor {
public:
    RandomEditor(Document& doc, unsigned seed) : m_doc(doc), m_random(seed) {}

    // Applies one random edit; returns its kind (for the failure messages).
    std::string step();
    // `edits` random edits; `check` runs after each one, and after undoing and redoing every
    // `undoEvery`-th, with what was done ("edit 12 (paste), undone"). Stops at the first
    // test failure.
    void run(int edits, int undoEvery, const std::function<void(const std::string&)>& check);

private:
    Document& m_doc;
    std::mt19937 m_random;
};

} // namespace topo::test
