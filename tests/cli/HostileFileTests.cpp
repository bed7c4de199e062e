// Files that must be refused: each gives exit status 2, one line naming the file and the
// offending member (or line and column), quickly. The cases come from
// tests/data/invalid/MANIFEST.tsv (file, JSON Pointer or "-" for a syntax error, message part);
// very large inputs are generated here.
#include "CliRunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace topo::test {
namespace {

constexpr qint64 kTimeLimitMs = 5'000;

struct HostileCase {
    std::string file;
    std::string pointer; // "-" for a syntax error
    std::string message; // part of the expected message
};

void PrintTo(const HostileCase& c, std::ostream* out)
{
    *out << c.file << " " << c.pointer << " \"" << c.message << '"';
}

// The cases of tests/data/invalid/MANIFEST.tsv: file TAB pointer TAB message part.
std::vector<HostileCase> manifest()
{
    std::vector<HostileCase> cases;
    QFile file(dataPath(QStringLiteral("invalid/MANIFEST.tsv")));
    if (!file.open(QIODevice::ReadOnly))
        return cases;
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).remove(QLatin1Char('\r'));
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList columns = line.split(QLatin1Char('\t'));
        if (columns.size() < 3 || columns[0] == QLatin1String("file"))
            continue; // the header
        // The whole document's pointer is the empty string, written "" in the manifest.
        const QString pointer = columns[1] == QLatin1String("\"\"") ? QString() : columns[1];
        cases.push_back({columns[0].toStdString(), pointer.toStdString(),
                         columns.mid(2).join(QLatin1Char('\t')).toStdString()});
    }
    return cases;
}

// Checks the one line the CLI printed for a refused `file`.
void expectOneErrorLine(const CliRun& run, const QString& file)
{
    EXPECT_TRUE(run.finished);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_LT(run.elapsedMs, kTimeLimitMs);
    const QStringList lines = run.allLines();
    ASSERT_EQ(lines.size(), 1) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(lines.constFirst().startsWith(file + QLatin1Char(':')))
        << lines.constFirst().toStdString();
    // The line names the problem, it does not echo the hostile content.
    EXPECT_LT(lines.constFirst().size(), 1'000);
}

class HostileFile : public testing::TestWithParam<HostileCase> {};

TEST_P(HostileFile, IsRefusedWithOneLineNamingTheMember)
{
    const HostileCase& c = GetParam();
    const QString file = dataPath(QStringLiteral("invalid/") + QString::fromStdString(c.file));
    ASSERT_TRUE(QFile::exists(file)) << c.file;
    const CliRun run = runCli({QStringLiteral("validate"), file});
    expectOneErrorLine(run, file);
    const QString line = run.allLines().value(0);
    if (c.pointer == "-") {
        const QRegularExpression where(
            QStringLiteral("^%1:\\d+:\\d+: error: ").arg(QRegularExpression::escape(file)));
        EXPECT_TRUE(where.match(line).hasMatch()) << line.toStdString();
    } else {
        const QString where = c.pointer.empty()
                                  ? file + QStringLiteral(": error: ")
                                  : file + QStringLiteral(": error: ") +
                                        QString::fromStdString(c.pointer) + QStringLiteral(": ");
        EXPECT_TRUE(line.startsWith(where))
            << line.toStdString() << "\nexpected " << where.toStdString();
    }
    EXPECT_TRUE(line.contains(QString::fromStdString(c.message))) << line.toStdString();

    // The JSON report gives the same place.
    const CliRun json = runCli(
        {QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"), file});
    EXPECT_EQ(json.exitCode, 2);
    const Json entry = json.outJson().at("files").at(0);
    EXPECT_EQ(entry.at("loaded"), false);
    const Json& error = entry.at("error");
    if (c.pointer == "-") {
        EXPECT_GT(error.at("line").get<int>(), 0);
        EXPECT_GT(error.at("column").get<int>(), 0);
    } else {
        EXPECT_EQ(error.at("pointer"), c.pointer);
    }
}

INSTANTIATE_TEST_SUITE_P(Manifest, HostileFile, testing::ValuesIn(manifest()),
                         [](const testing::TestParamInfo<HostileCase>& info) {
                             std::string name = info.param.file;
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             return name + "_" + std::to_string(info.index);
                         });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(HostileFile);

TEST(HostileFiles, ManifestListsCases)
{
    EXPECT_GE(manifest().size(), 10u) << "tests/data/invalid/MANIFEST.tsv is missing or short";
}

class GeneratedHostileFile : public testing::Test {
protected:
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString file = m_dir.filePath(name);
        writeBytes(file, bytes);
        return file;
    }
    QTemporaryDir m_dir;
};

const QByteArray kHeader = "{\"format\": \"outsystems-topology\", \"formatVersion\": 1, ";

TEST_F(GeneratedHostileFile, DeepNestingIsRefused)
{
    const int depth = 10'000;
    const QString file = write(QStringLiteral("deep.topology.json"),
                               kHeader + "\"name\": \"deep\", \"deep\": " + QByteArray(depth, '[') +
                                   QByteArray(depth, ']') + "}");
    expectOneErrorLine(runCli({QStringLiteral("validate"), file}), file);
}

// A file over the size limit is refused by its size, before a byte is read: a 16 GiB
// (sparse) file would take many seconds and more memory than the machine has to read, and is
// refused in a fraction of a second.
TEST_F(GeneratedHostileFile, HugeFileIsRefusedFast)
{
    const QString file = m_dir.filePath(QStringLiteral("huge.topology.json"));
    QFile huge(file);
    ASSERT_TRUE(huge.open(QIODevice::WriteOnly));
    ASSERT_EQ(huge.write(kHeader), kHeader.size());
    ASSERT_TRUE(huge.resize(qint64(16) << 30)) << huge.errorString().toStdString();
    huge.close();
    QElapsedTimer timer;
    timer.start();
    const CliRun run = runCli({QStringLiteral("validate"), file});
    const qint64 elapsed = timer.elapsed();
    expectOneErrorLine(run, file);
    EXPECT_TRUE(run.allLines().value(0).contains(QStringLiteral("the file is 16384.0 MiB")))
        << run.allLines().value(0).toStdString();
    EXPECT_LT(elapsed, 2000) << "the refusal took " << elapsed << " ms";
}

TEST_F(GeneratedHostileFile, HugeStringIsRefusedNamingTheMember)
{
    const QString file = write(QStringLiteral("long-name.topology.json"),
                               kHeader + "\"name\": \"" + QByteArray(1024 * 1024, 'n') +
                                   "\", \"environments\": []}");
    const CliRun run = runCli({QStringLiteral("validate"), file});
    expectOneErrorLine(run, file);
    EXPECT_TRUE(run.allLines().value(0).startsWith(file + QStringLiteral(": error: /name: ")))
        << run.allLines().value(0).toStdString();
}

} // namespace
} // namespace topo::test
