#pragma once

#include "ui/docks/DrawnAnalyses.h"
#include "ui/docks/EnvironmentChooser.h"

#include <QDockWidget>
#include <QPointer>
#include <QString>

#include <string>

class QLabel;
class QPushButton;

namespace topo {

class Document;
class RefreshScheduler;

// The sizing advisor for one environment: what OutSystems' sizing figures recommend (count ×
// spec per purpose) from the expected load or the number of active developers, the
// arithmetic that led there, what applying it changes, and an Apply button that grows and
// adds servers in one undo step. Follows the environment of the canvas selection.
class SizingDock : public QDockWidget {
    Q_OBJECT
public:
    explicit SizingDock(QWidget* parent = nullptr);

    void setDocument(Document* document);

    EnvironmentChooser* environmentBox() const { return m_environment; }
    QPushButton* applyButton() const { return m_apply; }
    QLabel* recommendationLabel() const { return m_recommendation; }
    QLabel* arithmeticLabel() const { return m_arithmetic; }
    QLabel* statusLabel() const { return m_status; }
    std::string environment() const; // the environment shown

public Q_SLOTS:
    void setEnvironment(const std::string& environmentId);
    // Applies the advice to the environment shown (one undo step).
    void apply();

private:
    // What the dock shows for the chosen environment.
    struct SizingTexts {
        QString recommendation;
        QString recommendationTip;
        QString arithmetic;
        QString status;
        QString applyTip;
        bool applicable = false;
    };
    SizingTexts describe() const;
    void refresh();

    QPointer<Document> m_document;
    RefreshScheduler* m_refresh = nullptr;
    DrawnAnalyses m_drawn;
    EnvironmentChooser* m_environment;
    QLabel* m_recommendation;
    QLabel* m_arithmetic;
    QLabel* m_status;
    QPushButton* m_apply;
};

} // namespace topo
