#include "exchange/atomic_file.h"

#include "util/errors.h"
#include "util/file_system.h"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <cerrno>
#include <cstring>
#include <random>
#include <utility>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <share.h>
#include <sys/stat.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace stocktower::exchange {

namespace {

std::string randomSuffix() {
    std::random_device device;
    return fmt::format("{:08x}", device());
}

int openExclusive(const std::filesystem::path& path) {
#ifdef _WIN32
    int fd = -1;
    const errno_t err = _wsopen_s(&fd, path.c_str(), _O_WRONLY | _O_CREAT | _O_EXCL | _O_BINARY,
                                  _SH_DENYNO, _S_IREAD | _S_IWRITE);
    if (err != 0) errno = err;
    return fd;
#else
    return ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
#endif
}

} // namespace

AtomicFileWriter::AtomicFileWriter(std::filesystem::path target) : m_target(std::move(target)) {
    const std::filesystem::path folder =
        m_target.has_parent_path() ? m_target.parent_path() : std::filesystem::path(".");
    // A clash with another writer's temporary file is possible in principle: retry a few times.
    for (int attempt = 0; attempt < 16 && m_fd < 0; ++attempt) {
        std::filesystem::path name = m_target.filename();
        name += ".tmp-" + randomSuffix();
        m_temporary = folder / name;
        m_fd = openExclusive(m_temporary);
        if (m_fd < 0 && errno != EEXIST) break;
    }
    if (m_fd < 0) {
        const int error = errno;
        m_temporary.clear();
        failWith("write", error);
    }
#ifndef _WIN32
    // Replacing a file keeps its permissions, as editing it in place would.
    struct stat existing {};
    if (::stat(m_target.c_str(), &existing) == 0) ::fchmod(m_fd, existing.st_mode & 07777);
#endif
}

AtomicFileWriter::~AtomicFileWriter() {
    discard();
}

AtomicFileWriter::AtomicFileWriter(AtomicFileWriter&& other) noexcept
    : m_target(std::move(other.m_target)), m_temporary(std::exchange(other.m_temporary, {})),
      m_fd(std::exchange(other.m_fd, -1)), m_committed(other.m_committed) {}

AtomicFileWriter& AtomicFileWriter::operator=(AtomicFileWriter&& other) noexcept {
    if (this != &other) {
        discard();
        m_target = std::move(other.m_target);
        m_temporary = std::exchange(other.m_temporary, {});
        m_fd = std::exchange(other.m_fd, -1);
        m_committed = other.m_committed;
    }
    return *this;
}

void AtomicFileWriter::discard() noexcept {
    if (m_fd >= 0) {
#ifdef _WIN32
        _close(m_fd);
#else
        ::close(m_fd);
#endif
        m_fd = -1;
    }
    if (!m_temporary.empty()) {
        std::error_code ignored;
        std::filesystem::remove(m_temporary, ignored);
        m_temporary.clear();
    }
}

void AtomicFileWriter::failWith(const std::string& action, int error) const {
    throw util::UserError(
        fmt::format("Cannot {} '{}': {}", action, util::utf8FromPath(m_target), std::strerror(error)));
}

void AtomicFileWriter::write(std::string_view data) {
    assert(m_fd >= 0 && "write after commit or move");
    while (!data.empty()) {
#ifdef _WIN32
        const auto chunk = static_cast<unsigned>(std::min<std::size_t>(data.size(), 1u << 30));
        const int written = _write(m_fd, data.data(), chunk);
#else
        const ssize_t written = ::write(m_fd, data.data(), data.size());
#endif
        if (written < 0) {
            if (errno == EINTR) continue;
            failWith("write", errno);
        }
        data.remove_prefix(static_cast<std::size_t>(written));
    }
}

void AtomicFileWriter::commit() {
    assert(m_fd >= 0 && "commit twice or after move");
#ifdef _WIN32
    if (_commit(m_fd) != 0) failWith("write", errno);
    const int closed = _close(m_fd);
#else
    if (::fsync(m_fd) != 0) failWith("write", errno);
    const int closed = ::close(m_fd); // network file systems report write errors here
#endif
    m_fd = -1;
    if (closed != 0) failWith("write", errno);

    util::replaceFile(m_temporary, m_target);
    m_temporary.clear();
    m_committed = true;
}

} // namespace stocktower::exchange
