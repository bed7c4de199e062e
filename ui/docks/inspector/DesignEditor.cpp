#include "ui/docks/inspector/DesignEditor.h"

#include "ui/docks/inspector/FieldWidgets.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace topo {

namespace {

QDoubleSpinBox* makeSpin(double maximum, int decimals, QWidget* parent)
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setRange(0, maximum);
    spin->setDecimals(decimals);
    return spin;
}

void showDouble(QDoubleSpinBox* spin, double value)
{
    const QSignalBlocker blocker(spin);
    spin->setValue(value);
}

} // namespace

DesignEditor::DesignEditor(Document* document, QWidget* parent)
    : ElementEditor(document, parent), m_name(new ValidatedLineEdit(checkName, this)),
      m_description(new QPlainTextEdit(this)), m_scope(new QComboBox(this)),
      m_availability(makeSpin(1, 4, this)), m_rpsReactive(makeSpin(100000, 1, this)),
      m_rpsTraditional(makeSpin(100000, 1, this))
{
    setObjectName(QStringLiteral("designEditor"));
    m_name->lineEdit()->setObjectName(QStringLiteral("designName"));
    m_name->lineEdit()->setAccessibleName(tr("Design name"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setMaximumHeight(100);
    m_scope->setAccessibleName(tr("Scope"));
    fillSpellingCombo(m_scope, kScopeSpellings);
    m_availability->setSingleStep(0.001);
    m_availability->setAccessibleName(tr("Server availability"));
    m_rpsReactive->setSuffix(tr(" req/s"));
    m_rpsReactive->setAccessibleName(tr("Requests per second per core, reactive"));
    m_rpsTraditional->setSuffix(tr(" req/s"));
    m_rpsTraditional->setAccessibleName(tr("Requests per second per core, traditional"));

    form()->addRow(tr("Name:"), m_name);
    form()->addRow(tr("Description:"), m_description);
    form()->addRow(tr("Scope:"), m_scope);
    form()->addRow(tr("Server availability:"), m_availability);
    form()->addRow(tr("Per core, reactive:"), m_rpsReactive);
    form()->addRow(tr("Per core, traditional:"), m_rpsTraditional);

    connect(m_name, &ValidatedLineEdit::edited, this, [this](const QString& text) {
        editHeader([&](DesignHeader& h) { h.name = ss(text); },
                   tr("Rename the design to %1").arg(text), Field::DesignName);
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        const std::string text = ss(m_description->toPlainText());
        editHeader([&](DesignHeader& h) { h.description = text; },
                   tr("Edit the design description"), Field::DesignDescription);
    });
    connect(m_scope, &QComboBox::activated, this, [this](int) {
        const auto scope = parseEnum<Scope>(ss(m_scope->currentData().toString()));
        editHeader([&](DesignHeader& h) { h.scope = scope.value_or(Scope::Infrastructure); },
                   tr("Set the design scope to %1").arg(m_scope->currentText()),
                   Field::DesignScope);
    });
    connect(m_availability, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        editHeader([&](DesignHeader& h) { h.assumptions.serverAvailability = v; },
                   tr("Set server availability to %1").arg(v), Field::Availability);
    });
    connect(m_rpsReactive, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        editHeader([&](DesignHeader& h) { h.assumptions.requestsPerSecondPerCore.reactive = v; },
                   tr("Set reactive requests per core to %1").arg(v), Field::RpsReactive);
    });
    connect(m_rpsTraditional, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        editHeader([&](DesignHeader& h) { h.assumptions.requestsPerSecondPerCore.traditional = v; },
                   tr("Set traditional requests per core to %1").arg(v), Field::RpsTraditional);
    });
}

template <typename F> void DesignEditor::editHeader(F mutate, const QString& text, Field field)
{
    const DesignHeader before = headerOf(topology());
    DesignHeader after = before;
    mutate(after);
    if (after == before)
        return;
    TopologyPatch patch;
    patch.setHeader(before, after);
    commit(std::move(patch), text, field);
}

void DesignEditor::refresh()
{
    const Topology& t = topology();
    setTitle(tr("Design"));
    m_name->showValue(qs(t.name));
    if (m_description->toPlainText() != qs(t.description)) {
        const QSignalBlocker blocker(m_description);
        m_description->setPlainText(qs(t.description));
    }
    selectComboData(m_scope, qs(toString(t.scope)));
    showDouble(m_availability, t.assumptions.serverAvailability);
    showDouble(m_rpsReactive, t.assumptions.requestsPerSecondPerCore.reactive);
    showDouble(m_rpsTraditional, t.assumptions.requestsPerSecondPerCore.traditional);
}

} // namespace topo
