#include "ui/docks/inspector/SiteEditor.h"

#include "ui/docks/inspector/FieldWidgets.h"

#include <QFormLayout>

namespace topo {

SiteEditor::SiteEditor(Document* document, QWidget* parent)
    : ElementEditor(document, parent), m_name(new ValidatedLineEdit(checkName, this))
{
    setObjectName(QStringLiteral("siteEditor"));
    m_name->lineEdit()->setObjectName(QStringLiteral("siteName"));
    m_name->lineEdit()->setAccessibleName(tr("Site name"));
    form()->addRow(tr("Name:"), m_name);
    connect(m_name, &ValidatedLineEdit::edited, this, [this](const QString& text) {
        editEach<Site>([&](Site& s) { s.name = ss(text); },
                       tr("Rename %1 to %2").arg(subjectLabel(tr("sites")), text), Field::SiteName);
    });
}

void SiteEditor::refresh()
{
    const Site* site = findById(topology().sites, firstId());
    if (!site)
        return;
    setTitle(tr("Site %1").arg(qs(site->name)));
    m_name->showValue(qs(site->name));
}

} // namespace topo
