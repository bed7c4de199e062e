#include "Icons.h"

#include <QHash>

namespace topo {

QIcon designerIcon(const QString& name)
{
    // Rendering an SVG icon is not free: keep one QIcon per name.
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *it;
}

QIcon severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return designerIcon(QStringLiteral("error"));
    case Severity::Warning:
        return designerIcon(QStringLiteral("warning"));
    case Severity::Info:
        break;
    }
    return designerIcon(QStringLiteral("info"));
}

} // namespace topo
