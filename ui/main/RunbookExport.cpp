#include "ui/main/RunbookExport.h"

#include "core/runbook/RunbookText.h"
#include "editor/document/Document.h"
#include "editor/files/FileWrite.h"
#include "ui/main/FileController.h"
#include "ui/main/MainWindow.h"
#include "ui/main/MenuInsert.h"
#include "ui/main/WrittenFileNotice.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace topo {

RunbookExport::RunbookExport(MainWindow* window) : QObject(window), m_window(window)
{
    askSavePath = [this](const QString& suggestion) {
        return QFileDialog::getSaveFileName(
            m_window, tr("Export the installation runbook"), suggestion,
            tr("HTML pages (*.html);;Markdown (*.md);;JSON (*.json);;Text (*.txt)"));
    };
}

void RunbookExport::populate(QMenu* menu, QAction* after)
{
    m_action = new QAction(tr("Export &runbook…"), this);
    m_action->setObjectName(QStringLiteral("exportRunbookAction"));
    m_action->setToolTip(tr("The installation steps and a build sheet per server"));
    connect(m_action, &QAction::triggered, this, &RunbookExport::exportRunbook);
    insertActionAfter(menu, after, m_action);
    const auto update = [this] { m_action->setEnabled(m_window->document() != nullptr); };
    connect(m_window, &MainWindow::documentReplaced, this, update);
    update();
}

void RunbookExport::exportRunbook()
{
    Document* document = m_window->document();
    if (!document)
        return;
    const QString base =
        document->filePath().isEmpty()
            ? QStringLiteral("design")
            : QFileInfo(document->filePath()).completeBaseName().section(QLatin1Char('.'), 0, 0);
    const QString path = askSavePath(base + QStringLiteral("-runbook.html"));
    if (!path.isEmpty())
        saveTo(path);
}

bool RunbookExport::saveTo(const QString& path)
{
    Document* document = m_window->document();
    if (!document)
        return false;
    const std::string text =
        runbookForFile(installRunbook(document->topology()), document->topology().name,
                       QFileInfo(path).fileName().toStdString());
    const FileWriteResult result =
        writeFileAtomically(path, QByteArray(text.data(), static_cast<qsizetype>(text.size())));
    if (!result.ok)
        m_window->files()->reportError(tr("Cannot export the runbook"), result.errorText);
    else
        m_window->writtenFileNotice()->show(tr("Exported"), path);
    return result.ok;
}

} // namespace topo
