#include "ui/docks/inspector/TextChoice.h"

#include "ui/docks/inspector/MixedFields.h"

#include <QLineEdit>
#include <QSignalBlocker>

namespace topo {

TextChoice::TextChoice(const QString& accessibleName, QWidget* parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setAccessibleName(accessibleName);
    lineEdit()->setAccessibleName(accessibleName);
    connect(lineEdit(), &QLineEdit::textEdited, this, &TextChoice::edited);
    connect(this, &QComboBox::activated, this,
            [this](int index) { Q_EMIT edited(itemText(index)); });
}

void TextChoice::setSuggestions(const QStringList& values)
{
    QStringList unique;
    for (const QString& value : values)
        if (!value.trimmed().isEmpty() && !unique.contains(value, Qt::CaseInsensitive))
            unique.append(value);
    QStringList current;
    for (int i = 0; i < count(); ++i)
        current.append(itemText(i));
    if (current == unique)
        return;
    const QSignalBlocker blocker(this);
    const QString text = currentText();
    clear();
    addItems(unique);
    setEditText(text);
}

void TextChoice::showValue(const std::optional<QString>& text)
{
    const QSignalBlocker blocker(this);
    showText(lineEdit(), text);
}

QStringList timezoneSuggestions(const Topology& topology)
{
    // Always in the same order, whatever was picked last: the common Windows zones, then the
    // others the design uses, alphabetically.
    QStringList zones{QStringLiteral("UTC"),
                      QStringLiteral("GMT Standard Time"),
                      QStringLiteral("W. Europe Standard Time"),
                      QStringLiteral("Eastern Standard Time"),
                      QStringLiteral("Central Standard Time"),
                      QStringLiteral("Pacific Standard Time"),
                      QStringLiteral("India Standard Time"),
                      QStringLiteral("Tokyo Standard Time")};
    QStringList used;
    for (const Server& server : topology.servers)
        used.append(QString::fromStdString(server.timezone));
    for (const Database& database : topology.databases)
        used.append(QString::fromStdString(database.timezone));
    used.sort(Qt::CaseInsensitive);
    return zones + used;
}

} // namespace topo
