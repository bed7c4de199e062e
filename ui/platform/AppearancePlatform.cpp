#include "ui/platform/AppearancePlatform.h"

#include <QSettings>
#include <QtGlobal>

namespace topo::platform {

#ifdef Q_OS_WIN

void prepareAppearance()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "windows:darkmode=1");
}

std::optional<bool> systemPrefersDark()
{
    const QSettings personalize(
        QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\"
                       "Themes\\Personalize"),
        QSettings::NativeFormat);
    const QVariant light = personalize.value(QStringLiteral("AppsUseLightTheme"));
    if (!light.isValid())
        return false; // Windows before 10 and Wine: light
    return light.toInt() == 0;
}

#else

void prepareAppearance() {}

std::optional<bool> systemPrefersDark()
{
    return std::nullopt;
}

#endif

} // namespace topo::platform
