#include "ui/docks/inspector/MixedFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPalette>
#include <QSignalBlocker>
#include <QSpinBox>

namespace topo {

namespace {

// Where a field keeps the placeholder or special text it shows when it is not mixed.
constexpr const char* kOwnText = "topoOwnText";

QString trMixed(const char* text)
{
    return QCoreApplication::translate("topo::MixedFields", text);
}

// Swaps the widget's own text for the mixed one (and back), remembering its own.
template <typename Widget, typename Get, typename Set>
void showMixedText(Widget* widget, bool mixed, const QString& text, Get get, Set set)
{
    if (!widget->property(kOwnText).isValid())
        widget->setProperty(kOwnText, (widget->*get)());
    (widget->*set)(mixed ? text : widget->property(kOwnText).toString());
}

template <typename Spin, typename Value> void showSpin(Spin* spin, std::optional<Value> value)
{
    const QSignalBlocker blocker(spin);
    showMixedText(spin, !value, mixedText(), &Spin::specialValueText, &Spin::setSpecialValueText);
    spin->setValue(value ? *value : spin->minimum());
    // "Mixed" is a hint, not a value: greyed like the placeholders of the other fields.
    if (value) {
        spin->setPalette(QPalette()); // the window's again
    } else {
        QPalette palette = spin->palette();
        palette.setColor(QPalette::Text, palette.color(QPalette::PlaceholderText));
        spin->setPalette(palette);
    }
}

} // namespace

QString mixedText()
{
    return trMixed("Mixed");
}

void showText(QLineEdit* edit, const std::optional<QString>& text)
{
    showMixedText(edit, !text, mixedText(), &QLineEdit::placeholderText,
                  &QLineEdit::setPlaceholderText);
    const QString shown = text.value_or(QString());
    if (edit->text() != shown) {
        const QSignalBlocker blocker(edit);
        edit->setText(shown);
        // A long value reads from its start, not from where a cursor would append.
        if (!edit->hasFocus())
            edit->setCursorPosition(0);
    }
}

void showNumber(QSpinBox* spin, std::optional<int> value)
{
    showSpin(spin, value);
}

void showNumber(QDoubleSpinBox* spin, std::optional<double> value)
{
    showSpin(spin, value);
}

void showChoice(QComboBox* combo, const std::optional<QString>& data)
{
    const QSignalBlocker blocker(combo);
    combo->setPlaceholderText(trMixed("— mixed —"));
    combo->setCurrentIndex(data ? combo->findData(*data) : -1);
}

void showCheck(QCheckBox* box, int on, int total)
{
    const QSignalBlocker blocker(box);
    box->setTristate(on != 0 && on != total);
    box->setCheckState(on == 0 ? Qt::Unchecked : on == total ? Qt::Checked : Qt::PartiallyChecked);
}

} // namespace topo
