#include "ui/main/DesignTemplates.h"

#include <QCoreApplication>

namespace topo {

namespace {

QString trTemplate(const char* text)
{
    return QCoreApplication::translate("topo::DesignTemplates", text);
}

} // namespace

QList<DesignTemplate> designTemplates()
{
    const auto path = [](const char* name) {
        return QStringLiteral(":/templates/%1.topology.json").arg(QLatin1String(name));
    };
    return {
        {path("factory-standard"), trTemplate("Standard factory (LifeTime, Dev, QA, Production)")},
        {path("example-1-nonproduction"), trTemplate("Example 1: non-production environment")},
        {path("example-2-production-farm"), trTemplate("Example 2: production farm")},
        {path("example-3-lifetime"), trTemplate("Example 3: LifeTime")},
        {path("example-4-production-zones"), trTemplate("Example 4: production with zones")},
    };
}

Topology blankDesign()
{
    Topology topology;
    topology.name = trTemplate("Untitled design").toStdString();
    Environment development;
    development.id = "dev";
    development.name = trTemplate("Development").toStdString();
    development.purpose = Purpose::Development;
    topology.environments.push_back(std::move(development));
    return topology;
}

} // namespace topo
