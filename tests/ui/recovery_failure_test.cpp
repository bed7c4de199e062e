// Recovery on a full disk: the design a crashed designer left is opened, but its new autosave
// cannot be written. The crashed process's copy must then stay, so that another crash before
// the design is saved still offers it; saving the design removes it.
#include "UiTestSupport.h"

#include "SmallFilesystem.h"
#include "editor/document/Document.h"
#include "editor/files/TopologyFile.h"
#include "editor/recovery/RecoveryStore.h"
#include "ui/main/RecoveryController.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>
#include <QUuid>

using namespace topo;
using namespace topo::test;

namespace {

constexpr int kFilesystemKilobytes = 256;

// Moves the home folder, and with it the application's data folder (the tests' standard
// paths are under the home folder) and its autosave folder, to `folder` for the test's
// lifetime.
class HomeFolder {
public:
    explicit HomeFolder(const QString& folder) : m_old(qgetenv("HOME"))
    {
        QDir().mkpath(folder);
        qputenv("HOME", QFile::encodeName(folder));
    }
    ~HomeFolder() { qputenv("HOME", m_old); }
    HomeFolder(const HomeFolder&) = delete;
    HomeFolder& operator=(const HomeFolder&) = delete;

private:
    QByteArray m_old;
};

// What a designer that crashed leaves: the design and its record, naming an instance that no
// longer runs (it has no lock file).
RecoveryEntry leaveCrashedAutosave(const Topology& topology)
{
    RecoveryEntry entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString folder = RecoveryStore::directory();
    QDir().mkpath(folder);
    entry.designPath =
        folder + QLatin1Char('/') + entry.id + QLatin1String(RecoveryStore::kDesignSuffix);
    entry.sidecarPath =
        folder + QLatin1Char('/') + entry.id + QLatin1String(RecoveryStore::kSidecarSuffix);
    QJsonObject meta;
    meta.insert(QLatin1String(RecoveryStore::kInstanceKey),
                QUuid::createUuid().toString(QUuid::WithoutBraces));
    meta.insert(QLatin1String(RecoveryStore::kDesignNameKey),
                QString::fromStdString(topology.name));
    meta.insert(QLatin1String(RecoveryStore::kSavedAtKey), QStringLiteral("2026-01-01T00:00:00Z"));
    writeBytes(entry.sidecarPath, QJsonDocument(meta).toJson());
    writeBytes(entry.designPath, canonicalBytes(topology));
    return entry;
}

} // namespace

TEST(RecoveryFailureTest, TheCrashedCopyStaysUntilTheRecoveredDesignIsSafe)
{
#ifdef _WIN32
    GTEST_SKIP() << "Windows keeps the autosave folder in the user's profile, whatever the "
                    "environment says: the folder cannot be moved onto a small disk";
#endif
    SmallFilesystem disk(kFilesystemKilobytes);
    if (!disk.available())
        GTEST_SKIP() << disk.skipReason().toStdString();
    auto f = openWindow();
    ASSERT_NE(f->window->document(), nullptr);
    Topology crashed = f->window->document()->topology();
    crashed.name = "Edited before the crash";
    f->window->setDocument(nullptr);

    const HomeFolder home(disk.path(QStringLiteral("home")));
    ASSERT_TRUE(RecoveryStore::directory().startsWith(disk.path(QStringLiteral("home"))));
    const RecoveryEntry entry = leaveCrashedAutosave(crashed);
    const QByteArray crashedDesign = readBytes(entry.designPath);
    ASSERT_FALSE(crashedDesign.isEmpty());
    ASSERT_TRUE(disk.fill());

    // Recovered, but the new autosave fails: the old copy is the only one on disk.
    ASSERT_TRUE(f->window->recovery()->offerRecovery(true));
    ASSERT_NE(f->window->document(), nullptr);
    EXPECT_EQ(f->window->document()->topology().name, "Edited before the crash");
    EXPECT_TRUE(f->window->recovery()->autosaveFailureLabel()->isVisible());
    EXPECT_EQ(readBytes(entry.designPath), crashedDesign);
    EXPECT_TRUE(QFile::exists(entry.sidecarPath));

    // Saved elsewhere: nothing is left to recover.
    QTemporaryDir elsewhere;
    ASSERT_TRUE(
        f->window->files()->saveTo(elsewhere.filePath(QStringLiteral("recovered.topology.json"))))
        << f->errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(QFile::exists(entry.designPath));
    EXPECT_FALSE(QFile::exists(entry.sidecarPath));
}
