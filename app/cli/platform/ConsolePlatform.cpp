#include "cli/platform/ConsolePlatform.h"

#include <QString>

#include <cerrno>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace topo::cli::platform {

namespace {

int flushed(std::FILE* stream)
{
    if (std::fflush(stream) != 0 || std::ferror(stream))
        return errno != 0 ? errno : EIO;
    return 0;
}

#ifdef Q_OS_WIN

int writeBytes(std::FILE* stream, std::string_view text)
{
    errno = 0;
    if (std::fwrite(text.data(), 1, text.size(), stream) != text.size())
        return errno != 0 ? errno : EIO;
    return flushed(stream);
}

// The console behind `stream`, or nullptr when it is redirected to a file or a pipe.
HANDLE consoleOf(std::FILE* stream)
{
    const auto handle = reinterpret_cast<HANDLE>(::_get_osfhandle(::_fileno(stream)));
    DWORD mode = 0;
    if (handle == INVALID_HANDLE_VALUE || !::GetConsoleMode(handle, &mode))
        return nullptr;
    return handle;
}

#endif

} // namespace

#ifdef Q_OS_WIN

void prepareStandardStreams()
{
    ::_setmode(::_fileno(stdout), _O_BINARY);
    ::_setmode(::_fileno(stderr), _O_BINARY);
}

int writeUtf8(std::FILE* stream, std::string_view text)
{
    const HANDLE console = consoleOf(stream);
    if (!console)
        return writeBytes(stream, text);
    if (const int error = flushed(stream))
        return error;
    const std::wstring wide =
        QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).toStdWString();
    DWORD written = 0;
    if (!::WriteConsoleW(console, wide.data(), static_cast<DWORD>(wide.size()), &written,
                         nullptr) ||
        written != wide.size())
        return EIO;
    return 0;
}

#else

// Straight to the file descriptor, every byte and every failure seen (EINTR resumed).
int writeBytes(std::FILE* stream, std::string_view text)
{
    if (const int error = flushed(stream))
        return error;
    const int descriptor = ::fileno(stream);
    while (!text.empty()) {
        const ssize_t written = ::write(descriptor, text.data(), text.size());
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (written == 0)
            return EIO;
        text.remove_prefix(static_cast<std::size_t>(written));
    }
    return 0;
}

void prepareStandardStreams() {}

int writeUtf8(std::FILE* stream, std::string_view text)
{
    return writeBytes(stream, text);
}

#endif

int closeStream(std::FILE* stream)
{
    if (const int error = flushed(stream))
        return error;
    // Closing a duplicate asks the file system for the failures it keeps for a close (a
    // network share writes back then) and leaves the stream to the C library's own exit.
    const int copy = ::dup(::fileno(stream));
    errno = 0;
    if (copy >= 0 && ::close(copy) != 0)
        return errno != 0 ? errno : EIO;
    return 0;
}

} // namespace topo::cli::platform
