// The export dialog: options from the widgets, the written file, remembered choices.

#include "CliRunner.h"
#include "ExportTestSupport.h"
#include "dialogs/ExportDialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QSettings>

#include <gtest/gtest.h>

namespace topo::test {
namespace {

class ExportDialogTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().remove(QStringLiteral("export")); }
};

TEST_F(ExportDialogTest, ExportsWithTheChosenOptionsAndRemembersThem)
{
    const Topology t = loadPlacedFixture("factory-standard");
    const QString dir = scratchDir(QStringLiteral("dialog"));
    {
        ExportDialog dialog(t, fixturePath("factory-standard"));
        EXPECT_TRUE(dialog.outputPath().endsWith(QStringLiteral("factory-standard.png")))
            << dialog.outputPath().toStdString();
        auto* scale = dialog.findChild<QDoubleSpinBox*>();
        ASSERT_NE(scale, nullptr);
        scale->setValue(1.0);
        dialog.setOutputPath(dir + QStringLiteral("/picture.png"));
        EXPECT_DOUBLE_EQ(dialog.options().effectiveScale(), 1.0);
        ASSERT_TRUE(dialog.exportNow());
        const QImage image(dir + QStringLiteral("/picture.png"));
        ASSERT_FALSE(image.isNull());
        EXPECT_GT(distinctColours(image), 20);
        // The preview shows the picture.
        bool previewShown = false;
        for (QLabel* label : dialog.findChildren<QLabel*>())
            previewShown |= label->accessibleName() == QStringLiteral("Export preview") &&
                            !label->pixmap().isNull();
        EXPECT_TRUE(previewShown);

        dialog.setFormat(ExportFormat::Svg);
        EXPECT_TRUE(dialog.outputPath().endsWith(QStringLiteral("/picture.svg")));
        ASSERT_TRUE(dialog.exportNow());
        EXPECT_TRUE(parseXml(readBytes(dir + QStringLiteral("/picture.svg"))).error.isEmpty());
    }
    ExportDialog again(t, fixturePath("factory-standard"));
    EXPECT_EQ(again.format(), ExportFormat::Svg);
    EXPECT_DOUBLE_EQ(again.options().scale, 1.0);
    EXPECT_TRUE(again.outputPath().startsWith(dir)) << again.outputPath().toStdString();
}

TEST_F(ExportDialogTest, UnavailableViewsCannotBeChosen)
{
    ExportDialog dialog(loadPlacedFixture("factory-standard"), QString());
    QComboBox* view = nullptr;
    for (QComboBox* combo : dialog.findChildren<QComboBox*>())
        if (combo->findText(QStringLiteral("Scaling")) >= 0)
            view = combo;
    ASSERT_NE(view, nullptr);
    view->setCurrentIndex(view->findText(QStringLiteral("Topology")));
    EXPECT_EQ(dialog.options().view, ExportView::Topology);
}

TEST_F(ExportDialogTest, OneEnvironmentCanBeChosen)
{
    const Topology t = loadPlacedFixture("factory-standard");
    ExportDialog dialog(t, QString());
    QComboBox* scope = nullptr;
    for (QComboBox* combo : dialog.findChildren<QComboBox*>())
        if (combo->findText(QStringLiteral("Whole design")) >= 0)
            scope = combo;
    ASSERT_NE(scope, nullptr);
    scope->setCurrentIndex(scope->findData(QStringLiteral("prod")));
    EXPECT_EQ(dialog.options().environment, "prod");
}

} // namespace
} // namespace topo::test
