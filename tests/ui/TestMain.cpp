// Shared main of the widget tests: a QApplication on the offscreen platform unless the
// caller chose one (gtest_discover_tests runs the binary without the tests' environment).
#include <gtest/gtest.h>

#include "UserFolders.h"
#include "editor/platform/HeadlessPlatform.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    topo::test::isolateUserFolders();
    topo::platform::chooseHeadlessPlatform();
    // Keep the tests' settings (recent files, window state) away from the user's.
    QApplication::setOrganizationName(QStringLiteral("TopologyDesignerTests"));
    QApplication::setApplicationName(QStringLiteral("Topology Designer Tests"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
