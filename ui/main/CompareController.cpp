#include "ui/main/CompareController.h"

#include "core/layout/AutoLayout.h"
#include "editor/document/DesignComparison.h"
#include "editor/document/Document.h"
#include "editor/files/TopologyFile.h"
#include "ui/docks/compare/CompareDock.h"
#include "ui/main/FileController.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QRegularExpression>

namespace topo {

namespace {

const QString kDesignSuffix = QStringLiteral(".topology.json");
constexpr int kComfortableDockHeight = 320;

QString designFilter()
{
    return QCoreApplication::translate("topo::FileController",
                                       "Topology designs (*.topology.json *.json);;All files (*)");
}

// A file name that travels: letters, digits, dot, dash and underscore; other runs become one
// dash.
QString portableStem(const QString& text)
{
    QString stem = text;
    stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    stem.remove(QRegularExpression(QStringLiteral("^[-.]+|-+$")));
    return stem.isEmpty() ? QStringLiteral("design") : stem;
}

} // namespace

CompareController::CompareController(MainWindow* window) : QObject(window), m_window(window)
{
    askCopyPath = [this](const QString& suggestion) {
        return QFileDialog::getSaveFileName(m_window, tr("Save a copy as option"), suggestion,
                                            designFilter());
    };
    askComparePath = [this] {
        return QFileDialog::getOpenFileName(m_window, tr("Compare with design"), QString(),
                                            designFilter());
    };
}

void CompareController::populate(QMenu* menu, QAction* before)
{
    m_saveCopy = new QAction(tr("Save a &copy as option…"), this);
    m_saveCopy->setObjectName(QStringLiteral("saveCopyAsOptionAction"));
    connect(m_saveCopy, &QAction::triggered, this, &CompareController::saveCopyAsOption);
    m_compareWith = new QAction(tr("Compare &with…"), this);
    m_compareWith->setObjectName(QStringLiteral("compareWithAction"));
    connect(m_compareWith, &QAction::triggered, this, &CompareController::compareWith);
    m_compareSaved = new QAction(tr("Compare with sa&ved"), this);
    m_compareSaved->setObjectName(QStringLiteral("compareWithSavedAction"));
    connect(m_compareSaved, &QAction::triggered, this, &CompareController::compareWithSaved);
    m_showBefore = new QAction(tr("Show the compared design (&before)"), this);
    m_showBefore->setObjectName(QStringLiteral("showBeforeAction"));
    m_showBefore->setCheckable(true);
    connect(m_showBefore, &QAction::toggled, this, [this](bool on) {
        if (Document* document = m_window->document())
            document->comparison()->setSide(on ? CompareSide::Before : CompareSide::After);
    });
    m_stop = new QAction(tr("Stop comparing"), this);
    m_stop->setObjectName(QStringLiteral("stopComparingAction"));
    connect(m_stop, &QAction::triggered, this, &CompareController::stopComparing);
    menu->insertActions(before, {m_saveCopy, m_compareWith, m_compareSaved, m_showBefore, m_stop});
    menu->insertSeparator(before);

    connect(m_window, &MainWindow::documentReplaced, this, [this](Document* document) {
        if (document) {
            connect(document, &Document::filePathChanged, this, &CompareController::updateActions);
            connect(document->comparison(), &DesignComparison::changed, this,
                    &CompareController::updateActions);
        }
        updateActions();
    });
    updateActions();
}

void CompareController::updateActions()
{
    Document* document = m_window->document();
    const bool comparing = document && document->comparison()->isActive();
    m_saveCopy->setEnabled(document != nullptr);
    m_compareWith->setEnabled(document != nullptr);
    m_compareSaved->setEnabled(document && !document->filePath().isEmpty());
    m_compareSaved->setToolTip(m_compareSaved->isEnabled()
                                   ? tr("Compare the open design with its file on disk")
                                   : tr("The design has no file yet: save it first"));
    m_showBefore->setEnabled(comparing);
    {
        const QSignalBlocker quiet(m_showBefore);
        m_showBefore->setChecked(comparing &&
                                 document->comparison()->side() == CompareSide::Before);
    }
    m_stop->setEnabled(comparing);
}

QString CompareController::optionFileName(const QString& path, const QString& name)
{
    const QFileInfo file(path);
    QString stem = path.isEmpty() ? name : file.fileName();
    for (const QString& suffix : {kDesignSuffix, QStringLiteral(".json")})
        if (stem.endsWith(suffix, Qt::CaseInsensitive)) {
            stem.chop(suffix.size());
            break;
        }
    stem = portableStem(stem);
    // A copy of an option is the next option of the same design.
    int number = 2;
    const QRegularExpression option(QStringLiteral("^(.*)-option-(\\d+)$"));
    if (const auto match = option.match(stem); match.hasMatch()) {
        stem = match.captured(1);
        number = match.captured(2).toInt() + 1;
    }
    const QDir dir = path.isEmpty() ? QDir() : file.absoluteDir();
    auto candidate = [&](int n) {
        return QStringLiteral("%1-option-%2%3").arg(stem).arg(n).arg(kDesignSuffix);
    };
    while (dir.exists(candidate(number)))
        ++number;
    return path.isEmpty() ? candidate(number) : dir.filePath(candidate(number));
}

bool CompareController::saveCopyAsOption()
{
    Document* document = m_window->document();
    if (!document)
        return false;
    QString path = askCopyPath(optionFileName(document->filePath(), document->displayName()));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".json")))
        path += kDesignSuffix;
    return saveCopyTo(path);
}

bool CompareController::saveCopyTo(const QString& path)
{
    Document* document = m_window->document();
    if (!document)
        return false;
    const QString title = tr("Cannot save a copy");
    if (QFileInfo(path).absoluteFilePath() == document->filePath()) {
        m_window->files()->reportError(
            title, tr("%1 is the open design's own file: a copy needs another name (File › Save "
                      "writes the design itself).")
                       .arg(path));
        return false;
    }
    // The same atomic write as a save; the open design keeps its file and its modified state.
    const FileWriteResult result = writeFileAtomically(path, canonicalBytes(document->topology()));
    if (!result.ok) {
        m_window->files()->reportError(title, result.errorText);
        return false;
    }
    return true;
}

void CompareController::compareWith()
{
    const QString path = askComparePath();
    if (!path.isEmpty())
        compareWithFile(path);
}

bool CompareController::compareWithFile(const QString& path)
{
    Document* document = m_window->document();
    if (!document)
        return false;
    FileLoadResult result = loadTopologyFile(path);
    if (!result.ok()) {
        m_window->files()->reportError(tr("Cannot compare"), result.errorText);
        return false;
    }
    // Placed as an opened design is, so that a file without positions does not read as moved.
    AutoLayout::place(*result.topology);
    const bool own = QFileInfo(path).absoluteFilePath() == document->filePath();
    const QString name = QFileInfo(path).fileName();
    document->comparison()->start(std::move(*result.topology),
                                  own ? tr("%1 (saved)").arg(name) : name);
    CompareDock* dock = m_window->compareDock();
    dock->show();
    dock->raise();
    // Room for the changes, the findings and the figures together.
    if (dock->height() < kComfortableDockHeight && !dock->isFloating())
        m_window->resizeDocks({dock}, {kComfortableDockHeight}, Qt::Vertical);
    return true;
}

bool CompareController::compareWithSaved()
{
    Document* document = m_window->document();
    if (!document || document->filePath().isEmpty())
        return false;
    return compareWithFile(document->filePath());
}

void CompareController::stopComparing()
{
    if (Document* document = m_window->document())
        document->comparison()->stop();
}

} // namespace topo
