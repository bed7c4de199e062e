#include "EditorTestSupport.h"
#include "KilledLockOwner.h"

#include "core/edit/EditOperations.h"
#include "editor/document/Document.h"
#include "editor/recovery/Autosave.h"
#include "editor/recovery/RecoveryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

namespace topo {
namespace {

using test::placedFixture;
using test::saved;

class AutosaveTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        // Test mode keeps this inside the test's own standard paths. This process's own
        // lock stays: it is held for the whole run.
        RecoveryStore::claimInstance();
        QDir dir(RecoveryStore::directory());
        const QString own = QFileInfo(lockPath(RecoveryStore::instanceId())).fileName();
        for (const QString& name : dir.entryList(QDir::Files))
            if (name != own)
                dir.remove(name);
        QSettings().remove(QLatin1String(Autosave::kIntervalKey));
    }

    static void edit(Document& doc)
    {
        doc.apply(moveElements(doc.topology(), {doc.topology().servers.front().id}, 10, 10),
                  QStringLiteral("Move"));
    }

    static QJsonObject sidecar(const QString& path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    // Rewrites an autosave's owner, as if another process had written it.
    static void setOwner(const QString& sidecarPath, const QString& instance)
    {
        QJsonObject meta = sidecar(sidecarPath);
        meta.insert(QLatin1String(RecoveryStore::kInstanceKey), instance);
        QFile file(sidecarPath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(meta).toJson());
    }

    static QString lockPath(const QString& instance)
    {
        return RecoveryStore::directory() + QStringLiteral("/instance-") + instance +
               QStringLiteral(".lock");
    }
};

TEST_F(AutosaveTest, WritesOnlyWhileModifiedAndRemovesOnSave)
{
    EXPECT_TRUE(QStandardPaths::isTestModeEnabled());
    Document doc(placedFixture("example-2-production-farm"));
    doc.setFilePath(QStringLiteral("/home/user/farm.topology.json"));
    Autosave autosave(&doc);
    EXPECT_EQ(autosave.intervalSeconds(), 60);
    EXPECT_TRUE(autosave.designPath().startsWith(RecoveryStore::directory()));
    EXPECT_FALSE(autosave.saveNow()) << "nothing unsaved";
    EXPECT_FALSE(QFile::exists(autosave.designPath()));

    edit(doc);
    ASSERT_TRUE(autosave.saveNow());
    ASSERT_TRUE(QFile::exists(autosave.designPath()));
    const LoadResult read = readTopologyFile(autosave.designPath().toStdString());
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(saved(*read.topology), saved(doc.topology()));
    const QJsonObject meta = sidecar(autosave.sidecarPath());
    EXPECT_EQ(meta.value(QLatin1String(RecoveryStore::kOriginalPathKey)).toString(),
              QStringLiteral("/home/user/farm.topology.json"));
    EXPECT_FALSE(meta.value(QLatin1String(RecoveryStore::kSavedAtKey)).toString().isEmpty());

    doc.markSaved();
    EXPECT_FALSE(QFile::exists(autosave.designPath()));
    EXPECT_FALSE(QFile::exists(autosave.sidecarPath()));
}

TEST_F(AutosaveTest, NormalCloseRemovesTheAutosave)
{
    Document doc(placedFixture("example-3-lifetime"));
    QString path;
    {
        Autosave autosave(&doc);
        edit(doc);
        ASSERT_TRUE(autosave.saveNow());
        path = autosave.designPath();
        EXPECT_TRUE(QFile::exists(path));
    }
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(AutosaveTest, TimerUsesTheConfiguredInterval)
{
    QSettings().setValue(QLatin1String(Autosave::kIntervalKey), 0);
    EXPECT_EQ(Autosave::configuredInterval(), 0);
    QSettings().setValue(QLatin1String(Autosave::kIntervalKey), 1);
    EXPECT_EQ(Autosave::configuredInterval(), 1);

    Document doc(placedFixture("example-3-lifetime"));
    Autosave autosave(&doc);
    EXPECT_EQ(autosave.intervalSeconds(), 1);
    edit(doc);
    QElapsedTimer clock;
    clock.start();
    while (!QFile::exists(autosave.designPath()) && clock.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    EXPECT_TRUE(QFile::exists(autosave.designPath())) << "written by the timer";

    autosave.remove();
    autosave.setIntervalSeconds(0);
    edit(doc);
    clock.restart();
    while (clock.elapsed() < 1500)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    EXPECT_FALSE(QFile::exists(autosave.designPath())) << "off";
}

TEST_F(AutosaveTest, OnlyAutosavesOfDeadProcessesAreRecoverable)
{
    Document doc(placedFixture("factory-standard"));
    doc.setFilePath(QStringLiteral("/data/factory.topology.json"));
    Autosave autosave(&doc);
    edit(doc);
    ASSERT_TRUE(autosave.saveNow());
    RecoveryStore store;
    EXPECT_TRUE(store.recoverable().empty()) << "this process is alive";

    // A process that held its lock and was killed (SIGKILL, TerminateProcess).
    const QString dead = QStringLiteral("dead-instance");
    QString error;
    ASSERT_TRUE(test::leaveLockOfKilledProcess(lockPath(dead), &error)) << error.toStdString();
    ASSERT_TRUE(QFile::exists(lockPath(dead)));
    EXPECT_FALSE(RecoveryStore::instanceAlive(dead));
    setOwner(autosave.sidecarPath(), dead);

    const auto entries = store.recoverable();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].originalPath, QStringLiteral("/data/factory.topology.json"));
    EXPECT_EQ(entries[0].designName.toStdString(), doc.topology().name);
    EXPECT_TRUE(entries[0].savedAt.isValid());
    const auto recovered = store.load(entries[0], &error);
    ASSERT_TRUE(recovered) << error.toStdString();
    EXPECT_EQ(saved(*recovered), saved(doc.topology()));

    Document restored(*recovered);
    restored.setFilePath(entries[0].originalPath);
    restored.markUnsaved();
    EXPECT_TRUE(restored.isModified());

    store.discard(entries[0]);
    EXPECT_TRUE(store.recoverable().empty());
    EXPECT_FALSE(QFile::exists(lockPath(dead)));
}

TEST_F(AutosaveTest, LiveOwnerIsNotRecoverable)
{
    Document doc(placedFixture("example-3-lifetime"));
    Autosave autosave(&doc);
    edit(doc);
    ASSERT_TRUE(autosave.saveNow());
    // Another instance in a live process (this one) holds its lock.
    const QString other = QStringLiteral("other-live-instance");
    QLockFile lock(lockPath(other));
    ASSERT_TRUE(lock.tryLock(0));
    setOwner(autosave.sidecarPath(), other);
    EXPECT_TRUE(RecoveryStore::instanceAlive(other));
    EXPECT_TRUE(RecoveryStore().recoverable().empty());
    // An owner with no lock at all is gone.
    setOwner(autosave.sidecarPath(), QStringLiteral("never-locked"));
    EXPECT_EQ(RecoveryStore().recoverable().size(), 1u);
}

TEST_F(AutosaveTest, AFailedRecordWriteLeavesNoDesignWithoutARecord)
{
    Document doc(placedFixture("example-3-lifetime"));
    Autosave autosave(&doc);
    edit(doc);
    // The record cannot be written: a folder stands where it goes.
    ASSERT_TRUE(QDir().mkpath(autosave.sidecarPath()));
    QString failure;
    QObject::connect(&autosave, &Autosave::failed,
                     [&failure](const QString& text) { failure = text; });
    EXPECT_FALSE(autosave.saveNow());
    EXPECT_TRUE(failure.contains(QLatin1String("it is a folder"))) << failure.toStdString();
    // A design without its record could never be offered for recovery nor removed.
    EXPECT_FALSE(QFile::exists(autosave.designPath()));
    ASSERT_TRUE(QDir().rmdir(autosave.sidecarPath()));
}

TEST_F(AutosaveTest, LeftoversOfProcessesThatAreGoneAreRemovedAndNothingElse)
{
    QString error;
    // A designer killed before its first autosave: its lock alone.
    const QString lockOnly = QStringLiteral("killed-before-autosave");
    ASSERT_TRUE(test::leaveLockOfKilledProcess(lockPath(lockOnly), &error)) << error.toStdString();
    // A designer killed after a record but before its first design.
    const QString recordOnly = QStringLiteral("killed-between-writes");
    ASSERT_TRUE(test::leaveLockOfKilledProcess(lockPath(recordOnly), &error))
        << error.toStdString();
    Document first(placedFixture("example-3-lifetime"));
    Autosave lone(&first);
    edit(first);
    ASSERT_TRUE(lone.saveNow());
    setOwner(lone.sidecarPath(), recordOnly);
    ASSERT_TRUE(QFile::remove(lone.designPath()));
    // A designer killed with an autosave to recover.
    const QString recoverable = QStringLiteral("killed-with-autosave");
    ASSERT_TRUE(test::leaveLockOfKilledProcess(lockPath(recoverable), &error))
        << error.toStdString();
    Document second(placedFixture("factory-standard"));
    Autosave kept(&second);
    edit(second);
    ASSERT_TRUE(kept.saveNow());
    setOwner(kept.sidecarPath(), recoverable);
    // A designer that still runs, with nothing autosaved yet.
    const QString live = QStringLiteral("running-designer");
    QLockFile liveLock(lockPath(live));
    ASSERT_TRUE(liveLock.tryLock(0));

    RecoveryStore().removeLeftovers();
    EXPECT_FALSE(QFile::exists(lockPath(lockOnly)));
    EXPECT_FALSE(QFile::exists(lockPath(recordOnly)));
    EXPECT_FALSE(QFile::exists(lone.sidecarPath()));
    EXPECT_TRUE(QFile::exists(lockPath(recoverable)));
    EXPECT_TRUE(QFile::exists(kept.sidecarPath()));
    EXPECT_TRUE(QFile::exists(kept.designPath()));
    EXPECT_TRUE(QFile::exists(lockPath(live)));
    EXPECT_TRUE(QFile::exists(lockPath(RecoveryStore::instanceId())));
    ASSERT_EQ(RecoveryStore().recoverable().size(), 1u);
}

} // namespace
} // namespace topo
