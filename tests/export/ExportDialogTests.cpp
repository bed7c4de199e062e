// The export dialog: options from the widgets, the written file, remembered choices.

#include "CliRunner.h"
#include "ExportTestSupport.h"
#include "ui/dialogs/ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QStandardItemModel>
#include <QTest>

#include <gtest/gtest.h>

namespace topo::test {
namespace {

QLabel* previewLabel(ExportDialog& dialog)
{
    for (QLabel* label : dialog.findChildren<QLabel*>())
        if (label->accessibleName() == QStringLiteral("Export preview"))
            return label;
    return nullptr;
}

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

TEST_F(ExportDialogTest, TheLegendAndTitleBlockBoxesReachTheExportAndAreRemembered)
{
    const Topology t = loadPlacedFixture("factory-standard");
    const QString dir = scratchDir(QStringLiteral("dialog-legend"));
    {
        ExportDialog dialog(t, QString());
        auto* legend = dialog.findChild<QCheckBox*>(QStringLiteral("legendCheck"));
        auto* titleBlock = dialog.findChild<QCheckBox*>(QStringLiteral("titleBlockCheck"));
        ASSERT_TRUE(legend && titleBlock);
        EXPECT_FALSE(dialog.options().legend || dialog.options().titleBlock);
        dialog.setFormat(ExportFormat::Svg);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        // On the boxes themselves (a check box wider than its label ignores clicks past it).
        for (QCheckBox* box : {legend, titleBlock})
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
        EXPECT_TRUE(dialog.options().legend);
        EXPECT_TRUE(dialog.options().titleBlock);
        dialog.setOutputPath(dir + QStringLiteral("/legend.svg"));
        ASSERT_TRUE(dialog.exportNow());
        const XmlContent xml = parseXml(readBytes(dir + QStringLiteral("/legend.svg")));
        EXPECT_TRUE(xml.hasText(QStringLiteral("LEGEND")));
        EXPECT_TRUE(xml.hasText(QStringLiteral("Deployment Controller")));
        EXPECT_TRUE(xml.hasText(QDate::currentDate().toString(Qt::ISODate)));
        // Neither applies to a draw.io file or a report.
        dialog.setFormat(ExportFormat::Drawio);
        EXPECT_FALSE(legend->isEnabled());
        EXPECT_FALSE(titleBlock->isEnabled());
    }
    ExportDialog again(t, QString());
    EXPECT_TRUE(again.options().legend);
    EXPECT_TRUE(again.options().titleBlock);
}

TEST_F(ExportDialogTest, ThePreviewShowsTheLegendStrip)
{
    ExportDialog dialog(loadPlacedFixture("factory-standard"), QString());
    dialog.setFormat(ExportFormat::Png);
    QLabel* preview = previewLabel(dialog);
    ASSERT_NE(preview, nullptr);
    const QSize plain = preview->pixmap().size();
    dialog.findChild<QCheckBox*>(QStringLiteral("legendCheck"))->setChecked(true);
    QTest::qWait(400); // the preview follows after a short delay
    const QSize legend = preview->pixmap().size();
    // The same width fitted, a taller picture: the strip under the view.
    EXPECT_GT(double(legend.height()) / legend.width(), double(plain.height()) / plain.width());
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

QComboBox* scopeCombo(ExportDialog& dialog)
{
    for (QComboBox* combo : dialog.findChildren<QComboBox*>())
        if (combo->findText(QStringLiteral("Whole design")) >= 0)
            return combo;
    return nullptr;
}

bool itemEnabled(QComboBox* combo, int index)
{
    const auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    return model && model->item(index)->isEnabled();
}

TEST_F(ExportDialogTest, TheSelectionIsAScopeWithALivePreviewAndIsRemembered)
{
    const Topology t = loadPlacedFixture("factory-standard");
    const QString dir = scratchDir(QStringLiteral("dialog-selection"));
    {
        ExportDialog dialog(t, QString(), {QStringLiteral("prod-fe1"), QStringLiteral("prod-fe2")});
        dialog.setFormat(ExportFormat::Png);
        QComboBox* scope = scopeCombo(dialog);
        ASSERT_NE(scope, nullptr);
        const int selection = scope->findText(QStringLiteral("Selection (2 elements)"));
        ASSERT_GE(selection, 0);
        EXPECT_TRUE(itemEnabled(scope, selection));
        QLabel* preview = previewLabel(dialog);
        ASSERT_NE(preview, nullptr);
        const QImage whole = preview->pixmap().toImage();
        scope->setCurrentIndex(selection);
        EXPECT_EQ(dialog.options().selection, (std::vector<std::string>{"prod-fe1", "prod-fe2"}));
        EXPECT_TRUE(dialog.options().environment.empty());
        QTest::qWait(400); // the preview follows after a short delay
        EXPECT_NE(preview->pixmap().toImage(), whole);

        dialog.setOutputPath(dir + QStringLiteral("/two.svg"));
        dialog.setFormat(ExportFormat::Svg);
        ASSERT_TRUE(dialog.exportNow());
        const XmlContent xml = parseXml(readBytes(dir + QStringLiteral("/two.svg")));
        EXPECT_TRUE(xml.texts.contains(QStringLiteral("PROD-FE-01")));
        EXPECT_FALSE(xml.texts.contains(QStringLiteral("PROD-FE-03")));

        // The report covers the design or one environment, never a selection.
        dialog.setFormat(ExportFormat::Html);
        EXPECT_FALSE(itemEnabled(scope, selection));
        EXPECT_EQ(scope->currentIndex(), 0);
        dialog.setFormat(ExportFormat::Svg);
        scope->setCurrentIndex(selection);
        ASSERT_TRUE(dialog.exportNow());
    }
    ExportDialog again(t, QString(), {QStringLiteral("dev-1")});
    EXPECT_EQ(again.options().selection, std::vector<std::string>{"dev-1"});
    // Without a selection the scope cannot be chosen and the whole design is exported.
    ExportDialog none(t, QString());
    QComboBox* scope = scopeCombo(none);
    ASSERT_NE(scope, nullptr);
    EXPECT_FALSE(itemEnabled(scope, scope->findText(QStringLiteral("Selection (0 elements)"))));
    EXPECT_TRUE(none.options().selection.empty());
    EXPECT_TRUE(none.options().environment.empty());
}

} // namespace
} // namespace topo::test
