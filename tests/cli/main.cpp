#include "editor/platform/HeadlessPlatform.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char* argv[])
{
    // gtest_discover_tests runs this binary without the tests' environment; without a display
    // Qt would abort unless a platform is chosen. The CLI children inherit the choice.
    topo::platform::chooseHeadlessPlatform();
    QCoreApplication app(argc, argv);
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
