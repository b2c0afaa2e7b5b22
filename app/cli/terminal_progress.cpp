#include "cli/terminal_progress.h"

#include <cstdio>

#ifdef _WIN32
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace stocktower::cli {

TerminalProgress::TerminalProgress(bool quiet) : m_quiet(quiet), m_tty(isatty(fileno(stderr)) != 0) {}

TerminalProgress::~TerminalProgress() { finish(); }

void TerminalProgress::setStage(const std::string& stage) {
    std::lock_guard lock(m_mutex);
    if (m_quiet || stage == m_stage) return;
    if (m_drawn) std::fputc('\n', stderr);
    m_drawn = false;
    m_stage = stage;
    m_lastPercent = -1;
    if (!m_tty) std::fprintf(stderr, "%s\n", stage.c_str());
}

void TerminalProgress::report(std::uint64_t done, std::uint64_t total) {
    std::lock_guard lock(m_mutex);
    if (m_quiet || !m_tty || total == 0) return;
    const int percent = static_cast<int>(100.0 * static_cast<double>(done) / static_cast<double>(total));
    const auto now = std::chrono::steady_clock::now();
    if (percent == m_lastPercent || (now - m_lastDraw < std::chrono::milliseconds(100) && percent < 100)) return;
    m_lastPercent = percent;
    m_lastDraw = now;
    constexpr int width = 30;
    const int filled = percent * width / 100;
    std::fprintf(stderr, "\r%-28.28s [%.*s%*s] %3d%%", m_stage.c_str(), filled,
                 "##############################", width - filled, "", percent);
    m_drawn = true;
}

void TerminalProgress::finish() {
    std::lock_guard lock(m_mutex);
    if (m_drawn) std::fputc('\n', stderr);
    m_drawn = false;
}

} // namespace stocktower::cli
