#include "HeadlessPlatform.h"

#include <QByteArray>
#include <QtGlobal>

#ifdef _WIN32
#include <QDir>
#include <QString>

#include <windows.h>
#endif

namespace topo::platform {

void chooseHeadlessPlatform()
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return;
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
#ifdef _WIN32
    if (!qEnvironmentVariableIsEmpty("QT_QPA_FONTDIR"))
        return;
    wchar_t windows[MAX_PATH];
    const UINT length = ::GetWindowsDirectoryW(windows, MAX_PATH);
    if (length == 0 || length >= MAX_PATH)
        return;
    const QString fonts =
        QDir(QString::fromWCharArray(windows, int(length))).filePath(QStringLiteral("Fonts"));
    qputenv("QT_QPA_FONTDIR", QDir::toNativeSeparators(fonts).toLocal8Bit());
#endif
}

} // namespace topo::platform
