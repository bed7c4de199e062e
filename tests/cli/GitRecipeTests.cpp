// The version-control recipe of the README, tried in a scratch git repository with the built
// topology-cli: the textconv driver shows the member lines in `git diff` and `git log -p`, the
// external diff command shows the comparison in `git diff` and `git log -p --ext-diff`.
#include "CliRunner.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace topo::test {
namespace {

class GitRecipe : public testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            GTEST_SKIP() << "git is not installed (the Windows tests run under Wine, which has "
                            "no Windows git)";
        // Nothing from the machine's or the user's git configuration.
        m_environment.insert(QStringLiteral("HOME"), m_dir.path());
        m_environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        m_environment.insert(QStringLiteral("GIT_PAGER"), QStringLiteral("cat"));
        m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral(".")});
        git({QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Architect")});
        git({QStringLiteral("config"), QStringLiteral("user.email"),
             QStringLiteral("architect@example.com")});
        // The README's .gitattributes line and textconv driver, with the built program.
        writeBytes(m_dir.filePath(QStringLiteral(".gitattributes")),
                   "*.topology.json diff=topology\n");
        git({QStringLiteral("config"), QStringLiteral("diff.topology.textconv"),
             cli() + QStringLiteral(" diff --textconv")});
        m_design = m_dir.filePath(QStringLiteral("farm.topology.json"));
        m_original = readBytes(fixturePath("factory-standard"));
        writeBytes(m_design, m_original);
        git({QStringLiteral("add"), QStringLiteral(".")});
        git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
             QStringLiteral("Factory standard")});
        // PROD-FE-01 from 4 to 8 cores, not yet committed.
        QByteArray bigger = m_original;
        const QByteArray before = "\"id\": \"prod-fe1\"";
        const qsizetype server = bigger.indexOf(before);
        ASSERT_GE(server, 0);
        const qsizetype cores = bigger.indexOf("\"cpuCores\": 4", server);
        ASSERT_GE(cores, 0);
        bigger.replace(cores, 13, "\"cpuCores\": 8");
        writeBytes(m_design, bigger);
    }

    static QString cli() { return QStringLiteral("'" TOPO_CLI_PATH "'"); }

    // Runs git in the repository; a test failure when it does not exit with 0.
    QString git(const QStringList& arguments)
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral("git"), arguments);
        if (!process.waitForStarted(10'000)) {
            ADD_FAILURE() << "git did not start: " << process.errorString().toStdString();
            return {};
        }
        process.waitForFinished(60'000);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        EXPECT_EQ(process.exitCode(), 0) << "git " << arguments.join(QLatin1Char(' ')).toStdString()
                                         << ": " << err.toStdString();
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    void commitChange()
    {
        git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-a"),
             QStringLiteral("-m"), QStringLiteral("PROD-FE-01 on 8 cores")});
    }

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QString m_design;
    QByteArray m_original;
};

const char* const kOldCores = "-server prod-fe1 hardware.cpuCores: 4\n";
const char* const kNewCores = "+server prod-fe1 hardware.cpuCores: 8\n";
const char* const kNewCapacity = "+environment prod capacity: 1000 req/s\n";
const char* const kNewFinding = "+finding FE-HW-UNIFORM (warning) prod-fe1: LB-PROD has front-ends";

TEST_F(GitRecipe, TextconvShowsTheChangedMembersInGitDiffAndGitLog)
{
    const QString diff = git({QStringLiteral("diff")});
    EXPECT_TRUE(diff.contains(QLatin1String(kOldCores))) << diff.toStdString();
    EXPECT_TRUE(diff.contains(QLatin1String(kNewCores))) << diff.toStdString();
    EXPECT_TRUE(diff.contains(QLatin1String(kNewCapacity))) << diff.toStdString();
    EXPECT_TRUE(diff.contains(QLatin1String(kNewFinding))) << diff.toStdString();
    // The JSON text itself is not what git compares.
    EXPECT_FALSE(diff.contains(QLatin1String("\"cpuCores\": 8"))) << diff.toStdString();

    commitChange();
    const QString log = git({QStringLiteral("log"), QStringLiteral("-p")});
    EXPECT_TRUE(log.contains(QLatin1String("PROD-FE-01 on 8 cores"))) << log.toStdString();
    EXPECT_TRUE(log.contains(QLatin1String(kOldCores))) << log.toStdString();
    EXPECT_TRUE(log.contains(QLatin1String(kNewCores))) << log.toStdString();
    const QString show = git({QStringLiteral("show")});
    EXPECT_TRUE(show.contains(QLatin1String(kNewCores))) << show.toStdString();
    // The first commit adds the whole design, as lines.
    EXPECT_TRUE(log.contains(QLatin1String("+server prod-fe2 hardware.cpuCores: 4\n")))
        << log.toStdString();
}

TEST_F(GitRecipe, ExternalDiffShowsTheComparisonInGitDiffAndGitLogExtDiff)
{
    git({QStringLiteral("config"), QStringLiteral("diff.topology.command"),
         cli() + QStringLiteral(" diff --git")});
    const QString comparison =
        QStringLiteral("diff --topology a/farm.topology.json b/farm.topology.json\n"
                       "changed server prod-fe1 \"PROD-FE-01\" in prod\n"
                       "  hardware.cpuCores: 4 → 8\n");
    const QString diff = git({QStringLiteral("diff")});
    EXPECT_TRUE(diff.startsWith(comparison)) << diff.toStdString();
    EXPECT_TRUE(diff.contains(QStringLiteral("  capacity: 750 req/s → 1000 req/s\n")))
        << diff.toStdString();
    EXPECT_TRUE(diff.endsWith(QStringLiteral(
        "1 element change (0 added, 0 removed, 1 changed, 0 moved), 1 finding appeared, 1 "
        "disappeared, 1 environment with other figures.\n")))
        << diff.toStdString();

    commitChange();
    const QString log =
        git({QStringLiteral("log"), QStringLiteral("-p"), QStringLiteral("--ext-diff")});
    EXPECT_TRUE(log.contains(comparison)) << log.toStdString();
    // The first commit compares the design with nothing: every element is added.
    EXPECT_TRUE(log.contains(QLatin1String("added server prod-fe1 \"PROD-FE-01\" in prod\n")))
        << log.toStdString();
    // --no-ext-diff, and git log -p without --ext-diff, keep the textconv lines.
    git({QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--soft"),
         QStringLiteral("HEAD~1")});
    const QString lines =
        git({QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--no-ext-diff")});
    EXPECT_TRUE(lines.contains(QLatin1String(kNewCores))) << lines.toStdString();
    EXPECT_FALSE(lines.contains(comparison)) << lines.toStdString();
    commitChange();
    const QString plain = git({QStringLiteral("log"), QStringLiteral("-p")});
    EXPECT_TRUE(plain.contains(QLatin1String(kNewCores))) << plain.toStdString();
    EXPECT_FALSE(plain.contains(comparison)) << plain.toStdString();
}

} // namespace
} // namespace topo::test
