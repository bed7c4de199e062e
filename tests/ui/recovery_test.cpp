// Crash recovery end to end: a designer process makes edits, autosaves, is killed (SIGKILL on
// POSIX, TerminateProcess on Windows); a new process recovers the autosave and the edits are
// all there.
#include "UiTestSupport.h"

#include "editor/files/TopologyFile.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace topo;
using namespace topo::test;

namespace {

constexpr int kTimeoutMs = 30000;

// The designer with its settings, data (autosaves) and runtime files in `root`.
QProcessEnvironment isolatedEnvironment(const QString& root)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), root);
    env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + QStringLiteral("/runtime"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

// The folder the designer keeps its autosaves in, for a designer run with
// isolatedEnvironment(root). Windows finds it through the user's profile, whatever the
// environment says: the test then uses the profile's own folder, emptied first (the Windows
// tests run in a Wine prefix of their own).
QString designerDataFolder(const QString& root)
{
#ifdef _WIN32
    Q_UNUSED(root);
    const QString folder = QDir::fromNativeSeparators(qEnvironmentVariable("LOCALAPPDATA")) +
                           QStringLiteral("/TopologyDesigner/Topology Designer");
    QDir(folder + QStringLiteral("/autosave")).removeRecursively();
    return folder;
#else
    return root + QStringLiteral("/data");
#endif
}

// Autosaved designs under `dataDir` (sidecars excluded).
QStringList autosavedDesigns(const QString& dataDir)
{
    QStringList found;
    QDirIterator it(dataDir, {QStringLiteral("*.topology.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}

bool anyContains(const QStringList& files, const QByteArray& text)
{
    for (const QString& path : files) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            return true;
    }
    return false;
}

} // namespace

TEST(RecoveryTest, EditsSurviveAKillAndAreRecoveredByTheNextProcess)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const QString design = root.filePath(QStringLiteral("design.topology.json"));
    ASSERT_TRUE(QFile::copy(fixturePath(QStringLiteral("factory-standard")), design));
    QFile original(design);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QByteArray originalBytes = original.readAll();
    original.close();
    QDir().mkpath(root.filePath(QStringLiteral("runtime")));

    // Session 1: two edits through the document, autosave every second, then killed.
    const QString edits = root.filePath(QStringLiteral("edits.json"));
    ASSERT_TRUE(writeBytes(edits, R"([{"do": "add-server", "environment": "qa", "x": 660, "y": 200},
                                     {"do": "rename-design", "name": "Edited before the crash"}])"));
    QProcess first;
    first.setProcessEnvironment(isolatedEnvironment(root.path()));
    first.start(QStringLiteral(TOPO_DESIGNER_PATH),
                {design, QStringLiteral("--autosave-interval"), QStringLiteral("1"),
                 QStringLiteral("--script"), edits});
    ASSERT_TRUE(first.waitForStarted(kTimeoutMs));
    QElapsedTimer clock;
    clock.start();
    const QString dataDir = designerDataFolder(root.path());
    bool autosaved = false;
    while (!autosaved && clock.elapsed() < kTimeoutMs && first.state() == QProcess::Running) {
        first.waitForReadyRead(200);
        autosaved = anyContains(autosavedDesigns(dataDir), "Edited before the crash");
    }
    ASSERT_TRUE(autosaved) << first.readAllStandardError().toStdString();
    first.kill();
    ASSERT_TRUE(first.waitForFinished(kTimeoutMs));
    EXPECT_EQ(first.exitStatus(), QProcess::CrashExit);
    // The user's file was never touched: autosaves live in the data folder.
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    EXPECT_EQ(original.readAll(), originalBytes);
    original.close();

    // Session 2: recovers, saves the recovered design elsewhere and quits normally.
    const QString recovered = root.filePath(QStringLiteral("recovered.topology.json"));
    const QString saveAndQuit = root.filePath(QStringLiteral("save.json"));
    ASSERT_TRUE(writeBytes(saveAndQuit, QStringLiteral(R"([{"do": "save-as", "path": "%1"},
                                                          {"do": "quit"}])")
                                            .arg(recovered)
                                            .toUtf8()));
    QProcess second;
    second.setProcessEnvironment(isolatedEnvironment(root.path()));
    second.start(QStringLiteral(TOPO_DESIGNER_PATH),
                 {QStringLiteral("--recover-all"), QStringLiteral("--script"), saveAndQuit});
    ASSERT_TRUE(second.waitForFinished(kTimeoutMs));
    EXPECT_EQ(second.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(second.exitCode(), 0) << second.readAllStandardError().toStdString();

    const FileLoadResult result = loadTopologyFile(recovered);
    ASSERT_TRUE(result.ok()) << result.errorText.toStdString();
    EXPECT_EQ(result.topology->name, "Edited before the crash");
    int qaServers = 0;
    for (const Server& s : result.topology->servers)
        qaServers += s.environment == "qa" ? 1 : 0;
    EXPECT_EQ(qaServers, 2);
    // Recovered, saved and closed cleanly: nothing is left to recover.
    EXPECT_TRUE(autosavedDesigns(dataDir).isEmpty())
        << autosavedDesigns(dataDir).join(QLatin1Char(' ')).toStdString();
}
