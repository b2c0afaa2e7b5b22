// Writes a file so that readers see either the old content or the complete new one.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace stocktower::exchange {

// Data goes to "<name>.tmp-<random>" in the target's folder (same file system, so the final
// rename is atomic); commit() flushes it to disk and renames it over the target. Without a
// commit — an exception, a cancelled export — the destructor removes the temporary file and
// the target is untouched. Errors throw util::UserError naming the path and the OS reason.
class AtomicFileWriter {
public:
    explicit AtomicFileWriter(std::filesystem::path target);
    ~AtomicFileWriter();
    AtomicFileWriter(AtomicFileWriter&& other) noexcept;
    AtomicFileWriter& operator=(AtomicFileWriter&& other) noexcept;
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

    void write(std::string_view data);
    void commit();

    [[nodiscard]] const std::filesystem::path& target() const { return m_target; }
    [[nodiscard]] const std::filesystem::path& temporaryPath() const { return m_temporary; }
    [[nodiscard]] bool committed() const { return m_committed; }

private:
    void discard() noexcept;
    [[noreturn]] void failWith(const std::string& action, int error) const;

    std::filesystem::path m_target;
    std::filesystem::path m_temporary;
    int m_fd = -1;
    bool m_committed = false;
};

} // namespace stocktower::exchange
