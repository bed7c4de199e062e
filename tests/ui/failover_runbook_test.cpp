// The Failover dock says what to do about the failed elements: the documented procedure with
// the design's names (the same core runbook as `simulate --fail`), or that none is documented;
// nothing when nothing failed.
#include "UiTestSupport.h"

#include "editor/document/Document.h"
#include "ui/docks/analysis/FailoverDock.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QTextBrowser>

using namespace topo;
using namespace topo::test;

namespace {

TEST(FailoverRunbookDock, AFailedControllerShowsItsProcedureWithTheTargetServer)
{
    auto f = openWindow();
    auto* dock = raisedDock<FailoverDock>(*f->window, QStringLiteral("failoverDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_TRUE(dock->runbookView()->isHidden());
    f->window->document()->setFailed("prod-dc", true);
    QApplication::processEvents();
    QApplication::processEvents();
    ASSERT_FALSE(dock->runbookView()->isHidden());
    const QString text = dock->runbookView()->toPlainText();
    EXPECT_TRUE(text.contains(
        QStringLiteral("“Move controller and front-end roles to a different server”")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("On PROD-FE-01: set the OutSystems Deployment "
                                             "Controller Service startup type to Automatic")));
    f->window->document()->setFailed("prod-dc", false);
    f->window->document()->setFailed("lb-prod", true);
    QApplication::processEvents();
    QApplication::processEvents();
    EXPECT_TRUE(dock->runbookView()->toPlainText().contains(
        QStringLiteral("LB-PROD fails: no documented procedure")));
    f->window->document()->setFailed("lb-prod", false);
    QApplication::processEvents();
    QApplication::processEvents();
    EXPECT_TRUE(dock->runbookView()->isHidden());
}

} // namespace
