// An LD_PRELOAD library that fails exactly one chosen system call of a program, SQLite's way of
// proving that no I/O error loses data: run once to count the calls, then once per call with
// that call failing. Only calls on files under one folder count (write, writev, pwrite, fsync,
// fdatasync, ftruncate, rename, renameat, renameat2, linkat, open and openat for writing,
// close, read, pread), so the program's libraries, fonts and settings are left alone.
//
// Environment:
//   TOPO_FAULT_DIR     the folder (absolute); nothing counts without it
//   TOPO_FAULT_AT      the counted call to fail, from 1; 0 or unset: only count
//   TOPO_FAULT_ERRNO   ENOSPC (default), EIO, EDQUOT, EROFS, or "short": a read or write
//                      that moves half the bytes (other calls then fail with EIO)
//   TOPO_FAULT_PERSIST 1: every counted call after the chosen one fails too (a disk that
//                      stays full)
//   TOPO_FAULT_REPORT  a file (outside the folder) that gets one line at exit:
//                      "calls=N injected=K first=NAME file=PATH" (the first failed call and
//                      the file it concerned, relative to the folder; PATH ends the line)
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static char g_folder[PATH_MAX];
static size_t g_folderLength;
static long g_failAt;
static int g_errno = ENOSPC;
static int g_short;
static int g_persist;
static long g_calls;
static long g_injected;
static const char* g_firstInjected = "";
static char g_firstFile[PATH_MAX];
// The file under the folder that the calling thread's current call concerns.
static __thread char t_callFile[PATH_MAX];

#define REAL(name) ((__typeof__(&name))dlsym(RTLD_NEXT, #name))

__attribute__((constructor)) static void setUp(void)
{
    const char* folder = getenv("TOPO_FAULT_DIR");
    if (folder && folder[0] == '/' && strlen(folder) < sizeof g_folder - 1) {
        strcpy(g_folder, folder);
        g_folderLength = strlen(g_folder);
        while (g_folderLength > 1 && g_folder[g_folderLength - 1] == '/')
            g_folder[--g_folderLength] = '\0';
    }
    const char* at = getenv("TOPO_FAULT_AT");
    g_failAt = at ? atol(at) : 0;
    const char* error = getenv("TOPO_FAULT_ERRNO");
    if (error) {
        if (strcmp(error, "EIO") == 0)
            g_errno = EIO;
        else if (strcmp(error, "EDQUOT") == 0)
            g_errno = EDQUOT;
        else if (strcmp(error, "EROFS") == 0)
            g_errno = EROFS;
        else if (strcmp(error, "short") == 0) {
            g_short = 1;
            g_errno = EIO;
        }
    }
    const char* persist = getenv("TOPO_FAULT_PERSIST");
    g_persist = persist && strcmp(persist, "1") == 0;
}

__attribute__((destructor)) static void report(void)
{
    const char* path = getenv("TOPO_FAULT_REPORT");
    if (!path || !g_folderLength)
        return;
    char line[PATH_MAX + 128];
    const int length = snprintf(line, sizeof line, "calls=%ld injected=%ld first=%s file=%s\n",
                                g_calls, g_injected, g_firstInjected, g_firstFile);
    const int fd = REAL(open)(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    if (REAL(write)(fd, line, (size_t)length) < 0) {
        // Nothing to do: the driver sees a missing line.
    }
    REAL(close)(fd);
}

// A process that ends at once (_exit, _Exit: the designer's "crash" step, as a kill would)
// runs no destructor: the report is written first.
void _exit(int status)
{
    report();
    REAL(_exit)(status);
    for (;;) {
    }
}

void _Exit(int status)
{
    report();
    REAL(_Exit)(status);
    for (;;) {
    }
}

static int underFolder(const char* path)
{
    if (!g_folderLength || !path)
        return 0;
    char absolute[PATH_MAX];
    if (path[0] != '/') {
        if (!getcwd(absolute, sizeof absolute))
            return 0;
        const size_t used = strlen(absolute);
        if (used + 1 + strlen(path) >= sizeof absolute)
            return 0;
        absolute[used] = '/';
        strcpy(absolute + used + 1, path);
        path = absolute;
    }
    if (strncmp(path, g_folder, g_folderLength) != 0 ||
        (path[g_folderLength] != '/' && path[g_folderLength] != '\0'))
        return 0;
    const char* relative = path + g_folderLength + (path[g_folderLength] == '/');
    snprintf(t_callFile, sizeof t_callFile, "%s", relative);
    return 1;
}

static int fdUnderFolder(int fd)
{
    if (!g_folderLength || fd < 0)
        return 0;
    char link[64];
    char target[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t length = readlink(link, target, sizeof target - 1);
    if (length <= 0)
        return 0;
    target[length] = '\0';
    return underFolder(target);
}

// A path relative to a directory descriptor, as the *at calls take it.
static int atUnderFolder(int dirfd, const char* path)
{
    if (path && path[0] == '/')
        return underFolder(path);
    if (dirfd == AT_FDCWD)
        return underFolder(path);
    return fdUnderFolder(dirfd);
}

// Counts one call that concerns the folder; true when it is the one to fail.
static int strike(int counted, const char* name)
{
    if (!counted)
        return 0;
    const long call = __atomic_add_fetch(&g_calls, 1, __ATOMIC_SEQ_CST);
    if (g_failAt <= 0 || call < g_failAt || (call > g_failAt && !g_persist))
        return 0;
    if (__atomic_add_fetch(&g_injected, 1, __ATOMIC_SEQ_CST) == 1) {
        g_firstInjected = name;
        snprintf(g_firstFile, sizeof g_firstFile, "%s", t_callFile);
    }
    return 1;
}

static int writing(int flags)
{
    return (flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND)) != 0 ||
           (flags & O_TMPFILE) == O_TMPFILE;
}

static int modeOf(int flags, va_list arguments)
{
    return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE ? va_arg(arguments, int) : 0;
}

#define FAIL_RETURN(value)                                                                         \
    do {                                                                                           \
        errno = g_errno;                                                                           \
        return value;                                                                              \
    } while (0)

int open(const char* path, int flags, ...)
{
    va_list arguments;
    va_start(arguments, flags);
    const int mode = modeOf(flags, arguments);
    va_end(arguments);
    if (writing(flags) && strike(underFolder(path), "open"))
        FAIL_RETURN(-1);
    return REAL(open)(path, flags, mode);
}

int open64(const char* path, int flags, ...)
{
    va_list arguments;
    va_start(arguments, flags);
    const int mode = modeOf(flags, arguments);
    va_end(arguments);
    if (writing(flags) && strike(underFolder(path), "open"))
        FAIL_RETURN(-1);
    return REAL(open64)(path, flags, mode);
}

int openat(int dirfd, const char* path, int flags, ...)
{
    va_list arguments;
    va_start(arguments, flags);
    const int mode = modeOf(flags, arguments);
    va_end(arguments);
    if (writing(flags) && strike(atUnderFolder(dirfd, path), "openat"))
        FAIL_RETURN(-1);
    return REAL(openat)(dirfd, path, flags, mode);
}

int openat64(int dirfd, const char* path, int flags, ...)
{
    va_list arguments;
    va_start(arguments, flags);
    const int mode = modeOf(flags, arguments);
    va_end(arguments);
    if (writing(flags) && strike(atUnderFolder(dirfd, path), "openat"))
        FAIL_RETURN(-1);
    return REAL(openat64)(dirfd, path, flags, mode);
}

ssize_t write(int fd, const void* data, size_t size)
{
    if (strike(fdUnderFolder(fd), "write")) {
        if (g_short && size > 1)
            return REAL(write)(fd, data, size / 2);
        FAIL_RETURN(-1);
    }
    return REAL(write)(fd, data, size);
}

ssize_t pwrite(int fd, const void* data, size_t size, off_t offset)
{
    if (strike(fdUnderFolder(fd), "pwrite")) {
        if (g_short && size > 1)
            return REAL(pwrite)(fd, data, size / 2, offset);
        FAIL_RETURN(-1);
    }
    return REAL(pwrite)(fd, data, size, offset);
}

ssize_t pwrite64(int fd, const void* data, size_t size, off64_t offset)
{
    if (strike(fdUnderFolder(fd), "pwrite")) {
        if (g_short && size > 1)
            return REAL(pwrite64)(fd, data, size / 2, offset);
        FAIL_RETURN(-1);
    }
    return REAL(pwrite64)(fd, data, size, offset);
}

ssize_t writev(int fd, const struct iovec* parts, int count)
{
    if (strike(fdUnderFolder(fd), "writev")) {
        if (g_short && count > 0 && parts[0].iov_len > 1)
            return REAL(write)(fd, parts[0].iov_base, parts[0].iov_len / 2);
        FAIL_RETURN(-1);
    }
    return REAL(writev)(fd, parts, count);
}

ssize_t read(int fd, void* data, size_t size)
{
    if (strike(fdUnderFolder(fd), "read")) {
        if (g_short && size > 1)
            return REAL(read)(fd, data, size / 2);
        FAIL_RETURN(-1);
    }
    return REAL(read)(fd, data, size);
}

ssize_t pread(int fd, void* data, size_t size, off_t offset)
{
    if (strike(fdUnderFolder(fd), "pread")) {
        if (g_short && size > 1)
            return REAL(pread)(fd, data, size / 2, offset);
        FAIL_RETURN(-1);
    }
    return REAL(pread)(fd, data, size, offset);
}

ssize_t pread64(int fd, void* data, size_t size, off64_t offset)
{
    if (strike(fdUnderFolder(fd), "pread")) {
        if (g_short && size > 1)
            return REAL(pread64)(fd, data, size / 2, offset);
        FAIL_RETURN(-1);
    }
    return REAL(pread64)(fd, data, size, offset);
}

int fsync(int fd)
{
    if (strike(fdUnderFolder(fd), "fsync"))
        FAIL_RETURN(-1);
    return REAL(fsync)(fd);
}

int fdatasync(int fd)
{
    if (strike(fdUnderFolder(fd), "fdatasync"))
        FAIL_RETURN(-1);
    return REAL(fdatasync)(fd);
}

int ftruncate(int fd, off_t length)
{
    if (strike(fdUnderFolder(fd), "ftruncate"))
        FAIL_RETURN(-1);
    return REAL(ftruncate)(fd, length);
}

int ftruncate64(int fd, off64_t length)
{
    if (strike(fdUnderFolder(fd), "ftruncate"))
        FAIL_RETURN(-1);
    return REAL(ftruncate64)(fd, length);
}

// Linux releases the descriptor even when close fails: so does the injected failure.
int close(int fd)
{
    if (strike(fdUnderFolder(fd), "close")) {
        REAL(close)(fd);
        FAIL_RETURN(-1);
    }
    return REAL(close)(fd);
}

int rename(const char* from, const char* to)
{
    if (strike(underFolder(to) || underFolder(from), "rename"))
        FAIL_RETURN(-1);
    return REAL(rename)(from, to);
}

int renameat(int fromDir, const char* from, int toDir, const char* to)
{
    if (strike(atUnderFolder(toDir, to) || atUnderFolder(fromDir, from), "renameat"))
        FAIL_RETURN(-1);
    return REAL(renameat)(fromDir, from, toDir, to);
}

int renameat2(int fromDir, const char* from, int toDir, const char* to, unsigned flags)
{
    if (strike(atUnderFolder(toDir, to) || atUnderFolder(fromDir, from), "renameat2"))
        FAIL_RETURN(-1);
    return REAL(renameat2)(fromDir, from, toDir, to, flags);
}

int linkat(int fromDir, const char* from, int toDir, const char* to, int flags)
{
    if (strike(atUnderFolder(toDir, to), "linkat"))
        FAIL_RETURN(-1);
    return REAL(linkat)(fromDir, from, toDir, to, flags);
}
