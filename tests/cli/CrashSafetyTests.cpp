// A write killed at any moment leaves the whole old file or the whole new one, and no
// temporary file: topology-cli export and the designer's Save, each SIGKILLed 100 times at
// random moments of the write.
#include "CliRunner.h"
#include "Killable.h"

#include "../bench/DesignGenerator.h"
#include "core/io/TopologyWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <random>

namespace topo::test {
namespace {

constexpr int kKills = 100;
// Qt writes the new file to an unnamed temporary file and at the end links it under a
// temporary name, then renames it over the target: a kill between those two calls, a few
// microseconds, leaves that name behind (the target is still whole). A kill anywhere else
// leaves nothing: more than this many of 100 would mean a temporary file lives longer.
// Windows has no unnamed temporary file: Qt writes the named one from the start, so a kill
// at any time during the write leaves it there; the target is still the old or the new file.
#ifdef _WIN32
constexpr int kTemporaryLeftAtMost = kKills;
#else
constexpr int kTemporaryLeftAtMost = 3;
#endif

struct Outcomes {
    int old = 0;
    int complete = 0;
    int temporaryLeft = 0; // kills after which a temporary file was left beside the target
};

class CrashSafety : public testing::Test {
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList entries() const
    {
        return QDir(m_dir.path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                       QDir::Name);
    }
    QString writeDesign(const QString& name, int servers)
    {
        writeBytes(path(name),
                   QByteArray::fromStdString(writeTopology(bench::generateDesign(servers))));
        return path(name);
    }

    // Runs `program` to completion once (its output is the "new" file and its duration the
    // window to kill in), then kKills times killed after a random delay within that window.
    Outcomes killRepeatedly(const QString& program, const QStringList& arguments,
                            const QString& target, const QStringList& expectedEntries)
    {
        const QByteArray old = "the previous file, which must survive whole\n";
        writeBytes(target, old);
        QElapsedTimer clock;
        clock.start();
        QProcess complete;
        complete.setProcessEnvironment(m_environment);
        complete.start(program, arguments);
        EXPECT_TRUE(complete.waitForFinished(120'000));
        EXPECT_EQ(complete.exitCode(), 0) << complete.readAllStandardError().toStdString();
        const qint64 window = clock.elapsed();
        const QByteArray fresh = readBytes(target);
        EXPECT_NE(fresh, old);

        std::mt19937 random(20261201);
        std::uniform_int_distribution<qint64> delay(0, window);
        Outcomes outcomes;
        for (int i = 0; i < kKills; ++i) {
            writeBytes(target, old);
            QProcess process;
            process.setProcessEnvironment(m_environment);
            makeKillable(process);
            process.start(program, arguments);
            if (!process.waitForStarted())
                ADD_FAILURE() << "could not start " << program.toStdString();
            QThread::msleep(static_cast<unsigned long>(delay(random)));
            process.kill(); // SIGKILL
            process.waitForFinished(30'000);
            const QByteArray now = readBytes(target);
            if (now == old)
                ++outcomes.old;
            else if (now == fresh)
                ++outcomes.complete;
            else
                ADD_FAILURE() << "kill " << i << " left " << now.size() << " bytes, neither the "
                              << old.size() << "-byte old file nor the " << fresh.size()
                              << "-byte new one";
            if (entries() != expectedEntries) {
                ++outcomes.temporaryLeft;
                for (const QString& entry : entries())
                    if (!expectedEntries.contains(entry))
                        QFile::remove(path(entry)); // each kill is judged on its own
            }
        }
        EXPECT_LE(outcomes.temporaryLeft, kTemporaryLeftAtMost)
            << "kills left a temporary file beside the target";
        std::printf("%d kills: %d left the old file, %d the new one, %d a temporary file beside "
                    "it (window %lld ms)\n",
                    kKills, outcomes.old, outcomes.complete, outcomes.temporaryLeft,
                    static_cast<long long>(window));
        return outcomes;
    }
    QTemporaryDir m_dir;
    // Settings and autosaves of the killed designers go to a home of their own.
    QTemporaryDir m_home;
    QProcessEnvironment m_environment = [this] {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
            environment.insert(QLatin1String(variable), m_home.path());
        return environment;
    }();
};

TEST_F(CrashSafety, AKilledExportLeavesTheOldOrTheNewFileWhole)
{
    const QString design = writeDesign(QStringLiteral("big.topology.json"), 1000);
    const QString target = path(QStringLiteral("big.svg"));
    const Outcomes outcomes =
        killRepeatedly(QStringLiteral(TOPO_CLI_PATH),
                       {QStringLiteral("export"), design, QStringLiteral("-o"), target}, target,
                       {QStringLiteral("big.svg"), QStringLiteral("big.topology.json")});
    EXPECT_EQ(outcomes.old + outcomes.complete, kKills);
}

#ifdef TOPO_DESIGNER_PATH
TEST_F(CrashSafety, AKilledDesignerSaveLeavesTheOldOrTheNewFileWhole)
{
    const QString design = writeDesign(QStringLiteral("big.topology.json"), 300);
    const QString target = path(QStringLiteral("saved.topology.json"));
    // Saves the open design over the target again and again, then quits: most kills land
    // inside one of the saves.
    QByteArray script = "[";
    for (int i = 0; i < 20; ++i)
        script += "{\"do\": \"save-as\", \"path\": " +
                  QByteArray::fromStdString(Json(target.toStdString()).dump()) + "},";
    script += "{\"do\": \"quit\"}]";
    writeBytes(path(QStringLiteral("script.json")), script);
    QStringList arguments = {QStringLiteral("--autosave-interval"), QStringLiteral("0"),
                             QStringLiteral("--script"), path(QStringLiteral("script.json")),
                             design};
    const Outcomes outcomes =
        killRepeatedly(QStringLiteral(TOPO_DESIGNER_PATH), arguments, target,
                       {QStringLiteral("big.topology.json"), QStringLiteral("saved.topology.json"),
                        QStringLiteral("script.json")});
    EXPECT_EQ(outcomes.old + outcomes.complete, kKills);
}
#endif

} // namespace
} // namespace topo::test
