#include "ui/main/ImageCopy.h"

#include "editor/document/Document.h"
#include "editor/export/DesignExporter.h"
#include "editor/export/PictureWriters.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"
#include "ui/main/MainWindow.h"
#include "ui/main/MenuInsert.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QStatusBar>

namespace topo {

namespace {

// Slides are shown on large screens: twice the canvas's scale stays sharp there.
constexpr double kImageScale = 2.0;

} // namespace

ImageCopy::ImageCopy(MainWindow* window) : QObject(window), m_window(window) {}

void ImageCopy::populate(QMenu* editMenu)
{
    m_action = new QAction(tr("Copy as &image"), this);
    m_action->setObjectName(QStringLiteral("copyAsImageAction"));
    m_action->setToolTip(tr("The selection, or the whole design, as a picture (PNG and SVG)"));
    connect(m_action, &QAction::triggered, this, &ImageCopy::copyAsImage);
    insertActionAfter(editMenu, editMenu->findChild<QAction*>(QStringLiteral("copyAction")),
                      m_action);
    const auto update = [this] { m_action->setEnabled(m_window->document() != nullptr); };
    connect(m_window, &MainWindow::documentReplaced, this, update);
    update();
}

void ImageCopy::copyAsImage()
{
    const Document* document = m_window->document();
    if (!document)
        return;
    ExportOptions options;
    options.view = ExportView::Topology;
    options.scale = kImageScale;
    options.darkTheme = m_window->canvas()->canvasScene()->paintOptions().theme.isDark;
    for (const QString& id : document->selection())
        options.selection.push_back(id.toStdString());
    const QString title = QString::fromStdString(document->topology().name);
    const std::optional<Picture> picture =
        exportPicture(document->topology(), document->findings(), options, true);
    QString error;
    const std::optional<QByteArray> png =
        picture ? pngBytes(*picture, options, title, &error) : std::nullopt;
    if (!png) {
        m_window->statusBar()->showMessage(
            tr("Nothing copied: %1").arg(picture ? error : tr("there is nothing to draw")));
        return;
    }
    auto* data = new QMimeData;
    data->setData(QStringLiteral("image/png"), *png);
    const QImage image = QImage::fromData(*png, "PNG");
    data->setImageData(image);
    data->setData(
        QStringLiteral("image/svg+xml"),
        svgBytes(*picture, title, QString::fromStdString(document->topology().description)));
    QGuiApplication::clipboard()->setMimeData(data);
    const QString what = options.selection.empty()
                             ? tr("the design")
                             : tr("%n element(s)", nullptr, int(options.selection.size()));
    m_window->statusBar()->showMessage(
        tr("Copied %1 as an image, %2 × %3 pixels (PNG and SVG)")
            .arg(what, QLocale().toString(image.width()), QLocale().toString(image.height())));
}

} // namespace topo
