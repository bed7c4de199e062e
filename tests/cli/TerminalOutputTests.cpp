// Text output never carries bytes a terminal would act on: names and file names come from
// outside, and ESC, BEL or BS in them could clear or fake the screen.
#include "CliRunner.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace topo::test {
namespace {

// Control bytes other than the line end and tab.
bool hasTerminalControls(const QByteArray& bytes)
{
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F)
            return true;
    }
    return false;
}

class TerminalOutput : public testing::Test {
protected:
    void SetUp() override
    {
#ifdef _WIN32
        GTEST_SKIP() << "Windows file names cannot hold control characters such as ESC";
#endif
        // A file name with ESC [2J (clear screen), BEL and BS.
        m_file = m_dir.filePath(QStringLiteral("evil\x1b[2J\a\b.topology.json"));
        writeBytes(m_file, readBytes(fixturePath("design-with-problems")));
    }
    QTemporaryDir m_dir;
    QString m_file;
};

TEST_F(TerminalOutput, ValidateTextShowsControlCharactersAsEscapes)
{
    const CliRun run = runCli({QStringLiteral("validate"), m_file});
    ASSERT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_FALSE(hasTerminalControls(run.out)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains("evil\\x1B[2J\\x07\\x08.topology.json: "))
        << run.out.toStdString();
}

TEST_F(TerminalOutput, SimulateTextShowsControlCharactersAsEscapes)
{
    for (const QString& fail : {QStringLiteral("each"), QStringLiteral("db-p")}) {
        SCOPED_TRACE(fail.toStdString());
        const CliRun run =
            runCli({QStringLiteral("simulate"), m_file, QStringLiteral("--fail"), fail});
        EXPECT_FALSE(hasTerminalControls(run.out)) << run.out.toStdString();
        EXPECT_FALSE(hasTerminalControls(run.err)) << run.err.toStdString();
        EXPECT_TRUE(run.out.contains("\\x1B[2J")) << run.out.toStdString();
    }
}

TEST_F(TerminalOutput, LoadErrorsShowControlCharactersAsEscapes)
{
    writeBytes(m_file, "{\"format\": \"outsystems-topology\", [");
    const CliRun run = runCli({QStringLiteral("validate"), m_file});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_FALSE(hasTerminalControls(run.err)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("\\x1B[2J")) << run.err.toStdString();
}

} // namespace
} // namespace topo::test
