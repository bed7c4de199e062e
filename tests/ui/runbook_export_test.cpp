// File › Export runbook…: the runbook of the open design, in the format the file name asks for,
// equal to what `topology-cli runbook` gives; a failed write is reported and leaves no file.
#include "UiTestSupport.h"

#include "core/runbook/RunbookText.h"
#include "editor/document/Document.h"
#include "ui/main/RunbookExport.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QMenuBar>
#include <QTemporaryDir>

using namespace topo;
using namespace topo::test;

namespace {

TEST(RunbookExportTest, TheFileMenuWritesTheRunbookInTheFormatOfTheFileName)
{
    auto f = openWindow();
    QAction* action = f->window->findChild<QAction*>(QStringLiteral("exportRunbookAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isEnabled());
    QTemporaryDir dir;
    QString asked;
    f->window->runbookExport()->askSavePath = [&](const QString& suggestion) {
        asked = suggestion;
        return dir.filePath(QStringLiteral("factory.md"));
    };
    action->trigger();
    EXPECT_EQ(asked, QStringLiteral("factory-standard-runbook.html"));
    const Topology& t = f->window->document()->topology();
    EXPECT_EQ(readBytes(dir.filePath(QStringLiteral("factory.md"))).toStdString(),
              runbookMarkdown(installRunbook(t)));
    ASSERT_TRUE(f->window->runbookExport()->saveTo(dir.filePath(QStringLiteral("r.html"))));
    EXPECT_EQ(readBytes(dir.filePath(QStringLiteral("r.html"))).toStdString(),
              runbookHtmlPage(installRunbook(t), t.name));
    // A folder that does not exist: reported with the path, nothing written.
    EXPECT_FALSE(f->window->runbookExport()->saveTo(dir.filePath(QStringLiteral("no/r.txt"))));
    ASSERT_EQ(f->errors.size(), 1);
    EXPECT_TRUE(f->errors[0].contains(dir.filePath(QStringLiteral("no"))))
        << f->errors[0].toStdString();
    f->window->setDocument(nullptr);
    EXPECT_FALSE(action->isEnabled());
}

} // namespace
