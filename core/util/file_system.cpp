#include "util/file_system.h"

#include "util/errors.h"

#include <cerrno>
#include <cstring>
#include <system_error>
#include <utility>

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

#include <chrono>
#include <thread>
#else
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace stocktower::util {

namespace fs = std::filesystem;

fs::path pathFromUtf8(std::string_view utf8) {
    // char8_t makes the path constructor decode UTF-8 instead of the narrow (ANSI) encoding.
    return fs::path(std::u8string(reinterpret_cast<const char8_t*>(utf8.data()), utf8.size()));
}

std::string utf8FromPath(const fs::path& path) {
    const std::u8string text = path.u8string();
    return std::string(reinterpret_cast<const char*>(text.data()), text.size());
}

void FileCloser::operator()(std::FILE* file) const noexcept {
    if (file) std::fclose(file);
}

FileHandle openFile(const fs::path& path, const char* mode) {
#ifdef _WIN32
    std::wstring wideMode;
    for (const char* c = mode; *c; ++c)
        wideMode.push_back(static_cast<wchar_t>(*c));
    return FileHandle(_wfopen(path.c_str(), wideMode.c_str()));
#else
    return FileHandle(std::fopen(path.c_str(), mode));
#endif
}

namespace {

#ifndef _WIN32
fs::path folderOf(const fs::path& path) {
    return path.has_parent_path() ? path.parent_path() : fs::path(".");
}
#else
std::string windowsMessage(DWORD error) {
    return std::system_category().message(static_cast<int>(error));
}
#endif

} // namespace

void replaceFile(const fs::path& source, const fs::path& target) {
#ifdef _WIN32
    // std::filesystem::rename does not replace an existing file with every standard library on
    // Windows, and never asks for write-through; a sharing violation is usually a scanner that
    // lets go of the file within moments.
    using namespace std::chrono_literals;
    DWORD error = ERROR_SUCCESS;
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (MoveFileExW(source.c_str(), target.c_str(),
                        MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
            return;
        error = GetLastError();
        if (error != ERROR_SHARING_VIOLATION && error != ERROR_ACCESS_DENIED &&
            error != ERROR_LOCK_VIOLATION)
            break;
        std::this_thread::sleep_for(50ms);
    }
    throw UserError("Cannot replace '" + utf8FromPath(target) + "': " + windowsMessage(error));
#else
    std::error_code ec;
    fs::rename(source, target, ec);
    if (ec) throw UserError("Cannot replace '" + utf8FromPath(target) + "': " + ec.message());
    // The rename itself must reach the disk too, or a crash could bring back the old file.
    const int folder = ::open(folderOf(target).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
#endif
}

FileLock::FileLock(fs::path path, Native handle) : m_path(std::move(path)), m_handle(handle) {}

FileLock::FileLock(FileLock&& other) noexcept
    : m_path(std::move(other.m_path)), m_handle(std::exchange(other.m_handle, kNone)) {}

FileLock& FileLock::operator=(FileLock&& other) noexcept {
    if (this != &other) {
        release();
        m_path = std::move(other.m_path);
        m_handle = std::exchange(other.m_handle, kNone);
    }
    return *this;
}

FileLock::~FileLock() {
    release();
}

std::optional<FileLock> FileLock::tryLock(const fs::path& path) {
#ifdef _WIN32
    const HANDLE handle = CreateFileW(path.c_str(), GENERIC_READ | GENERIC_WRITE,
                                      FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                      nullptr, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        throw UserError("Cannot open '" + utf8FromPath(path) +
                        "': " + windowsMessage(GetLastError()));
    OVERLAPPED whole{};
    if (!LockFileEx(handle, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, MAXDWORD,
                    MAXDWORD, &whole)) {
        const DWORD error = GetLastError();
        CloseHandle(handle);
        if (error == ERROR_LOCK_VIOLATION || error == ERROR_IO_PENDING) return std::nullopt;
        throw UserError("Cannot lock '" + utf8FromPath(path) + "': " + windowsMessage(error));
    }
    return FileLock(path, handle);
#else
    // flock() belongs to the open file description: two FileLocks in one process exclude each
    // other as two processes do (fcntl locks would not), and it ends with the descriptor.
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (fd < 0)
        throw UserError("Cannot open '" + utf8FromPath(path) + "': " + std::strerror(errno));
    int rc = 0;
    do {
        rc = ::flock(fd, LOCK_EX | LOCK_NB);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK) return std::nullopt;
        throw UserError("Cannot lock '" + utf8FromPath(path) + "': " + std::strerror(error));
    }
    return FileLock(path, fd);
#endif
}

void FileLock::release() noexcept {
    if (m_handle == kNone) return;
#ifdef _WIN32
    OVERLAPPED whole{};
    UnlockFileEx(m_handle, 0, MAXDWORD, MAXDWORD, &whole);
    CloseHandle(m_handle);
#else
    ::close(m_handle); // closing the last descriptor releases the flock
#endif
    m_handle = kNone;
}

} // namespace stocktower::util
