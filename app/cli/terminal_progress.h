// Progress on stderr for the command line: a redrawn bar on a terminal, stage lines otherwise.
#pragma once

#include "util/progress.h"

#include <chrono>
#include <mutex>
#include <string>

namespace stocktower::cli {

class TerminalProgress final : public util::Progress {
public:
    explicit TerminalProgress(bool quiet);
    ~TerminalProgress() override;
    void setStage(const std::string& stage) override;
    void report(std::uint64_t done, std::uint64_t total) override;
    void finish();

private:
    bool m_quiet;
    bool m_tty;
    std::mutex m_mutex;
    std::string m_stage;
    int m_lastPercent = -1;
    std::chrono::steady_clock::time_point m_lastDraw;
    bool m_drawn = false;
};

} // namespace stocktower::cli
