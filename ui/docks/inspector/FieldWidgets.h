#pragma once

#include <QComboBox>
#include <QLineEdit>
#include <QString>
#include <QWidget>

#include <functional>
#include <string_view>

class QLabel;
class QSpinBox;
class QDoubleSpinBox;

namespace topo {

// Says why a text is refused, or returns an empty string when it is acceptable.
using FieldCheck = std::function<QString(const QString&)>;

QString checkName(const QString& text);     // not empty, not too long
QString checkHostName(const QString& text); // a host name: letters, digits, '.', '-', '_'
QString checkAddress(const QString& text);  // a host name or "" (no scheme, port or path)
QString checkVersion(const QString& text);  // "" or dotted numbers like 4.1.2

// A line edit that refuses invalid input where it is typed: a red outline and a message
// under it; edited() is only emitted for acceptable text.
class ValidatedLineEdit : public QWidget {
    Q_OBJECT
public:
    explicit ValidatedLineEdit(FieldCheck check, QWidget* parent = nullptr);

    QLineEdit* lineEdit() const { return m_edit; }
    QString errorText() const;
    // Shows the model's value; clears any refusal unless the user is typing this very text.
    void showValue(const QString& text);

Q_SIGNALS:
    void edited(const QString& text);

private:
    void onTextEdited(const QString& text);
    void setError(const QString& error);

    FieldCheck m_check;
    QLineEdit* m_edit;
    QLabel* m_error;
};

// A spin box for counts of cores, GB of RAM or disk, with units and sane ranges.
QSpinBox* makeCoresSpin(QWidget* parent);
QDoubleSpinBox* makeGbSpin(double maximum, QWidget* parent);
// A spin box of cluster nodes, 1 to `maximum`: "1 node", "3 nodes".
QSpinBox* makeNodesSpin(int maximum, QWidget* parent);

// Fills a combo with the spellings of an enum's values (the spelling is the item data) shown
// with readable labels.
void addSpellingItem(QComboBox* combo, std::string_view spelling);

template <typename Spellings> void fillSpellingCombo(QComboBox* combo, const Spellings& spellings)
{
    for (const auto& s : spellings)
        addSpellingItem(combo, s.text);
}

// The readable label of a file spelling ("always-on-ag" -> "Always On availability group").
QString spellingLabel(std::string_view spelling);

// Selects the item whose data equals `data` without emitting signals.
void selectComboData(QComboBox* combo, const QString& data);

} // namespace topo
