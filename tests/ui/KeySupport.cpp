#include "KeySupport.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QMenu>
#include <QPointer>
#include <QTest>
#include <QTimer>

namespace topo::test {
namespace {

// Runs `act` once `ready` gives a widget, polling from the event loop (a nested one too).
void whenReady(const std::function<QWidget*()>& ready, const std::function<void(QWidget*)>& act,
               int attempts = 200)
{
    QTimer::singleShot(20, [ready, act, attempts] {
        if (QWidget* widget = ready())
            act(widget);
        else if (attempts > 0)
            whenReady(ready, act, attempts - 1);
    });
}

// The window the keyboard goes back to once `closing` (a menu or dialog) is hidden: the one
// it belongs to, else `fallback`.
QPointer<QWidget> windowBelow(QWidget* closing, QWidget* fallback)
{
    return closing->parentWidget() ? closing->parentWidget()->window() : fallback;
}

// A window manager gives the keyboard back to the window below a closed menu or dialog. The
// offscreen platform activates a popup menu too and, once it is gone, may leave no window
// active (when the popup's activation arrives late): so the window is activated here. The
// activation is queued, after any still pending for the popup.
void giveBackTheKeyboard(const QPointer<QWidget>& window)
{
    if (window)
        window->activateWindow();
}

} // namespace

QWidget* keyTarget()
{
    if (QWidget* popup = QApplication::activePopupWidget())
        return popup;
    if (QWidget* focus = QApplication::focusWidget())
        return focus;
    if (QWidget* modal = QApplication::activeModalWidget())
        return modal;
    return QApplication::activeWindow();
}

void press(int key, Qt::KeyboardModifiers modifiers)
{
    // A window that is being activated takes the key once it is active.
    (void)QTest::qWaitFor([] { return keyTarget() != nullptr; }, 1000);
    if (QWidget* target = keyTarget())
        QTest::keyClick(target, Qt::Key(key), modifiers);
    QApplication::processEvents();
}

void type(const QString& text)
{
    for (const QChar c : text) {
        if (QWidget* target = keyTarget())
            QTest::keyClick(target, c.toLatin1());
    }
    QApplication::processEvents();
}

bool pressUntil(const std::function<bool()>& reached, int key, Qt::KeyboardModifiers modifiers,
                int limit)
{
    for (int i = 0; i < limit && !reached(); ++i)
        press(key, modifiers);
    return reached();
}

void chooseInNextMenu(const QString& objectName, bool* found)
{
    *found = false;
    QPointer<QWidget> below = QApplication::activeWindow();
    whenReady([] { return qobject_cast<QMenu*>(QApplication::activePopupWidget()); },
              [objectName, found, below](QWidget* widget) {
                  auto* menu = static_cast<QMenu*>(widget);
                  QObject::connect(
                      menu, &QMenu::aboutToHide, menu,
                      [back = windowBelow(menu, below)] { giveBackTheKeyboard(back); },
                      Qt::SingleShotConnection);
                  const int actions = int(menu->actions().size());
                  for (int i = 0; i <= actions; ++i) {
                      if (menu->activeAction() &&
                          menu->activeAction()->objectName() == objectName) {
                          *found = true;
                          QTest::keyClick(menu, Qt::Key_Return);
                          return;
                      }
                      QTest::keyClick(menu, Qt::Key_Down);
                  }
                  QTest::keyClick(menu, Qt::Key_Escape);
              });
}

namespace {

// The file dialog once it has the keyboard. The offscreen platform (like a window manager)
// activates a new window only after it is shown: until then keys still reach the window
// below, and a path typed then lands in whatever field had the focus there.
QWidget* fileDialogWithTheKeyboard()
{
    auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
    if (!dialog || QApplication::activeWindow() != dialog ||
        !dialog->isAncestorOf(QApplication::focusWidget()))
        return nullptr;
    return dialog;
}

} // namespace

void answerNextFileDialog(const QString& path)
{
    whenReady(fileDialogWithTheKeyboard, [path](QWidget* widget) {
        auto* dialog = static_cast<QFileDialog*>(widget);
        // A dialog the keys did not close fails the test instead of hanging it.
        QTimer::singleShot(15000, dialog, [dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        QObject::connect(
            dialog, &QDialog::finished, dialog,
            [back = windowBelow(dialog, nullptr)] { giveBackTheKeyboard(back); },
            Qt::SingleShotConnection);
        press(Qt::Key_A, Qt::ControlModifier);
        type(path);
        // Return: the first one only closes the completion popup when it is open.
        for (int i = 0; i < 3 && dialog->isVisible(); ++i)
            press(Qt::Key_Return);
    });
}

} // namespace topo::test
