#pragma once

#include <QString>

#include <optional>
#include <type_traits>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace topo {

// How an inspector field shows several elements at once: their common value, or a mixed
// state when the values differ (nullopt below). A mixed field shows no value, so nothing
// reads as the value of all of them, and changes nothing until the user edits it; the edit
// then sets the field on every element.
//
// Mixed looks: a text field is empty with the placeholder "Mixed"; a number field reads
// a greyed "Mixed" (its lowest value, as a special text); a combo box has no current item and says
// "— mixed —"; a check box is partially checked.

// The value `get` gives for every item of `items` (pointers or iterators to elements), or
// nullopt when two differ or there are none.
template <typename Items, typename Get> auto commonValue(const Items& items, Get get)
{
    using Value = std::decay_t<decltype(get(**items.begin()))>;
    std::optional<Value> common;
    for (const auto& item : items) {
        Value value = get(*item);
        if (common && !(*common == value))
            return std::optional<Value>();
        common = std::move(value);
    }
    return common;
}

QString mixedText(); // "Mixed"

void showText(QLineEdit* edit, const std::optional<QString>& text);
void showNumber(QSpinBox* spin, std::optional<int> value);
void showNumber(QDoubleSpinBox* spin, std::optional<double> value);
// Selects the item with that data; none for a mixed value.
void showChoice(QComboBox* combo, const std::optional<QString>& data);
// Checked when `on` of `total` elements have the flag, unchecked when none, partially
// checked when some; a click then sets it on all.
void showCheck(QCheckBox* box, int on, int total);

} // namespace topo
