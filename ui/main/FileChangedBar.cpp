#include "ui/main/FileChangedBar.h"

#include "editor/document/Document.h"
#include "ui/docks/Icons.h"
#include "ui/main/FileController.h"
#include "ui/main/MainWindow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace topo {

FileChangedBar::FileChangedBar(MainWindow* window)
    : QFrame(window), m_window(window), m_message(new QLabel(this)),
      m_reload(new QPushButton(this)), m_keep(new QPushButton(tr("Keep Mine"), this))
{
    setObjectName(QStringLiteral("fileChangedBar"));
    setAccessibleName(tr("File changed on disk"));
    // The warm colours of a browser's information bar, readable in light and dark themes.
    setStyleSheet(QStringLiteral("#fileChangedBar { background: #fff3cd; border-bottom: 1px solid "
                                 "#e0c060; } #fileChangedBar QLabel { color: #3d2f00; }"));
    m_message->setObjectName(QStringLiteral("fileChangedMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_reload->setObjectName(QStringLiteral("fileChangedReload"));
    m_keep->setObjectName(QStringLiteral("fileChangedKeepMine"));
    auto* icon = new QLabel(this);
    icon->setPixmap(designerIcon(QStringLiteral("warning")).pixmap(20, 20));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(icon);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_reload);
    layout->addWidget(m_keep);
    connect(m_reload, &QPushButton::clicked, this, &FileChangedBar::reload);
    connect(m_keep, &QPushButton::clicked, this, &FileChangedBar::keepMine);
    connect(&m_watcher, &DiskChangeWatcher::changedOnDisk, this, &FileChangedBar::refresh);
    connect(&m_watcher, &DiskChangeWatcher::resolved, this, &FileChangedBar::refresh);
    connect(window, &MainWindow::documentReplaced, this, &FileChangedBar::attach);
    hide();
}

void FileChangedBar::attach(Document* document)
{
    m_watcher.setDocument(document);
    if (document)
        connect(document, &Document::modifiedChanged, this, &FileChangedBar::refresh);
    refresh();
}

void FileChangedBar::refresh()
{
    Document* document = m_window->document();
    const auto& onDisk = m_watcher.reported();
    if (!document || !onDisk) {
        hide();
        return;
    }
    const QString name = document->displayName();
    const bool deleted = !onDisk->exists;
    if (deleted) {
        m_message->setText(
            tr("“%1” was deleted or moved by another program. Saving writes it again.").arg(name));
    } else if (document->isModified()) {
        m_message->setText(
            tr("“%1” was changed by another program, and you have unsaved changes here.")
                .arg(name));
    } else {
        m_message->setText(
            tr("“%1” was changed by another program. Reload it, or keep the version open here?")
                .arg(name));
    }
    m_reload->setText(document->isModified() ? tr("Discard Mine and Reload") : tr("Reload"));
    m_reload->setVisible(!deleted);
    show();
}

void FileChangedBar::reload()
{
    // A file that cannot be read (half written, not a design) leaves the design and the bar.
    m_window->files()->reloadFromDisk();
}

void FileChangedBar::keepMine()
{
    Document* document = m_window->document();
    const auto& onDisk = m_watcher.reported();
    if (!document || !onDisk)
        return;
    // The open version differs from the file: unsaved until saved, and saving over the
    // version the user has seen and declined does not ask again.
    document->markUnsaved();
    document->setDiskStamp(*onDisk);
    m_watcher.check();
}

} // namespace topo
