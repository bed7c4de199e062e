# Cross-compiling for 64-bit Windows with Debian's MinGW-w64 (the "posix" thread model, so
# that std::thread and std::mutex work). The Qt prefix and the test dependencies' prefix come
# in through CMAKE_PREFIX_PATH; CMAKE_FIND_ROOT_PATH keeps every library and header search
# inside the MinGW sysroot and those prefixes, and programs on the build machine.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(triple x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${triple}-gcc-posix)
set(CMAKE_CXX_COMPILER ${triple}-g++-posix)
set(CMAKE_RC_COMPILER ${triple}-windres)
set(CMAKE_AR /usr/bin/${triple}-gcc-ar-posix CACHE FILEPATH "")
set(CMAKE_RANLIB /usr/bin/${triple}-gcc-ranlib-posix CACHE FILEPATH "")

list(APPEND CMAKE_FIND_ROOT_PATH /usr/${triple} ${CMAKE_PREFIX_PATH})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Test programs (gtest_discover_tests, ctest) run under Wine on the build machine.
set(CMAKE_CROSSCOMPILING_EMULATOR /usr/bin/wine)
