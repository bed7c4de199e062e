#include "ui/docks/inspector/DatabaseEditor.h"

#include "core/rules/PlatformSoftware.h"
#include "ui/docks/inspector/FieldWidgets.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>

#include <algorithm>

namespace topo {

namespace {

constexpr int kEnvRole = Qt::UserRole + 1;
constexpr int kMaxNodes = 64;

} // namespace

DatabaseEditor::DatabaseEditor(Document* document, QWidget* parent)
    : ElementEditor(document, parent), m_name(new ValidatedLineEdit(checkName, this)),
      m_engine(new QComboBox(this)), m_nodes(makeNodesSpin(kMaxNodes, this)),
      m_haMode(new QComboBox(this)),
      m_singleEndpoint(new QCheckBox(tr("Single endpoint (listener, cluster name)"), this)),
      m_catalogs(new QTableWidget(this)), m_hardware(new HardwareRows(this)),
      m_site(new QComboBox(this)), m_version(new TextChoice(tr("Engine version"), this)),
      m_edition(new TextChoice(tr("Edition"), this)),
      m_serviceTier(new TextChoice(tr("Service tier"), this)),
      m_timezone(new TextChoice(tr("Time zone"), this))
{
    setObjectName(QStringLiteral("databaseEditor"));
    m_name->lineEdit()->setObjectName(QStringLiteral("databaseName"));
    m_name->lineEdit()->setAccessibleName(tr("Database name"));
    m_engine->setAccessibleName(tr("Engine"));
    fillSpellingCombo(m_engine, kDbEngineSpellings);
    m_nodes->setAccessibleName(tr("Nodes"));
    m_haMode->setAccessibleName(tr("High availability mode"));
    fillSpellingCombo(m_haMode, kDbHaModeSpellings);
    m_catalogs->setObjectName(QStringLiteral("catalogs"));
    m_catalogs->setAccessibleName(tr("Catalogs"));
    m_catalogs->setColumnCount(static_cast<int>(kCatalogKindSpellings.size()));
    QStringList headers;
    for (const auto& kind : kCatalogKindSpellings)
        headers << spellingLabel(kind.text);
    m_catalogs->setHorizontalHeaderLabels(headers);
    m_catalogs->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_catalogs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_catalogs->setMinimumHeight(110);
    m_site->setAccessibleName(tr("Site"));

    form()->addRow(tr("Name:"), m_name);
    form()->addRow(tr("Engine:"), m_engine);
    form()->addRow(tr("Nodes:"), m_nodes);
    form()->addRow(tr("HA mode:"), m_haMode);
    form()->addRow(QString(), m_singleEndpoint);
    form()->addRow(tr("Catalogs:"), m_catalogs);
    m_hardware->addRows(form());
    form()->addRow(tr("Site:"), m_site);
    form()->addRow(tr("Version:"), m_version);
    form()->addRow(tr("Edition:"), m_edition);
    form()->addRow(tr("Service tier:"), m_serviceTier);
    form()->addRow(tr("Time zone:"), m_timezone);
    m_timezone->lineEdit()->setPlaceholderText(tr("e.g. UTC"));

    connect(m_name, &ValidatedLineEdit::edited, this, [this](const QString& text) {
        editEach<Database>([&](Database& d) { d.name = ss(text); },
                           tr("Rename %1 to %2").arg(subjectLabel(tr("databases")), text),
                           Field::DbName);
    });
    connect(m_engine, &QComboBox::activated, this, [this](int) {
        const auto engine = parseEnum<DbEngine>(ss(m_engine->currentData().toString()));
        editEach<Database>([&](Database& d) { d.engine = engine.value_or(DbEngine::SqlServer); },
                           tr("Set engine of %1 to %2")
                               .arg(subjectLabel(tr("databases")), m_engine->currentText()),
                           Field::DbEngine);
    });
    connect(m_nodes, &QSpinBox::valueChanged, this, [this](int v) {
        editEach<Database>([v](Database& d) { d.nodes = v; },
                           tr("Set %1 to %2 nodes").arg(subjectLabel(tr("databases"))).arg(v),
                           Field::DbNodes);
    });
    connect(m_haMode, &QComboBox::activated, this, [this](int) {
        const auto mode = parseEnum<DbHaMode>(ss(m_haMode->currentData().toString()));
        editEach<Database>([&](Database& d) { d.haMode = mode.value_or(DbHaMode::None); },
                           tr("Set HA mode of %1 to %2")
                               .arg(subjectLabel(tr("databases")), m_haMode->currentText()),
                           Field::DbHa);
    });
    connect(m_singleEndpoint, &QCheckBox::clicked, this, [this](bool on) {
        editEach<Database>(
            [on](Database& d) { d.singleEndpoint = on; },
            (on ? tr("Reach %1 through one endpoint") : tr("Reach %1 through several endpoints"))
                .arg(subjectLabel(tr("databases"))),
            Field::DbEndpoint);
    });
    connect(m_catalogs, &QTableWidget::itemChanged, this, &DatabaseEditor::onCatalogChanged);
    bindHardware<Database>(m_hardware, tr("databases"));
    bindSite<Database>(m_site, tr("databases"));
    bindText<Database>(m_version, &Database::version, tr("version"), tr("databases"),
                       Field::DbVersion);
    bindText<Database>(m_edition, &Database::edition, tr("edition"), tr("databases"),
                       Field::DbEdition);
    bindText<Database>(m_serviceTier, &Database::serviceTier, tr("service tier"), tr("databases"),
                       Field::DbServiceTier);
    bindText<Database>(m_timezone, &Database::timezone, tr("time zone"), tr("databases"),
                       Field::DbTimezone);
}

void DatabaseEditor::showSoftware(const Database& d)
{
    // What the engine supports (OutSystems system requirements); Azure SQL has a service tier
    // instead of a version and an edition.
    const bool azure = d.engine == DbEngine::AzureSql;
    const bool oracle = d.engine == DbEngine::Oracle;
    m_version->setSuggestions(azure    ? QStringList()
                              : oracle ? suggestionList(kOracleVersions)
                                       : suggestionList(kSqlServerVersions));
    m_edition->setSuggestions(oracle
                                  ? suggestionList(kOracleEditions)
                                  : QStringList{QStringLiteral("web"), QStringLiteral("standard"),
                                                QStringLiteral("enterprise")});
    m_serviceTier->setSuggestions(azure ? suggestionList(kAzureServiceTiers) : QStringList());
    m_version->lineEdit()->setPlaceholderText(azure    ? tr("not used for Azure SQL")
                                              : oracle ? tr("e.g. 19c")
                                                       : tr("e.g. 2022"));
    m_serviceTier->lineEdit()->setPlaceholderText(azure ? tr("e.g. S3") : tr("Azure SQL only"));
    m_timezone->setSuggestions(timezoneSuggestions(topology()));
    m_version->showValue(qs(d.version));
    m_edition->showValue(qs(d.edition));
    m_serviceTier->showValue(qs(d.serviceTier));
    m_timezone->showValue(qs(d.timezone));
}

void DatabaseEditor::onCatalogChanged(QTableWidgetItem* item)
{
    const std::string env = ss(item->data(kEnvRole).toString());
    const CatalogKind kind = kCatalogKindSpellings[static_cast<std::size_t>(item->column())].value;
    const bool on = item->checkState() == Qt::Checked;
    const QString what = tr("%1 %2 catalog")
                             .arg(m_catalogs->verticalHeaderItem(item->row())->text(),
                                  spellingLabel(toString(kind)).toLower());
    editEach<Database>(
        [&](Database& d) {
            auto matches = [&](const Catalog& c) { return c.environment == env && c.kind == kind; };
            const bool has = std::any_of(d.catalogs.begin(), d.catalogs.end(), matches);
            if (on && !has)
                d.catalogs.push_back(Catalog{env, kind, emptyExtra()});
            else if (!on)
                d.catalogs.erase(std::remove_if(d.catalogs.begin(), d.catalogs.end(), matches),
                                 d.catalogs.end());
        },
        (on ? tr("Put the %1 on %2") : tr("Take the %1 off %2"))
            .arg(what, subjectLabel(tr("databases"))),
        Field::DbCatalogs);
}

void DatabaseEditor::showCatalogs(const Database& database)
{
    const QSignalBlocker blocker(m_catalogs);
    const auto& environments = topology().environments;
    m_catalogs->setRowCount(static_cast<int>(environments.size()));
    for (int row = 0; row < static_cast<int>(environments.size()); ++row) {
        const Environment& environment = environments[static_cast<std::size_t>(row)];
        m_catalogs->setVerticalHeaderItem(row, new QTableWidgetItem(qs(environment.name)));
        for (int column = 0; column < m_catalogs->columnCount(); ++column) {
            const CatalogKind kind = kCatalogKindSpellings[static_cast<std::size_t>(column)].value;
            const bool has = std::any_of(
                database.catalogs.begin(), database.catalogs.end(), [&](const Catalog& c) {
                    return c.environment == environment.id && c.kind == kind;
                });
            auto* item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setData(kEnvRole, qs(environment.id));
            item->setCheckState(has ? Qt::Checked : Qt::Unchecked);
            m_catalogs->setItem(row, column, item);
        }
    }
}

void DatabaseEditor::refresh()
{
    const Database* d = findById(topology().databases, firstId());
    if (!d)
        return;
    setTitle(tr("Database %1").arg(qs(d->name)));
    m_name->showValue(qs(d->name));
    selectComboData(m_engine, qs(toString(d->engine)));
    {
        const QSignalBlocker b1(m_nodes);
        const QSignalBlocker b2(m_singleEndpoint);
        m_nodes->setValue(static_cast<int>(d->nodes));
        m_singleEndpoint->setChecked(d->singleEndpoint);
    }
    selectComboData(m_haMode, qs(toString(d->haMode)));
    showCatalogs(*d);
    m_hardware->show(d->hardware);
    fillSiteCombo(m_site);
    selectComboData(m_site, qs(d->site));
    showSoftware(*d);
}

} // namespace topo
