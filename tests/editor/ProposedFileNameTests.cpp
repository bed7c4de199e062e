// The file name Save As proposes for a design: short, and accepted by every system.
#include "editor/files/ProposedFileName.h"

#include <gtest/gtest.h>

namespace topo {
namespace {

std::string proposed(const char* designName)
{
    return proposedFileName(QString::fromUtf8(designName)).toStdString();
}

TEST(ProposedFileNameTest, TheStandardFactoryNameLosesItsColonAndIsCutAtAWord)
{
    EXPECT_EQ(proposed("Standard factory: LifeTime, Development, Quality and a highly available "
                       "Production"),
              "Standard factory LifeTime, Development, Quality and a highly");
}

TEST(ProposedFileNameTest, NoCharacterAnySystemRefusesIsKept)
{
    const QString name = proposedFileName(QStringLiteral("a\\b/c:d*e?f\"g<h>i|j\tk\x01l"));
    for (const QChar c : QStringLiteral("\\/:*?\"<>|\t\x01"))
        EXPECT_FALSE(name.contains(c)) << name.toStdString();
    EXPECT_EQ(name.toStdString(), "a b c d e f g h i j k l");
}

TEST(ProposedFileNameTest, ALongNameIsAtMostSixtyCharactersAndEndsOnAWholeWord)
{
    const QString name = proposedFileName(
        QStringLiteral("Production farm for the customer portal, with three zones across two "
                       "data centres"));
    EXPECT_LE(name.size(), kMaxProposedNameLength);
    EXPECT_EQ(name.toStdString(), "Production farm for the customer portal, with three zones");
}

TEST(ProposedFileNameTest, AWordLongerThanTheLimitIsCutAtTheLimit)
{
    const std::string name = proposed(std::string(100, 'x').c_str());
    EXPECT_EQ(name, std::string(kMaxProposedNameLength, 'x'));
}

TEST(ProposedFileNameTest, ACutNeverEndsOnPunctuation)
{
    // The last space within the limit follows "Pre-production,": the comma goes too.
    EXPECT_EQ(proposed("LifeTime, Quality, Production, Pre-production, Disaster-site, "
                       "Development"),
              "LifeTime, Quality, Production, Pre-production");
}

TEST(ProposedFileNameTest, ShortPortableNamesAreKeptAsTheyAre)
{
    EXPECT_EQ(proposed("Factory 2026 (draft)"), "Factory 2026 (draft)");
    EXPECT_EQ(proposed("Fábrica de produção"), "Fábrica de produção");
}

TEST(ProposedFileNameTest, HiddenOrEmptyOrReservedNamesGetAUsableName)
{
    EXPECT_EQ(proposed("  ..hidden. "), "hidden");
    EXPECT_EQ(proposed(":::"), "design");
    EXPECT_EQ(proposed(""), "design");
    EXPECT_EQ(proposed("nul"), "nul design");
    EXPECT_EQ(proposed("COM1"), "COM1 design");
}

} // namespace
} // namespace topo
