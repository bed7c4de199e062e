#include "ui/dialogs/PageChoices.h"

#include <QComboBox>
#include <QCoreApplication>

namespace topo {

namespace {

constexpr int kByShape = -1;

QString tr(const char* text)
{
    return QCoreApplication::translate("topo::PageChoices", text);
}

} // namespace

QComboBox* makeOrientationCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("orientationCombo"));
    combo->addItem(tr("By the picture's shape"), kByShape);
    combo->addItem(tr("Landscape"), static_cast<int>(QPageLayout::Landscape));
    combo->addItem(tr("Portrait"), static_cast<int>(QPageLayout::Portrait));
    combo->setAccessibleName(tr("Orientation"));
    return combo;
}

std::optional<QPageLayout::Orientation> chosenOrientation(const QComboBox& combo)
{
    const int value = combo.currentData().toInt();
    if (value == kByShape)
        return std::nullopt;
    return static_cast<QPageLayout::Orientation>(value);
}

QComboBox* makePagesCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("pagesCombo"));
    combo->addItem(tr("Fit to one page"), false);
    combo->addItem(tr("One page per environment"), true);
    combo->setAccessibleName(tr("Pages"));
    combo->setToolTip(tr("The whole design's topology on one page, or each environment on a "
                         "page of its own"));
    return combo;
}

bool pagePerEnvironmentChosen(const QComboBox& combo)
{
    return combo.currentData().toBool();
}

} // namespace topo
