#pragma once

#include <QString>
#include <Qt>

#include <functional>

class QWidget;

namespace topo::test {

// Where the keyboard's next key goes: an open popup menu, else the focus widget, else the
// active modal dialog or window.
QWidget* keyTarget();

// Presses and releases a key on keyTarget(), as a keyboard would, and lets events run.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
// Types text into keyTarget(), one key per character.
void type(const QString& text);

// Presses `key` (Tab by default) until `reached` holds, at most `limit` times; true when it
// held.
bool pressUntil(const std::function<bool()>& reached, int key = Qt::Key_Tab,
                Qt::KeyboardModifiers modifiers = Qt::NoModifier, int limit = 60);

// Once a popup menu opens (QMenu::exec), walks it with the Down key to the action named
// `objectName` and presses Return; Escape when it has no such action. Call before the
// event that opens the menu; `found` tells afterwards whether the action was there. Once the
// menu closes, its window is active again, as a window manager would make it.
void chooseInNextMenu(const QString& objectName, bool* found);

// Once a file dialog opens and has the keyboard, types `path` into its focused file name field
// and presses Return (again while a completion popup took the first one); when it closes,
// its window is active again, as a window manager would make it.
void answerNextFileDialog(const QString& path);

} // namespace topo::test
