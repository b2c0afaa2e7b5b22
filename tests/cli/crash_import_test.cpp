// Crash safety of stocktower-cli: SIGKILL in the middle of an import or an export leaves the
// workspace intact and no partial target file. Oracle: the all-or-nothing rule of the design
// (one transaction per import; exports written to a temporary file and renamed into place).
// POSIX only: fork/exec and signals.
#include "temp_dir.h"
#include "store/sqlite.h"
#include "store/workspace.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using namespace stocktower;
using namespace std::chrono_literals;

namespace {

constexpr const char* kCli = STOCKTOWER_CLI_PATH;
// 2,000 items × 2 sites × 150 days = 600,000 rows: the import runs for a while even in a Release
// build, and is killed early, so AddressSanitizer builds stay within seconds. The export test
// imports 160,000 rows for real: its output passes the writer's 256 KiB buffer many times.
constexpr int kItems = 2000;
constexpr int kImportDays = 150;
constexpr int kExportDays = 40;
constexpr auto kBoundedWait = 60s;

using stocktower::testsupport::TempDir;

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFile(const std::string& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
}

// A running stocktower-cli with its stderr on a pipe (stdout goes to /dev/null).
class CliProcess {
public:
    CliProcess(const std::vector<std::string>& arguments, const fs::path& folder) {
        std::vector<std::string> all{kCli};
        all.insert(all.end(), arguments.begin(), arguments.end());
        std::vector<char*> argv;
        for (auto& argument : all)
            argv.push_back(argument.data());
        argv.push_back(nullptr);
        const std::string cwd = folder.string();

        int fds[2];
        if (::pipe(fds) != 0) throw std::runtime_error("pipe failed");
        m_pid = ::fork();
        if (m_pid < 0) throw std::runtime_error("fork failed");
        if (m_pid == 0) {
            // Child: only async-signal-safe calls until exec.
            ::close(fds[0]);
            ::dup2(fds[1], STDERR_FILENO);
            ::close(fds[1]);
            const int devNull = ::open("/dev/null", O_WRONLY);
            if (devNull >= 0) ::dup2(devNull, STDOUT_FILENO);
            if (::chdir(cwd.c_str()) != 0) ::_exit(126);
            ::execv(kCli, argv.data());
            ::_exit(127);
        }
        ::close(fds[1]);
        m_stderr = fds[0];
        ::fcntl(m_stderr, F_SETFL, ::fcntl(m_stderr, F_GETFL) | O_NONBLOCK);
    }
    ~CliProcess() {
        if (m_pid > 0 && !m_reaped) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        if (m_stderr >= 0) ::close(m_stderr);
    }
    CliProcess(const CliProcess&) = delete;
    CliProcess& operator=(const CliProcess&) = delete;

    // Reads whatever stderr has to offer, waiting at most `timeout` for something to arrive.
    const std::string& pollStderr(std::chrono::milliseconds timeout) {
        pollfd descriptor{m_stderr, POLLIN, 0};
        if (::poll(&descriptor, 1, static_cast<int>(timeout.count())) > 0) {
            char buffer[4096];
            ssize_t n = 0;
            while ((n = ::read(m_stderr, buffer, sizeof buffer)) > 0)
                m_stderrText.append(buffer, static_cast<std::size_t>(n));
        }
        return m_stderrText;
    }

    // True while the process has not exited (reaps it when it has).
    bool running() {
        if (m_reaped) return false;
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_reaped = true;
            m_status = status;
            return false;
        }
        return true;
    }

    void killHard() {
        ::kill(m_pid, SIGKILL);
        wait();
    }

    int wait() {
        if (!m_reaped) {
            int status = 0;
            while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
            }
            m_reaped = true;
            m_status = status;
        }
        pollStderr(0ms);
        return m_status;
    }

    [[nodiscard]] bool killedBySigkill() const {
        return m_reaped && WIFSIGNALED(m_status) && WTERMSIG(m_status) == SIGKILL;
    }
    [[nodiscard]] const std::string& stderrText() const { return m_stderrText; }

private:
    pid_t m_pid = -1;
    int m_stderr = -1;
    bool m_reaped = false;
    int m_status = 0;
    std::string m_stderrText;
};

// Runs the CLI to completion; returns its exit code (or -1 when it died of a signal).
int runCli(const std::vector<std::string>& arguments, const fs::path& folder,
           std::string* errors = nullptr) {
    CliProcess process(arguments, folder);
    while (process.running())
        process.pollStderr(50ms);
    const int status = process.wait();
    if (errors) *errors = process.stderrText();
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::uintmax_t sizeOf(const fs::path& path) {
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    return ec ? 0 : size;
}

// Waits (bounded) until `ready` holds, reading stderr meanwhile. False when the process
// exited first or the wait ran out.
bool waitUntil(CliProcess& process, const std::function<bool()>& ready) {
    const auto deadline = std::chrono::steady_clock::now() + kBoundedWait;
    while (std::chrono::steady_clock::now() < deadline) {
        process.pollStderr(2ms);
        if (ready()) return true;
        if (!process.running()) return false;
    }
    return false;
}

// A workspace with two sites and kItems items, made with the CLI; returns its path.
std::string makeWorkspace(const TempDir& dir) {
    std::string sites = "code,name\nDC1,One\nDC2,Two\n";
    writeFile(dir.file("sites.csv"), sites);
    std::string items = "sku,description\n";
    for (int i = 0; i < kItems; ++i)
        items += "SKU-" + std::to_string(100000 + i) + ",Item " + std::to_string(i) + "\n";
    writeFile(dir.file("items.csv"), items);
    std::string errors;
    EXPECT_EQ(runCli({"init", "-q", "-w", "ws.stdb"}, dir.path(), &errors), 0) << errors;
    EXPECT_EQ(runCli({"import", "sites", "sites.csv", "-w", "ws.stdb"}, dir.path(), &errors), 0)
        << errors;
    EXPECT_EQ(runCli({"import", "items", "items.csv", "-w", "ws.stdb"}, dir.path(), &errors), 0)
        << errors;
    return dir.file("ws.stdb");
}

// kItems × 2 sites × days rows of demand.
void writeDemand(const std::string& path, int days) {
    std::FILE* out = std::fopen(path.c_str(), "wb");
    ASSERT_NE(out, nullptr);
    std::fputs("item,site,date,quantity,order_lines\n", out);
    for (int day = 0; day < days; ++day) {
        const int month = 1 + day / 28, dayOfMonth = 1 + day % 28; // 28-day months: always valid
        for (int item = 0; item < kItems; ++item)
            for (int site = 1; site <= 2; ++site)
                std::fprintf(out, "SKU-%d,DC%d,2025-%02d-%02d,%d,%d\n", 100000 + item, site, month,
                             dayOfMonth, (item * 7 + day * 3 + site) % 41, 1 + item % 3);
    }
    std::fclose(out);
}

} // namespace

TEST(CliCrash, KilledImportLeavesWorkspaceIntactAndEmpty) {
    TempDir dir;
    const std::string workspacePath = makeWorkspace(dir);
    if (HasFailure()) return;
    writeDemand(dir.file("big.csv"), kImportDays);
    const fs::path wal = workspacePath + "-wal";

    CliProcess import({"import", "demand", "big.csv", "-w", "ws.stdb"}, dir.path());
    // Under way: the rows are being written inside the import's transaction (the stage line
    // comes after the transaction began) or the write-ahead log has grown past 1 MB.
    std::optional<std::chrono::steady_clock::time_point> importing;
    const bool underWay = waitUntil(import, [&] {
        if (sizeOf(wal) > (1u << 20)) return true;
        if (!importing && import.stderrText().find("Importing") != std::string::npos)
            importing = std::chrono::steady_clock::now();
        return importing && std::chrono::steady_clock::now() - *importing > 200ms;
    });
    ASSERT_TRUE(underWay) << "the import did not get under way (or finished first); stderr:\n"
                          << import.stderrText();
    import.killHard();
    ASSERT_TRUE(import.killedBySigkill()) << "the import finished before it was killed; stderr:\n"
                                          << import.stderrText();

    auto workspace = store::Workspace::open(workspacePath);
    auto& db = workspace->db();
    EXPECT_EQ(db.queryText("PRAGMA integrity_check"), "ok");
    EXPECT_FALSE(db.prepare("PRAGMA foreign_key_check").step()) << "a row refers to a missing row";
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM demand"), 0);
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM import_log WHERE record_type = 'demand' AND result "
                          "= 'committed'"),
              0);
    // The imports committed before the crash are all there.
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM item"), kItems);
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM site"), 2);
    workspace.reset();

    // And the CLI agrees.
    std::string errors;
    EXPECT_EQ(runCli({"check", "-w", "ws.stdb"}, dir.path(), &errors), 0) << errors;
}

TEST(CliCrash, KilledExportLeavesNoPartialTarget) {
    TempDir dir;
    const std::string workspacePath = makeWorkspace(dir);
    if (HasFailure()) return;
    writeDemand(dir.file("demand.csv"), kExportDays);
    std::string errors;
    ASSERT_EQ(
        runCli({"import", "demand", "demand.csv", "-q", "-w", "ws.stdb"}, dir.path(), &errors), 0)
        << errors;

    // A temporary file of the export that has received data: the export is half-way.
    auto partialTemporary = [&](const std::string& target) {
        for (const auto& entry : fs::directory_iterator(dir.path())) {
            const std::string name = entry.path().filename().string();
            if (name.rfind(target + ".tmp-", 0) == 0 && sizeOf(entry.path()) > 0) return true;
        }
        return false;
    };
    auto leftovers = [&](const std::string& target) {
        std::vector<std::string> names;
        for (const auto& entry : fs::directory_iterator(dir.path())) {
            const std::string name = entry.path().filename().string();
            if (name.rfind(target, 0) == 0 && name != target &&
                name.rfind(target + ".tmp-", 0) != 0)
                names.push_back(name);
        }
        return names;
    };

    const std::string previous = "the previous content of this file\n";
    writeFile(dir.file("existing.csv"), previous);
    for (const std::string target : {"existing.csv", "new.csv"}) {
        SCOPED_TRACE(target);
        CliProcess exportProcess({"export", "demand", target, "-w", "ws.stdb"}, dir.path());
        ASSERT_TRUE(waitUntil(exportProcess, [&] { return partialTemporary(target); }))
            << "the export did not get under way (or finished first); stderr:\n"
            << exportProcess.stderrText();
        exportProcess.killHard();
        ASSERT_TRUE(exportProcess.killedBySigkill()) << "the export finished before it was killed";

        if (target == "existing.csv")
            EXPECT_EQ(readFile(dir.file(target)), previous);
        else
            EXPECT_FALSE(fs::exists(dir.file(target)));
        EXPECT_TRUE(leftovers(target).empty()) << "unexpected file " << leftovers(target).front();
    }

    // The workspace is untouched by the killed exports (they only read it).
    auto workspace = store::Workspace::open(workspacePath);
    EXPECT_EQ(workspace->db().queryText("PRAGMA integrity_check"), "ok");
    EXPECT_EQ(workspace->db().queryInt("SELECT COUNT(*) FROM demand"), 2 * kItems * kExportDays);
}
