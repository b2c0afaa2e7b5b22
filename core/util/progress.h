// Progress reporting and cooperative cancellation for long-running core work.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

namespace stocktower::util {

// Long work reports done/total through this interface and polls isCancelled() between
// units of work; the GUI adapts it to a progress bar, the CLI to a stderr bar.
// Implementations must be thread-safe: engines may report from worker threads.
class Progress {
public:
    virtual ~Progress() = default;
    virtual void setStage(const std::string& /*stage*/) {}
    virtual void report(std::uint64_t done, std::uint64_t total) = 0;
    [[nodiscard]] bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

// For callers that need no feedback (tests, nested work).
class NullProgress final : public Progress {
public:
    void report(std::uint64_t, std::uint64_t) override {}
};

} // namespace stocktower::util
