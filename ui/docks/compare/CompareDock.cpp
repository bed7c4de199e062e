#include "ui/docks/compare/CompareDock.h"

#include "ui/docks/DockRefresh.h"
#include "ui/docks/ModelLookup.h"

#include "core/model/DisplayName.h"
#include "editor/document/DesignComparison.h"
#include "editor/document/DesignDiffView.h"
#include "editor/document/Document.h"
#include "editor/export/CompareReport.h"
#include "editor/export/PictureWriters.h"
#include "editor/files/FileWrite.h"
#include "editor/paint/Theme.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace topo {

namespace {

constexpr int kIdsRole = Qt::UserRole;

QTreeWidgetItem* addRow(QTreeWidgetItem* parent, const QString& what, const QString& change,
                        const QStringList& ids)
{
    auto* item = new QTreeWidgetItem(parent, {what, change});
    item->setData(0, kIdsRole, ids);
    item->setToolTip(0, what);
    return item;
}

QStringList idList(const std::vector<std::string>& ids)
{
    QStringList list;
    for (const std::string& id : ids)
        list.append(qs(id));
    return list;
}

} // namespace

CompareDock::CompareDock(QWidget* parent)
    : QDockWidget(tr("Compare"), parent), m_title(new QLabel(this)), m_view(new QTreeWidget(this)),
      m_side(new QToolButton(this)), m_html(new QToolButton(this)),
      m_picture(new QToolButton(this)), m_stop(new QToolButton(this))
{
    setObjectName(QStringLiteral("compareDock"));
    m_title->setObjectName(QStringLiteral("compareTitle"));
    m_title->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("compareView"));
    m_view->setAccessibleName(tr("Changes"));
    m_view->setHeaderLabels({tr("What"), tr("Change")});
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_side->setText(tr("Show before"));
    m_side->setToolTip(tr("Show the compared design on the canvas instead of the open one"));
    m_side->setCheckable(true);
    m_side->setObjectName(QStringLiteral("compareSideButton"));
    m_html->setText(tr("Save HTML…"));
    m_html->setObjectName(QStringLiteral("compareHtmlButton"));
    m_picture->setText(tr("Save picture…"));
    m_picture->setObjectName(QStringLiteral("comparePictureButton"));
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop comparing"));

    auto* body = new QWidget(this);
    auto* column = new QVBoxLayout(body);
    column->setContentsMargins(4, 4, 4, 4);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    for (QToolButton* button : {m_side, m_html, m_picture, m_stop})
        bar->addWidget(button);
    column->addLayout(bar);
    column->addWidget(m_view, 1);
    setWidget(body);

    askSavePath = [this](const QString& suggestion, const QString& filter) {
        return QFileDialog::getSaveFileName(this, tr("Save the comparison"), suggestion, filter);
    };
    reportError = [this](const QString& title, const QString& text) {
        QMessageBox::warning(this, title, text);
    };
    connect(m_view, &QTreeWidget::itemClicked, this, &CompareDock::activate);
    connect(m_view, &QTreeWidget::itemActivated, this, &CompareDock::activate);
    connect(m_side, &QToolButton::toggled, this, [this](bool on) {
        if (m_document)
            m_document->comparison()->setSide(on ? CompareSide::Before : CompareSide::After);
    });
    connect(m_stop, &QToolButton::clicked, this, [this] {
        if (m_document)
            m_document->comparison()->stop();
    });
    connect(m_html, &QToolButton::clicked, this, &CompareDock::exportHtml);
    connect(m_picture, &QToolButton::clicked, this, &CompareDock::exportPicture);
    m_refresh = dockRefresh(this, [this](const DocumentChange&) { refresh(); });
    refresh();
}

void CompareDock::setDocument(Document* document)
{
    refreshOnComparison(this, m_document, document, m_refresh);
    m_document = document;
    m_refresh->scheduleReset();
    m_refresh->flush();
}

QTreeWidgetItem* CompareDock::elementsGroup() const
{
    return m_view->topLevelItemCount() > 0 ? m_view->topLevelItem(0) : nullptr;
}

void CompareDock::refresh()
{
    m_view->clear();
    const DesignComparison* comparison = m_document ? m_document->comparison() : nullptr;
    const DesignDiff* diff = comparison ? comparison->diff() : nullptr;
    for (QToolButton* button : {m_side, m_html, m_picture, m_stop})
        button->setEnabled(diff != nullptr);
    if (!diff) {
        m_title->setText(tr("Nothing compared: use File › Compare with… or Compare with saved."));
        const QSignalBlocker quiet(m_side);
        m_side->setChecked(false);
        return;
    }
    {
        const QSignalBlocker quiet(m_side);
        m_side->setChecked(comparison->side() == CompareSide::Before);
    }
    m_title->setText(QStringLiteral("<b>%1</b><br/>%2")
                         .arg(comparisonTitle(comparison->beforeName(), m_document->displayName())
                                  .toHtmlEscaped(),
                              qs(summaryLine(*diff)).toHtmlEscaped()));

    const Theme theme = Theme::forPalette(palette());
    auto* elements = new QTreeWidgetItem(m_view, {tr("Elements (%1)").arg(diff->elements.size())});
    for (const ElementDiff& change : diff->elements) {
        const QStringList ids = change.id.empty() ? QStringList() : QStringList{qs(change.id)};
        QTreeWidgetItem* row =
            addRow(elements, elementChangeTitle(change), changeKindText(change.kind), ids);
        // The colour of the element's mark on the canvas.
        row->setForeground(1, compareColor(compareMarkOf(change.kind), theme));
        for (const MemberChange& member : change.members)
            addRow(row, qs(describe(member)), QString(), ids);
    }
    auto* findings = new QTreeWidgetItem(m_view, {tr("Findings (%1)").arg(diff->findings.size())});
    for (const FindingChange& change : diff->findings)
        addRow(findings, qs(change.finding.message),
               change.appeared ? tr("appears") : tr("disappears"), idList(change.finding.subjects));
    auto* figures =
        new QTreeWidgetItem(m_view, {tr("Figures (%1)").arg(diff->environments.size())});
    for (const EnvironmentChange& env : diff->environments) {
        const QStringList ids{qs(env.id)};
        QTreeWidgetItem* row = addRow(figures, qs(displayName(env)), {}, ids);
        for (const FigureChange& figure : env.figures)
            addRow(row, qs(figure.figure), figureChangeText(figure), ids);
        // Named as the user knows them: the open design's name, else the compared one's.
        auto name = [&](const std::string& id) {
            const QString open = elementName(m_document->topology(), id);
            return open != qs(id) ? open : elementName(*comparison->before(), id);
        };
        for (const std::string& id : env.spofsAppeared)
            addRow(row, tr("single point of failure: %1").arg(name(id)), tr("appears"), {qs(id)});
        for (const std::string& id : env.spofsDisappeared)
            addRow(row, tr("single point of failure: %1").arg(name(id)), tr("disappears"),
                   {qs(id)});
    }
    m_view->expandAll();
}

void CompareDock::activate(QTreeWidgetItem* item)
{
    if (!item || !m_document)
        return;
    const QStringList ids = item->data(0, kIdsRole).toStringList();
    if (ids.isEmpty())
        return;
    // A removed element is not in the open design: nothing to select, but it is centred.
    m_document->setSelection(ids);
    Q_EMIT elementsActivated(ids);
}

QString CompareDock::baseName() const
{
    const QString path = m_document ? m_document->filePath() : QString();
    QString name = path.isEmpty() ? QStringLiteral("design") : QFileInfo(path).fileName();
    for (const QString& suffix : {QStringLiteral(".topology.json"), QStringLiteral(".json")})
        if (name.endsWith(suffix)) {
            name.chop(suffix.size());
            break;
        }
    const QString dir = path.isEmpty() ? QString() : QFileInfo(path).absolutePath() + u'/';
    return dir + name + QStringLiteral("-changes");
}

void CompareDock::exportHtml()
{
    const QString path =
        askSavePath(baseName() + QStringLiteral(".html"), tr("HTML pages (*.html);;All files (*)"));
    if (!path.isEmpty())
        saveHtml(path);
}

void CompareDock::exportPicture()
{
    const QString path =
        askSavePath(baseName() + QStringLiteral(".png"),
                    tr("PNG pictures (*.png);;SVG pictures (*.svg);;All files (*)"));
    if (!path.isEmpty())
        savePicture(path);
}

bool CompareDock::saveHtml(const QString& path)
{
    return save(path, Output::Html);
}

bool CompareDock::savePicture(const QString& path)
{
    return save(path, path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive) ? Output::Svg
                                                                                 : Output::Png);
}

bool CompareDock::save(const QString& path, Output output)
{
    const DesignComparison* comparison = m_document ? m_document->comparison() : nullptr;
    if (!comparison || !comparison->diff())
        return false;
    const Picture picture = comparisonPicture(m_document->topology(), m_document->findings(),
                                              comparison->view(), false);
    const QString title = comparisonTitle(comparison->beforeName(), m_document->displayName());
    QByteArray bytes;
    if (output == Output::Html) {
        bytes = comparisonReport(*comparison->diff(), comparison->beforeName(),
                                 m_document->displayName(), svgBytes(picture, title, title));
    } else if (output == Output::Svg) {
        bytes = svgBytes(picture, title, title);
    } else {
        QString error;
        const auto png = pngBytes(picture, ExportOptions{}, title, &error);
        if (!png) {
            reportError(tr("Cannot save the comparison"), error);
            return false;
        }
        bytes = *png;
    }
    const FileWriteResult result = writeFileAtomically(path, bytes);
    if (!result.ok)
        reportError(tr("Cannot save the comparison"), result.errorText);
    return result.ok;
}

} // namespace topo
