// Entry point of the export tests: a GUI application (fonts for the painter) on the
// offscreen platform unless the caller chose one.

#include <QGuiApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // gtest discovery runs this binary without the tests' environment and without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
