#include "ui/platform/SettingsPlatform.h"

#include <QSettings>

namespace topo::platform {

void chooseSettingsStorage()
{
#ifdef Q_OS_WIN
    QSettings::setDefaultFormat(QSettings::IniFormat);
#endif
}

} // namespace topo::platform
