#include "ui/main/WrittenFileNotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace topo {
namespace {

constexpr int kShownMs = 60 * 1000;

} // namespace

WrittenFileNotice::WrittenFileNotice(QStatusBar* bar)
    : QWidget(bar), m_text(new QLabel(this)),
      m_openFolder(new QPushButton(tr("Open folder"), this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("writtenFileNotice"));
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolder->setToolTip(tr("Show the folder in the file manager"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_openFolder);
    openFolder = [](const QUrl& folder) { return QDesktopServices::openUrl(folder); };
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { openFolder(QUrl::fromLocalFile(m_folder)); });
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    bar->addWidget(this, 1);
    hide();
}

void WrittenFileNotice::show(const QString& what, const QString& path)
{
    const QFileInfo file(path);
    m_folder = file.absolutePath();
    m_text->setText(
        tr("%1 %2 to %3").arg(what, file.fileName(), QDir::toNativeSeparators(m_folder)));
    m_text->setAccessibleName(m_text->text());
    QWidget::show();
    m_timer->start(kShownMs);
}

QString WrittenFileNotice::text() const
{
    return m_text->text();
}

} // namespace topo
