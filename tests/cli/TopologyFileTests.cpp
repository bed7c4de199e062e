// The editor's file I/O used by the CLI: error texts and atomic writes.
#include "CliRunner.h"

#include "editor/files/TopologyFile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace topo::test {
namespace {

TEST(TopologyFile, LoadErrorTextHasTheDocumentedShapes)
{
    EXPECT_EQ(loadErrorText(QStringLiteral("a.json"), LoadError{"unexpected '}'", "", 3, 7}),
              QStringLiteral("a.json:3:7: error: unexpected '}'"));
    EXPECT_EQ(loadErrorText(QStringLiteral("a.json"),
                            LoadError{"must be a number", "/servers/3/hardware/ramGb", 0, 0}),
              QStringLiteral("a.json: error: /servers/3/hardware/ramGb: must be a number"));
    EXPECT_EQ(loadErrorText(QStringLiteral("a.json"), LoadError{"not a design", "", 0, 0}),
              QStringLiteral("a.json: error: not a design"));
    EXPECT_EQ(loadErrorText(QStringLiteral("%2.json"), LoadError{"two\nlines", "", 1, 2}),
              QStringLiteral("%2.json:1:2: error: two lines"));
}

TEST(TopologyFile, LoadNamesTheFileAsGiven)
{
    const FileLoadResult missing =
        loadTopologyFile(QStringLiteral("no-such-dir/x.json"), QStringLiteral("shown.json"));
    EXPECT_FALSE(missing.ok());
    EXPECT_TRUE(missing.errorText.startsWith(QStringLiteral("shown.json: error: ")))
        << missing.errorText.toStdString();

    const FileLoadResult loaded = loadTopologyFile(fixturePath("example-2-production-farm"));
    ASSERT_TRUE(loaded.ok()) << loaded.errorText.toStdString();
    EXPECT_EQ(loaded.topology->servers.size(), 3u);
    EXPECT_TRUE(loaded.errorText.isEmpty());
}

TEST(TopologyFile, AtomicWriteReplacesOrLeavesUntouched)
{
    const QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a.json"));
    writeBytes(file, "old");
    const FileWriteResult ok = writeFileAtomically(file, "new");
    EXPECT_TRUE(ok.ok);
    EXPECT_TRUE(ok.errorText.isEmpty());
    EXPECT_EQ(readBytes(file), QByteArray("new"));

    const QString missing = dir.filePath(QStringLiteral("missing/a.json"));
    const FileWriteResult failed = writeFileAtomically(missing, "data");
    EXPECT_FALSE(failed.ok);
    EXPECT_TRUE(failed.errorText.startsWith(missing + QStringLiteral(": error: cannot write")))
        << failed.errorText.toStdString();
    EXPECT_FALSE(QFileInfo::exists(missing));

    const QString taken = dir.filePath(QStringLiteral("taken"));
    ASSERT_TRUE(QDir().mkdir(taken));
    EXPECT_FALSE(writeFileAtomically(taken, "data").ok);
    EXPECT_TRUE(QFileInfo(taken).isDir());
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              (QStringList{QStringLiteral("a.json"), QStringLiteral("taken")}));
}

TEST(TopologyFile, SaveWritesTheCanonicalBytesWithThisGenerator)
{
    const FileLoadResult loaded = loadTopologyFile(fixturePath("example-3-lifetime"));
    ASSERT_TRUE(loaded.ok()) << loaded.errorText.toStdString();
    const QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("saved.topology.json"));
    ASSERT_TRUE(saveTopologyFile(file, *loaded.topology).ok);
    const QByteArray bytes = readBytes(file);
    EXPECT_EQ(bytes, canonicalBytes(*loaded.topology));
    EXPECT_TRUE(bytes.contains("\"generator\": \"Topology Designer "));
    const FileLoadResult again = loadTopologyFile(file);
    ASSERT_TRUE(again.ok()) << again.errorText.toStdString();
    EXPECT_EQ(canonicalBytes(*again.topology), bytes);
}

} // namespace
} // namespace topo::test
