#include "KeySupport.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QMenu>
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
    whenReady([] { return qobject_cast<QMenu*>(QApplication::activePopupWidget()); },
              [objectName, found](QWidget* widget) {
                  auto* menu = static_cast<QMenu*>(widget);
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

void answerNextFileDialog(const QString& path)
{
    whenReady([] { return qobject_cast<QFileDialog*>(QApplication::activeModalWidget()); },
              [path](QWidget* dialog) {
                  // A dialog the keys did not close fails the test instead of hanging it.
                  QTimer::singleShot(15000, dialog, [dialog] {
                      if (dialog->isVisible())
                          static_cast<QDialog*>(dialog)->reject();
                  });
                  QTest::keyClick(keyTarget(), Qt::Key_A, Qt::ControlModifier);
                  type(path);
                  for (int i = 0; i < 3 && dialog->isVisible(); ++i) {
                      QTest::keyClick(keyTarget(), Qt::Key_Return);
                      QApplication::processEvents();
                  }
              });
}

} // namespace topo::test
