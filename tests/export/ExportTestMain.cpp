// Entry point of the export tests: a GUI application (fonts for the painter) on the
// offscreen platform unless the caller chose one.

#include "editor/platform/HeadlessPlatform.h"

#include <QGuiApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // gtest discovery runs this binary without the tests' environment and without a display.
    topo::platform::chooseHeadlessPlatform();
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
