#pragma once

#include <QPageLayout>

#include <optional>

class QComboBox;
class QWidget;

namespace topo {

// The page choices the Export dialog (PDF) and File › Print… share: the orientation, with
// "by the picture's shape" first, and whether each environment gets a page of its own.

QComboBox* makeOrientationCombo(QWidget* parent);
// nullopt: each page turned to its part's shape.
std::optional<QPageLayout::Orientation> chosenOrientation(const QComboBox& combo);

QComboBox* makePagesCombo(QWidget* parent);
bool pagePerEnvironmentChosen(const QComboBox& combo);

} // namespace topo
