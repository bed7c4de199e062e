#include "WriteTargets.h"

#include <gtest/gtest.h>

namespace topo::test {

const QStringList kExportNames = {QStringLiteral("out.topology.json"), QStringLiteral("out.drawio"),
                                  QStringLiteral("out.svg"),           QStringLiteral("out.png"),
                                  QStringLiteral("out.pdf"),           QStringLiteral("out.html")};

QByteArray oldContent(const QString& name)
{
    return QByteArray("the previous ") + name.toUtf8() + " that must survive\n";
}

QString writeInput()
{
    return fixturePath("factory-standard");
}

CliRun exportTo(const QString& path)
{
    return runCli({QStringLiteral("export"), writeInput(), QStringLiteral("-o"), path});
}

CliRun upgradeTo(const QString& path)
{
    return runCli({QStringLiteral("upgrade"), writeInput(), QStringLiteral("-o"), path});
}

void expectRefusedWith(const CliRun& run, const QString& path, const QString& reason)
{
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    const QString err = QString::fromUtf8(run.err);
    EXPECT_TRUE(err.contains(path)) << err.toStdString();
    EXPECT_TRUE(err.contains(reason, Qt::CaseInsensitive)) << err.toStdString();
    EXPECT_FALSE(err.contains(QLatin1String("Unknown error"))) << err.toStdString();
}

} // namespace topo::test
