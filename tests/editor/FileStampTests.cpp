// File stamps: what tells the designer that another program changed the open file.
#include "editor/files/FileStamp.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

namespace topo {
namespace {

bool write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

TEST(FileStampTest, TheContentDecidesNotTheTime)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.json"));
    ASSERT_TRUE(write(path, "one"));
    const FileStamp first = FileStamp::ofFile(path);
    EXPECT_TRUE(first.exists);
    EXPECT_EQ(first.size, 3);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.setFileTime(QDateTime::currentDateTime().addSecs(3600),
                                 QFileDevice::FileModificationTime));
    file.close();
    EXPECT_TRUE(FileStamp::ofFile(path).sameContent(first));
    // Same size, other bytes.
    ASSERT_TRUE(write(path, "two"));
    EXPECT_FALSE(FileStamp::ofFile(path).sameContent(first));
}

TEST(FileStampTest, WhatWasWrittenMatchesTheFileUntilSomeoneElseWrites)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.json"));
    ASSERT_TRUE(write(path, "mine"));
    const FileStamp written = FileStamp::ofWritten(path, "mine");
    EXPECT_TRUE(FileStamp::ofFile(path).sameContent(written));
    ASSERT_TRUE(write(path, "theirs"));
    EXPECT_FALSE(FileStamp::ofFile(path).sameContent(written));
}

TEST(FileStampTest, AMissingFileOrAFolderDoesNotExist)
{
    QTemporaryDir dir;
    const FileStamp missing = FileStamp::ofFile(dir.filePath(QStringLiteral("none.json")));
    EXPECT_FALSE(missing.exists);
    EXPECT_FALSE(FileStamp::ofFile(dir.path()).exists);
    EXPECT_TRUE(missing.sameContent(FileStamp{}));
    ASSERT_TRUE(write(dir.filePath(QStringLiteral("empty.json")), ""));
    // An empty file exists: not the same as no file.
    EXPECT_FALSE(
        FileStamp::ofFile(dir.filePath(QStringLiteral("empty.json"))).sameContent(missing));
}

} // namespace
} // namespace topo
