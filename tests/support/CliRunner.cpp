#include "CliRunner.h"

#include <QElapsedTimer>
#include <QProcess>

#include <gtest/gtest.h>

namespace topo::test {

namespace {

QStringList lines(const QByteArray& bytes)
{
    QStringList result = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    // The text ends with a line end: the last piece is not a line.
    if (!result.isEmpty() && result.constLast().isEmpty())
        result.removeLast();
    return result;
}

} // namespace

QStringList CliRun::outLines() const
{
    return lines(out);
}

QStringList CliRun::errLines() const
{
    return lines(err);
}

QStringList CliRun::allLines() const
{
    return outLines() + errLines();
}

Json CliRun::outJson() const
{
    try {
        return Json::parse(out.toStdString());
    } catch (const Json::exception& e) {
        ADD_FAILURE() << "standard output is not JSON: " << e.what() << "\n" << out.toStdString();
        return Json();
    }
}

CliRun runCli(const QStringList& arguments, int timeoutMs, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(TOPO_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted(timeoutMs)) {
        ADD_FAILURE() << "topology-cli did not start: " << process.errorString().toStdString();
        return run;
    }
    const bool exited = process.waitForFinished(timeoutMs);
    run.elapsedMs = timer.elapsed();
    if (!exited) {
        process.kill();
        process.waitForFinished();
    }
    run.finished = exited && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = run.finished ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Json expectedFindings(const std::string& name)
{
    const QString path =
        dataPath(QStringLiteral("fixtures/%1.expected.json").arg(QString::fromStdString(name)));
    return Json::parse(readBytes(path).toStdString()).at("findings");
}

} // namespace topo::test
