// Entry point of the editor tests: a Qt application for signals, timers and settings, with
// the standard paths redirected to a test folder so that nothing touches the user's data.

#include "KilledLockOwner.h"
#include "UserFolders.h"
#include "editor/platform/HeadlessPlatform.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    topo::test::serveKilledLockOwner(argc, argv);
    topo::test::isolateUserFolders();
    // No display is needed, and none may be required (gtest discovery runs this binary).
    topo::platform::chooseHeadlessPlatform();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TopologyDesigner"));
    QCoreApplication::setApplicationName(QStringLiteral("Topology Designer Editor Tests"));
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
