#pragma once

#include "Fixtures.h"
#include "TestFiles.h"
#include "core/model/Json.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace topo::test {

// What one run of topology-cli did.
struct CliRun {
    bool finished = false; // exited normally within the time limit
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    QStringList outLines() const;
    QStringList errLines() const;
    QStringList allLines() const; // standard output, then standard error
    Json outJson() const;         // standard output parsed; a test failure when it is not JSON
};

// Runs the built topology-cli with `arguments`, waiting at most `timeoutMs`.
CliRun runCli(const QStringList& arguments, int timeoutMs = 60'000,
              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

Json expectedFindings(const std::string& name); // the "findings" of NAME.expected.json

} // namespace topo::test
