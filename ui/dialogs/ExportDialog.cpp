#include "ui/dialogs/ExportDialog.h"

#include "ui/dialogs/PageChoices.h"

#include "core/layout/AutoLayout.h"
#include "core/model/DisplayName.h"
#include "core/rules/Validator.h"
#include "editor/export/DesignExporter.h"
#include "editor/export/PictureWriters.h"
#include "editor/export/ViewPicture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace topo {

namespace {

constexpr QSize kPreviewSize(420, 280);
constexpr int kPreviewDelayMs = 150;

const char* const kGroup = "export";
// The scope entry of the selection; element ids never contain ':'.
const QString kSelectionScope = QStringLiteral(":selection");

struct FormatChoice {
    ExportFormat format;
    const char* label;
};

constexpr FormatChoice kFormats[] = {
    {ExportFormat::Png, QT_TRANSLATE_NOOP("topo::ExportDialog", "PNG image")},
    {ExportFormat::Svg, QT_TRANSLATE_NOOP("topo::ExportDialog", "SVG drawing")},
    {ExportFormat::Pdf, QT_TRANSLATE_NOOP("topo::ExportDialog", "PDF document")},
    {ExportFormat::Drawio, QT_TRANSLATE_NOOP("topo::ExportDialog", "draw.io diagram")},
    {ExportFormat::Html, QT_TRANSLATE_NOOP("topo::ExportDialog", "HTML design report")},
};

constexpr QPageSize::PageSizeId kPageSizes[] = {
    QPageSize::A5,     QPageSize::A4,    QPageSize::A3,     QPageSize::A2,
    QPageSize::Letter, QPageSize::Legal, QPageSize::Tabloid};

void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

ExportDialog::ExportDialog(const Topology& topology, const QString& designPath, QWidget* parent)
    : ExportDialog(topology, designPath, QStringList(), parent)
{
}

ExportDialog::ExportDialog(const Topology& topology, const QString& designPath,
                           const QStringList& selection, QWidget* parent)
    : QDialog(parent), m_topology(topology), m_designPath(designPath)
{
    for (const QString& id : selection)
        m_selection.push_back(id.toStdString());
    // The exported picture shows what the canvas shows, placed the same way.
    AutoLayout::place(m_topology);
    setWindowTitle(tr("Export"));
    setAccessibleName(tr("Export dialog"));
    buildForm();
    restoreChoices();
    updateEnabledOptions();
    updatePreview();
}

void ExportDialog::buildForm()
{
    m_format = new QComboBox(this);
    for (const FormatChoice& choice : kFormats)
        m_format->addItem(tr(choice.label), static_cast<int>(choice.format));
    m_view = new QComboBox(this);
    for (ExportView view : {ExportView::Topology, ExportView::Scaling, ExportView::Charts}) {
        m_view->addItem(toString(view).replace(0, 1, toString(view).at(0).toUpper()),
                        static_cast<int>(view));
        if (!viewAvailable(view)) {
            auto* model = qobject_cast<QStandardItemModel*>(m_view->model());
            QStandardItem* item = model->item(m_view->count() - 1);
            item->setEnabled(false);
            item->setToolTip(viewUnavailableText(view));
        }
    }
    m_environment = new QComboBox(this);
    m_environment->addItem(tr("Whole design"), QString());
    for (const Environment& env : m_topology.environments)
        m_environment->addItem(QString::fromStdString(displayName(env)),
                               QString::fromStdString(env.id));
    m_environment->addItem(m_selection.size() == 1
                               ? tr("Selection (1 element)")
                               : tr("Selection (%1 elements)").arg(m_selection.size()),
                           kSelectionScope);
    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Light"), false);
    m_theme->addItem(tr("Dark"), true);
    m_scale = new QDoubleSpinBox(this);
    m_scale->setRange(kMinPngScale, kMaxPngScale);
    m_scale->setSingleStep(0.5);
    m_scale->setSuffix(QStringLiteral(" ×"));
    m_dpi = new QSpinBox(this);
    m_dpi->setRange(0, 384);
    m_dpi->setSingleStep(48);
    m_dpi->setSpecialValueText(tr("from the scale"));
    m_transparent = new QCheckBox(tr("Transparent background"), this);
    m_legend = new QCheckBox(tr("&Legend of the marks"), this);
    m_legend->setObjectName(QStringLiteral("legendCheck"));
    m_titleBlock = new QCheckBox(tr("Title &block (name, description, date)"), this);
    m_titleBlock->setObjectName(QStringLiteral("titleBlockCheck"));
    m_pageSize = new QComboBox(this);
    for (QPageSize::PageSizeId id : kPageSizes)
        m_pageSize->addItem(QPageSize::name(id), static_cast<int>(id));
    m_orientation = makeOrientationCombo(this);
    m_pages = makePagesCombo(this);
    m_path = new QLineEdit(this);
    m_path->setMinimumWidth(280);
    m_path->setAccessibleName(tr("Export file"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&View:"), m_view);
    form->addRow(tr("&Show:"), m_environment);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("S&cale:"), m_scale);
    form->addRow(tr("&DPI:"), m_dpi);
    form->addRow(QString(), m_transparent);
    form->addRow(QString(), m_legend);
    form->addRow(QString(), m_titleBlock);
    form->addRow(tr("&Page size:"), m_pageSize);
    form->addRow(tr("&Orientation:"), m_orientation);
    form->addRow(tr("Pa&ges:"), m_pages);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* pathLabel = new QLabel(tr("F&ile:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    m_preview = new QLabel(this);
    m_preview->setMinimumSize(kPreviewSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAccessibleName(tr("Export preview"));
    m_sizeInfo = new QLabel(this);
    auto* previewColumn = new QVBoxLayout;
    previewColumn->addWidget(m_preview, 1);
    previewColumn->addWidget(m_sizeInfo);
    auto* columns = new QHBoxLayout;
    columns->addLayout(form);
    columns->addLayout(previewColumn, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    auto changed = [this] {
        updateEnabledOptions();
        schedulePreview();
    };
    for (QComboBox* combo : {m_view, m_environment, m_theme, m_pageSize, m_orientation, m_pages})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this, changed] {
        followFormatInPath();
        changed();
    });
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_dpi, &QSpinBox::valueChanged, this, changed);
    for (QCheckBox* check : {m_transparent, m_legend, m_titleBlock})
        connect(check, &QCheckBox::toggled, this, changed);
}

ExportFormat ExportDialog::format() const
{
    return static_cast<ExportFormat>(m_format->currentData().toInt());
}

void ExportDialog::setFormat(ExportFormat format)
{
    selectData(m_format, static_cast<int>(format));
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.view = static_cast<ExportView>(m_view->currentData().toInt());
    const QString scope = m_environment->currentData().toString();
    if (scope == kSelectionScope)
        options.selection = m_selection;
    else
        options.environment = scope.toStdString();
    options.darkTheme = m_theme->currentData().toBool();
    options.scale = m_scale->value();
    if (m_dpi->value() > 0)
        options.dpi = std::max(m_dpi->value(), 48);
    options.transparent = m_transparent->isChecked();
    options.legend = m_legend->isChecked();
    options.titleBlock = m_titleBlock->isChecked();
    options.pageSize = static_cast<QPageSize::PageSizeId>(m_pageSize->currentData().toInt());
    options.orientation = chosenOrientation(*m_orientation);
    options.pagePerEnvironment = pagePerEnvironmentChosen(*m_pages);
    return options;
}

// The path is shown as the system writes it (C:\Users\... on Windows) and read back in Qt's
// form, whichever separators the user typed.
QString ExportDialog::outputPath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ExportDialog::setOutputPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::updateEnabledOptions()
{
    const ExportFormat f = format();
    const bool png = f == ExportFormat::Png;
    const bool picture = png || f == ExportFormat::Svg || f == ExportFormat::Pdf;
    m_view->setEnabled(picture);
    m_theme->setEnabled(picture);
    m_scale->setEnabled(png && m_dpi->value() == 0);
    m_dpi->setEnabled(png);
    m_transparent->setEnabled(png);
    m_legend->setEnabled(picture);
    m_titleBlock->setEnabled(picture);
    m_pageSize->setEnabled(f == ExportFormat::Pdf);
    m_orientation->setEnabled(f == ExportFormat::Pdf);
    m_pages->setEnabled(f == ExportFormat::Pdf);
    updateSelectionScope();
}

void ExportDialog::updateSelectionScope()
{
    // The design report covers the design or one environment: a selection is for pictures
    // and draw.io files.
    const bool report = format() == ExportFormat::Html;
    const int index = m_environment->findData(kSelectionScope);
    auto* model = qobject_cast<QStandardItemModel*>(m_environment->model());
    QStandardItem* item = model->item(index);
    item->setEnabled(!m_selection.empty() && !report);
    item->setToolTip(m_selection.empty() ? tr("Select elements in the designer to export them "
                                              "alone")
                     : report            ? tr("The design report covers the whole design or "
                                                         "one environment")
                                         : QString());
    if (m_environment->currentIndex() == index && !item->isEnabled())
        m_environment->setCurrentIndex(0);
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    schedulePreview();
}

void ExportDialog::updatePreview()
{
    ExportOptions previewOptions = options();
    const ExportFormat f = format();
    const bool transparent = f == ExportFormat::Png && previewOptions.transparent;
    const std::optional<Picture> picture =
        exportPicture(m_topology, validate(m_topology), previewOptions, !transparent);
    if (!picture) {
        m_preview->setPixmap({});
        m_preview->setText(viewAvailable(previewOptions.view)
                               ? tr("Nothing to draw")
                               : viewUnavailableText(previewOptions.view));
        m_sizeInfo->clear();
        return;
    }
    const QSize area = m_preview->contentsRect().size().expandedTo(kPreviewSize) - QSize(8, 8);
    const double scale =
        std::min(area.width() / picture->bounds.width(), area.height() / picture->bounds.height());
    m_preview->setPixmap(QPixmap::fromImage(renderPicture(*picture, scale, transparent)));
    if (f == ExportFormat::Png) {
        const double requested = previewOptions.effectiveScale();
        const double written = pngScale(*picture, requested);
        const QSize size = imageSize(*picture, written);
        QString text = tr("%1 × %2 pixels").arg(size.width()).arg(size.height());
        if (written < requested)
            text += tr(" (scale %1: within %2 megapixels)")
                        .arg(written)
                        .arg(kPngPixelBudget / 1'000'000);
        m_sizeInfo->setText(text);
    } else {
        m_sizeInfo->clear();
    }
}

void ExportDialog::followFormatInPath()
{
    const QString path = outputPath();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    setOutputPath(
        info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + fileExtension(format())));
}

void ExportDialog::chooseFile()
{
    const QString extension = fileExtension(format());
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export to"), outputPath(),
                                     tr("%1 files (*.%2)").arg(extension.toUpper(), extension));
    if (!chosen.isEmpty())
        setOutputPath(chosen);
}

void ExportDialog::restoreChoices()
{
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    selectData(m_format, settings.value(QStringLiteral("format"), 0));
    selectData(m_theme, settings.value(QStringLiteral("dark"), false));
    // The remembered scope, when this design has it (an environment id, or a selection).
    selectData(m_environment, settings.value(QStringLiteral("scope"), QString()));
    m_scale->setValue(settings.value(QStringLiteral("scale"), 2.0).toDouble());
    m_dpi->setValue(settings.value(QStringLiteral("dpi"), 0).toInt());
    m_transparent->setChecked(settings.value(QStringLiteral("transparent"), false).toBool());
    m_legend->setChecked(settings.value(QStringLiteral("legend"), false).toBool());
    m_titleBlock->setChecked(settings.value(QStringLiteral("titleBlock"), false).toBool());
    selectData(m_pageSize, settings.value(QStringLiteral("pageSize"), int(QPageSize::A4)));
    // "pageOrientation": the choice by the picture's shape came later than "orientation",
    // whose remembered landscape was only the old default.
    selectData(m_orientation, settings.value(QStringLiteral("pageOrientation"), -1));
    selectData(m_pages, settings.value(QStringLiteral("pagePerEnvironment"), false));
    const QString folder = settings.value(QStringLiteral("folder")).toString();
    settings.endGroup();

    const QFileInfo design(m_designPath);
    QString base = design.fileName().section(QLatin1Char('.'), 0, 0);
    if (base.isEmpty())
        base = tr("topology");
    const QString dir = !folder.isEmpty()         ? folder
                        : !m_designPath.isEmpty() ? design.absolutePath()
                                                  : QDir::homePath();
    setOutputPath(QDir(dir).filePath(base + QLatin1Char('.') + fileExtension(format())));
}

void ExportDialog::saveChoices() const
{
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    settings.setValue(QStringLiteral("format"), m_format->currentData());
    settings.setValue(QStringLiteral("dark"), m_theme->currentData());
    settings.setValue(QStringLiteral("scope"), m_environment->currentData());
    settings.setValue(QStringLiteral("scale"), m_scale->value());
    settings.setValue(QStringLiteral("dpi"), m_dpi->value());
    settings.setValue(QStringLiteral("transparent"), m_transparent->isChecked());
    settings.setValue(QStringLiteral("legend"), m_legend->isChecked());
    settings.setValue(QStringLiteral("titleBlock"), m_titleBlock->isChecked());
    settings.setValue(QStringLiteral("pageSize"), m_pageSize->currentData());
    settings.setValue(QStringLiteral("pageOrientation"), m_orientation->currentData());
    settings.setValue(QStringLiteral("pagePerEnvironment"), m_pages->currentData());
    settings.setValue(QStringLiteral("folder"), QFileInfo(outputPath()).absolutePath());
    settings.endGroup();
}

bool ExportDialog::exportNow()
{
    if (outputPath().isEmpty()) {
        QMessageBox::warning(this, tr("Export"), tr("Choose the file to write."));
        return false;
    }
    const FileWriteResult written = exportDesign(m_topology, format(), options(), outputPath());
    if (!written.ok) {
        QMessageBox::critical(this, tr("Export failed"), written.errorText);
        return false;
    }
    saveChoices();
    return true;
}

void ExportDialog::accept()
{
    if (exportNow())
        QDialog::accept();
}

} // namespace topo
