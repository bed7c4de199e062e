#include "ui/main/StartView.h"

#include "ui/docks/Icons.h"
#include "ui/main/DesignTemplates.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>

namespace topo {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

QLabel* heading(const QString& text, int pointSizeDelta, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSize(font.pointSize() + pointSizeDelta);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

StartView::StartView(QWidget* parent)
    : QWidget(parent), m_recent(new QListWidget(this)), m_templates(new QListWidget(this))
{
    setObjectName(QStringLiteral("startView"));
    setAccessibleName(tr("Start"));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(48, 36, 48, 36);
    layout->setHorizontalSpacing(32);
    auto* icon = new QLabel(this);
    icon->setPixmap(designerIcon(QStringLiteral("app")).pixmap(64, 64));
    auto* title = new QHBoxLayout;
    title->addWidget(icon);
    title->addWidget(heading(tr("Topology Designer"), 8, this), 1);
    layout->addLayout(title, 0, 0, 1, 2);

    auto* newButton =
        new QPushButton(designerIcon(QStringLiteral("document-new")), tr("New blank design"), this);
    auto* openButton =
        new QPushButton(designerIcon(QStringLiteral("document-open")), tr("Open a design…"), this);
    newButton->setObjectName(QStringLiteral("startNew"));
    openButton->setObjectName(QStringLiteral("startOpen"));
    layout->addWidget(newButton, 1, 0, Qt::AlignLeft);
    layout->addWidget(openButton, 1, 1, Qt::AlignLeft);

    layout->addWidget(heading(tr("Start from a template"), 2, this), 2, 0);
    layout->addWidget(heading(tr("Recent designs"), 2, this), 2, 1);
    m_templates->setObjectName(QStringLiteral("startTemplates"));
    m_templates->setAccessibleName(tr("Templates"));
    m_templates->setWordWrap(true);
    m_recent->setWordWrap(true);
    for (const DesignTemplate& t : designTemplates()) {
        auto* item =
            new QListWidgetItem(designerIcon(QStringLiteral("environment")), t.title, m_templates);
        item->setData(kPathRole, t.resource);
    }
    m_recent->setObjectName(QStringLiteral("startRecent"));
    // Hovering a recent design shows its path in the status bar.
    m_recent->setMouseTracking(true);
    m_recent->setAccessibleName(tr("Recent designs"));
    layout->addWidget(m_templates, 3, 0);
    layout->addWidget(m_recent, 3, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(3, 1);

    connect(newButton, &QPushButton::clicked, this, &StartView::newRequested);
    connect(openButton, &QPushButton::clicked, this, &StartView::openDialogRequested);
    connect(m_templates, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT templateRequested(item->data(kPathRole).toString());
    });
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT openRequested(item->data(kPathRole).toString());
    });
    refresh();
}

void StartView::refresh()
{
    m_recent->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString& path : files) {
        auto* item = new QListWidgetItem(QFileInfo(path).fileName(), m_recent);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setStatusTip(QDir::toNativeSeparators(path));
        item->setData(kPathRole, path);
    }
    if (files.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No recent designs yet"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace topo
