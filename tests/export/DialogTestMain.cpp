// Entry point of the export dialog tests: a widget application on the offscreen platform,
// with settings kept apart from the user's.

#include "UserFolders.h"
#include "editor/platform/HeadlessPlatform.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    topo::test::isolateUserFolders();
    topo::platform::chooseHeadlessPlatform();
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("TopologyDesigner"));
    QApplication::setApplicationName(QStringLiteral("Topology Designer Export Dialog Tests"));
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
