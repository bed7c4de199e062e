#pragma once

#include "editor/paint/CompareMarks.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace topo {

class Document;
class LiveDiff;
struct DesignDiff;
struct DocumentChange;

// The design the open one is compared with (File › Compare with… or Compare with saved) and
// what differs. View state of the document, like the failover scenario: never saved, not an
// undo step. The compared design is the "before" side, the open design the "after" side; the
// differences follow every edit of the open design.
class DesignComparison : public QObject {
    Q_OBJECT
public:
    explicit DesignComparison(Document* document);
    ~DesignComparison() override;

    bool isActive() const { return m_view != nullptr; }
    // Compares the document with `before`, named `name` in the views ("Changes from NAME to
    // …"); replaces any comparison.
    void start(Topology before, const QString& name);
    void stop();

    const QString& beforeName() const { return m_name; }
    // The compared design; only while active.
    const Topology* before() const;
    // The differences (only while active), kept current edit by edit (LiveDiff).
    const DesignDiff* diff() const;
    // The marks for the painter: shared with the canvas and the exports.
    std::shared_ptr<const CompareView> view() const { return m_view; }

    CompareSide side() const { return m_side; }
    void setSide(CompareSide side);

Q_SIGNALS:
    // Started, stopped, recomputed after an edit, or the side changed.
    void changed();

private:
    void follow(const DocumentChange& change);
    // A new view of the current differences; the old one stays whole for whoever holds it.
    void publish();

    Document* m_document;
    QString m_name;
    CompareSide m_side = CompareSide::After;
    std::unique_ptr<LiveDiff> m_diff;
    std::shared_ptr<const CompareView> m_view;
};

} // namespace topo
