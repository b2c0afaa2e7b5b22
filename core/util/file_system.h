// File operations whose Windows and POSIX behaviour differ: UTF-8 paths, atomic replace, locks.
#pragma once

#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace stocktower::util {

// Paths cross the core as UTF-8 std::string (SQLite, CSV, JSON and Qt's toStdString() all speak
// UTF-8). Building a std::filesystem::path from a std::string reads it in the ANSI code page on
// Windows, which turns "Lager Köln" or a CJK folder into '?' — so every such conversion goes
// through these two functions, which use UTF-8 on every platform.
[[nodiscard]] std::filesystem::path pathFromUtf8(std::string_view utf8);
[[nodiscard]] std::string utf8FromPath(const std::filesystem::path& path);

// fopen() for a path with any characters in it (Windows: _wfopen). mode as for fopen, e.g. "rb".
// Returns nullptr with errno set, like fopen.
struct FileCloser {
    void operator()(std::FILE* file) const noexcept;
};
using FileHandle = std::unique_ptr<std::FILE, FileCloser>;
[[nodiscard]] FileHandle openFile(const std::filesystem::path& path, const char* mode);

// Moves `source` over `target` in one step: a reader sees the old file or the new one, never
// neither, and once this returns the change is on disk. Both must be on one file system (keep
// the source in the target's folder). POSIX: rename(2), then fsync of the folder. Windows:
// MoveFileExW with MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH, retried for up to a
// second while another program (a virus scanner, an indexer) has the target open without
// FILE_SHARE_DELETE. Throws UserError naming the target and the system's reason.
void replaceFile(const std::filesystem::path& source, const std::filesystem::path& target);

// An exclusive lock on a file, held while the object lives, between processes and between
// separate FileLock objects in one process. Advisory on POSIX (flock); on Windows a LockFileEx
// byte-range lock on a handle opened with FILE_SHARE_DELETE, so holding it never stops
// replaceFile() from putting a new file in its place (on both systems the holder keeps the
// old file open). The file is created when missing and left in place on release.
class FileLock {
public:
    // nullopt when another holder has the lock; throws UserError when the file cannot be opened.
    [[nodiscard]] static std::optional<FileLock> tryLock(const std::filesystem::path& path);

    FileLock(FileLock&& other) noexcept;
    FileLock& operator=(FileLock&& other) noexcept;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    ~FileLock();

    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

private:
#ifdef _WIN32
    using Native = void*; // HANDLE
    static inline const Native kNone = reinterpret_cast<void*>(static_cast<long long>(-1));
#else
    using Native = int;
    static constexpr Native kNone = -1;
#endif
    FileLock(std::filesystem::path path, Native handle);
    void release() noexcept;

    std::filesystem::path m_path;
    Native m_handle = kNone;
};

} // namespace stocktower::util
