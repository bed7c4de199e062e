#include "ui/docks/inspector/FieldWidgets.h"

#include "core/io/Limits.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace topo {

namespace {

QString trField(const char* text)
{
    return QCoreApplication::translate("topo::FieldWidgets", text);
}

} // namespace

QString checkName(const QString& text)
{
    if (text.trimmed().isEmpty())
        return trField("A name is required.");
    if (static_cast<std::size_t>(text.size()) > Limits::kMaxStringChars)
        return trField("The name is too long.");
    return {};
}

QString checkHostName(const QString& text)
{
    const QString base = checkName(text);
    if (!base.isEmpty())
        return base;
    static const QRegularExpression host(QStringLiteral("^[A-Za-z0-9._-]+$"));
    if (!host.match(text).hasMatch())
        return trField("A host name has only letters, digits, '.', '-' and '_'.");
    return {};
}

QString checkAddress(const QString& text)
{
    if (text.contains(QLatin1Char(':')) || text.contains(QLatin1Char('/')))
        return trField("Give the host name only: no scheme, port or path (':' or '/').");
    if (text.contains(QLatin1Char(' ')))
        return trField("An address has no spaces.");
    return {};
}

QString checkVersion(const QString& text)
{
    static const QRegularExpression version(QStringLiteral("^\\d+(\\.\\d+){1,3}$"));
    if (!text.isEmpty() && !version.match(text).hasMatch())
        return trField("Write the version as numbers with dots, like 4.1.2.");
    return {};
}

ValidatedLineEdit::ValidatedLineEdit(FieldCheck check, QWidget* parent)
    : QWidget(parent), m_check(std::move(check)), m_edit(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_error->setObjectName(QStringLiteral("fieldError"));
    m_error->hide();
    connect(m_edit, &QLineEdit::textEdited, this, &ValidatedLineEdit::onTextEdited);
}

QString ValidatedLineEdit::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

void ValidatedLineEdit::showValue(const QString& text)
{
    if (m_edit->text() != text) {
        // A refused text stays where the user typed it until they change it.
        if (!m_error->text().isEmpty() && m_edit->hasFocus())
            return;
        const QSignalBlocker blocker(m_edit);
        m_edit->setText(text);
        // A long value reads from its start, not from where a cursor would append.
        if (!m_edit->hasFocus())
            m_edit->setCursorPosition(0);
    }
    setError({});
}

void ValidatedLineEdit::onTextEdited(const QString& text)
{
    const QString error = m_check ? m_check(text) : QString();
    setError(error);
    if (error.isEmpty())
        Q_EMIT edited(text);
}

void ValidatedLineEdit::setError(const QString& error)
{
    m_error->setText(error);
    m_error->setHidden(error.isEmpty());
    m_edit->setStyleSheet(error.isEmpty() ? QString()
                                          : QStringLiteral("border: 2px solid #d32f2f;"));
    m_edit->setToolTip(error);
}

QSpinBox* makeCoresSpin(QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(0, 512);
    spin->setSuffix(trField(" cores"));
    spin->setSpecialValueText(trField("not specified"));
    return spin;
}

QSpinBox* makeNodesSpin(int maximum, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(1, maximum);
    auto suffix = [spin](int value) {
        spin->setSuffix(value == 1 ? QSpinBox::tr(" node") : QSpinBox::tr(" nodes"));
    };
    suffix(spin->value());
    QObject::connect(spin, &QSpinBox::valueChanged, spin, suffix);
    return spin;
}

QDoubleSpinBox* makeGbSpin(double maximum, QWidget* parent)
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setRange(0, maximum);
    spin->setDecimals(0);
    spin->setSuffix(trField(" GB"));
    spin->setSpecialValueText(trField("not specified"));
    return spin;
}

QString spellingLabel(std::string_view spelling)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("infrastructure"),
         QT_TRANSLATE_NOOP("topo::FieldWidgets", "Infrastructure")},
        {QStringLiteral("fragment"), QT_TRANSLATE_NOOP("topo::FieldWidgets", "Fragment")},
        {QStringLiteral("development"), QT_TRANSLATE_NOOP("topo::FieldWidgets", "Development")},
        {QStringLiteral("non-production"),
         QT_TRANSLATE_NOOP("topo::FieldWidgets", "Non-production")},
        {QStringLiteral("production"), QT_TRANSLATE_NOOP("topo::FieldWidgets", "Production")},
        {QStringLiteral("lifetime"), QT_TRANSLATE_NOOP("topo::FieldWidgets", "LifeTime")},
        {QStringLiteral("reactive"), QT_TRANSLATE_NOOP("topo::FieldWidgets", "Reactive / mobile")},
        {QStringLiteral("traditional"), QT_TRANSLATE_NOOP("topo::FieldWidgets", "Traditional web")},
        {QStringLiteral("frontend"), QT_TRANSLATE_NOOP("topo::FieldWidgets", "Front-end")},
        {QStringLiteral("deploymentController"),
         QT_TRANSLATE_NOOP("topo::FieldWidgets", "Deployment controller")},
        {QStringLiteral("scheduler"), QT_TRANSLATE_NOOP("topo::FieldWidgets", "Scheduler")},
        {QStringLiteral("round-robin"), QT_TRANSLATE_NOOP("topo::FieldWidgets", "Round robin")},
        {QStringLiteral("least-connections"),
         QT_TRANSLATE_NOOP("topo::FieldWidgets", "Least connections")},
        {QStringLiteral("ratio"), QT_TRANSLATE_NOOP("topo::FieldWidgets", "Ratio")},
        {QStringLiteral("sqlserver"), QT_TRANSLATE_NOOP("topo::FieldWidgets", "SQL Server")},
        {QStringLiteral("azure-sql"), QT_TRANSLATE_NOOP("topo::FieldWidgets", "Azure SQL")},
        {QStringLiteral("oracle"), QT_TRANSLATE_NOOP("topo::FieldWidgets", "Oracle")},
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("topo::FieldWidgets", "None")},
        {QStringLiteral("always-on-ag"),
         QT_TRANSLATE_NOOP("topo::FieldWidgets", "Always On availability group")},
        {QStringLiteral("always-on-fci"),
         QT_TRANSLATE_NOOP("topo::FieldWidgets", "Always On failover cluster")},
        {QStringLiteral("mirroring"), QT_TRANSLATE_NOOP("topo::FieldWidgets", "Mirroring")},
        {QStringLiteral("log-shipping"), QT_TRANSLATE_NOOP("topo::FieldWidgets", "Log shipping")},
        {QStringLiteral("replication"), QT_TRANSLATE_NOOP("topo::FieldWidgets", "Replication")},
        {QStringLiteral("rac"), QT_TRANSLATE_NOOP("topo::FieldWidgets", "Oracle RAC")},
        {QStringLiteral("data-guard"), QT_TRANSLATE_NOOP("topo::FieldWidgets", "Data Guard")},
        {QStringLiteral("platform"), QT_TRANSLATE_NOOP("topo::FieldWidgets", "Platform")},
        {QStringLiteral("session"), QT_TRANSLATE_NOOP("topo::FieldWidgets", "Session")},
        {QStringLiteral("log"), QT_TRANSLATE_NOOP("topo::FieldWidgets", "Log")},
    };
    const QString key = QString::fromUtf8(spelling.data(), static_cast<qsizetype>(spelling.size()));
    const auto it = labels.find(key);
    return it == labels.end() ? key : trField(*it);
}

void addSpellingItem(QComboBox* combo, std::string_view spelling)
{
    combo->addItem(spellingLabel(spelling),
                   QString::fromUtf8(spelling.data(), static_cast<qsizetype>(spelling.size())));
}

void selectComboData(QComboBox* combo, const QString& data)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(data));
}

} // namespace topo
