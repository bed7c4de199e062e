#include "ui/docks/analysis/SizingDock.h"

#include "core/analysis/EnvironmentAnalysis.h"
#include "core/edit/SizingApply.h"
#include "core/model/DisplayName.h"
#include "editor/document/Document.h"
#include "ui/docks/DockRefresh.h"
#include "ui/docks/DrawnAnalyses.h"
#include "ui/docks/ModelLookup.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace topo {
namespace {

QString roleList(const std::vector<Role>& roles)
{
    QStringList names;
    for (Role role : roles) {
        switch (role) {
        case Role::Frontend:
            names.append(SizingDock::tr("front-end"));
            break;
        case Role::DeploymentController:
            names.append(SizingDock::tr("deployment controller"));
            break;
        case Role::Scheduler:
            names.append(SizingDock::tr("scheduler"));
            break;
        default:
            names.append(qs(toString(role)));
        }
    }
    return names.join(QStringLiteral(", "));
}

QString recommendationText(const SizingAdvice& advice)
{
    QStringList rows;
    for (const ServerRecommendation& r : advice.servers)
        rows.append(SizingDock::tr("<b>%1 × %2</b>: %3 cores / %4 GB RAM / %5 GB disk<br>"
                                   "<small>roles: %6</small>")
                        .arg(r.count)
                        .arg(qs(r.purpose).toHtmlEscaped())
                        .arg(r.cpuCores)
                        .arg(r.ramGb)
                        .arg(r.diskGb)
                        .arg(roleList(r.roles)));
    return rows.join(QStringLiteral("<br>"));
}

QString names(const Topology& topology, const std::vector<std::string>& ids)
{
    QStringList list;
    for (const std::string& id : ids)
        list.append(elementName(topology, id));
    return list.join(QStringLiteral(", "));
}

} // namespace

SizingDock::SizingDock(QWidget* parent)
    : QDockWidget(tr("Sizing advisor"), parent), m_environment(new EnvironmentChooser),
      m_recommendation(new QLabel), m_arithmetic(new QLabel), m_status(new QLabel),
      m_apply(new QPushButton(tr("Apply")))
{
    setObjectName(QStringLiteral("sizingDock"));
    setAccessibleName(tr("Sizing advisor"));
    m_environment->setObjectName(QStringLiteral("sizingEnvironment"));
    m_environment->setAccessibleName(tr("Environment to size"));
    m_environment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_environment->setMinimumContentsLength(8);
    m_recommendation->setObjectName(QStringLiteral("sizingRecommendation"));
    m_recommendation->setTextFormat(Qt::RichText);
    m_recommendation->setWordWrap(true);
    m_arithmetic->setObjectName(QStringLiteral("sizingArithmetic"));
    m_arithmetic->setWordWrap(true);
    m_arithmetic->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_arithmetic->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_status->setObjectName(QStringLiteral("sizingStatus"));
    m_status->setWordWrap(true);
    m_apply->setObjectName(QStringLiteral("applySizingButton"));

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    auto* form = new QFormLayout;
    form->addRow(tr("Environment"), m_environment);
    layout->addLayout(form);
    auto* recommendationTitle = new QLabel(tr("<b>Recommendation</b>"));
    layout->addWidget(recommendationTitle);
    layout->addWidget(m_recommendation);
    auto* arithmeticTitle = new QLabel(tr("<b>How it is worked out</b>"));
    layout->addWidget(arithmeticTitle);
    layout->addWidget(m_arithmetic);
    layout->addWidget(m_status);
    layout->addWidget(m_apply, 0, Qt::AlignLeft);
    layout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    // Text wraps to the dock's width instead of scrolling sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    setWidget(scroll);

    m_refresh = dockRefresh(this, [this](const DocumentChange& change) {
        if (m_drawn.needsRedraw(m_document, change, {environment()}))
            refresh();
    });
    refreshOnChooser(m_environment, m_refresh);
    connect(m_apply, &QPushButton::clicked, this, &SizingDock::apply);
    setDocument(nullptr);
}

void SizingDock::setDocument(Document* document)
{
    m_document = document;
    widget()->setEnabled(document != nullptr);
    m_environment->setDocument(document);
    m_environment->followSelection();
    m_refresh->scheduleReset();
    m_refresh->flush();
}

std::string SizingDock::environment() const
{
    return m_environment->environment();
}

void SizingDock::setEnvironment(const std::string& environmentId)
{
    m_environment->choose(environmentId);
}

void SizingDock::refresh()
{
    // Each text is set once, to its new value: a label set to what it shows stays as it is,
    // so an edit that leaves the advice alone lays out and repaints nothing.
    const SizingTexts texts = describe();
    m_recommendation->setText(texts.recommendation);
    m_recommendation->setToolTip(texts.recommendationTip);
    m_arithmetic->setText(texts.arithmetic);
    m_status->setText(texts.status);
    m_apply->setToolTip(texts.applyTip);
    m_apply->setEnabled(texts.applicable);
}

SizingDock::SizingTexts SizingDock::describe() const
{
    SizingTexts texts;
    const Environment* env =
        m_document ? findById(m_document->topology().environments, environment()) : nullptr;
    if (!env)
        return texts;
    const Topology& t = m_document->topology();
    // The advice of the environment's analysis, the one `topology-cli analyze` prints.
    const SizingAdvice& advice = m_document->analysis(env->id)->sizing;
    QStringList lines;
    for (const std::string& line : advice.lines)
        lines.append(QStringLiteral("• ") + qs(line));
    texts.arithmetic = lines.join(QLatin1Char('\n'));
    texts.applyTip = tr("Apply sizing to %1: grow and add servers to match the "
                        "recommendation (one undo step)")
                         .arg(qs(displayName(*env)));
    if (advice.servers.empty()) {
        texts.recommendation = tr("No recommendation.");
        texts.status = env->purpose == Purpose::Development
                           ? tr("Nothing to apply: set at least 5 active developers on the "
                                "environment to size it.")
                           : tr("Nothing to apply: set the expected requests per second on "
                                "the environment to size it.");
        return texts;
    }
    texts.recommendation = recommendationText(advice);
    texts.recommendationTip = texts.arithmetic;
    const SizingPlan change = planSizing(t, advice);
    if (change.empty()) {
        texts.status = tr("The environment already matches the recommendation.");
        return texts;
    }
    QStringList effects;
    if (change.added > 0)
        effects.append(change.added == 1 ? tr("adds 1 server")
                                         : tr("adds %1 servers").arg(change.added));
    if (!change.resized.empty())
        effects.append(tr("grows %1").arg(names(t, change.resized)));
    texts.status = tr("Applying it %1.").arg(effects.join(tr(" and ")));
    texts.applicable = true;
    return texts;
}

void SizingDock::apply()
{
    const Environment* env =
        m_document ? findById(m_document->topology().environments, environment()) : nullptr;
    if (!env)
        return;
    const Topology& t = m_document->topology();
    SizingChange change = applySizing(t, m_document->analysis(env->id)->sizing);
    if (change.empty())
        return;
    m_document->apply(std::move(change.patch), tr("Apply sizing to %1").arg(qs(displayName(*env))));
}

} // namespace topo
