// The background integrity check (store::quickCheck on a connection of its own) and the
// cancellation of long statements. Oracle: SQLite's file format (a b-tree page starts with its
// page type byte; 0 is not a valid type, so quick_check must report that page).
#include "store/cancellation.h"
#include "store/integrity.h"
#include "store/workspace.h"

#include "store/sqlite.h"
#include "temp_dir.h"
#include "util/errors.h"
#include "util/progress.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <string>
#include <thread>

using namespace stocktower;
using stocktower::testsupport::TempDir;

namespace {

// A workspace with enough items for an index of its own pages; returns the root page of the
// item_supplier index and the page size.
std::pair<std::int64_t, std::int64_t> makeWorkspace(const std::string& path) {
    auto workspace = store::Workspace::create(path);
    auto& db = workspace->db();
    store::Transaction transaction(db);
    auto insert = db.prepare("INSERT INTO item(sku, description, supplier) VALUES (?, ?, ?)");
    for (int i = 0; i < 2000; ++i) {
        insert.bind(1, "SKU-" + std::to_string(i)).bind(2, "Item number " + std::to_string(i));
        insert.bind(3, "SUP-" + std::to_string(i % 37)).run();
    }
    transaction.commit();
    const auto page =
        db.queryInt("SELECT rootpage FROM sqlite_schema WHERE name = 'item_supplier'");
    return {page, db.queryInt("PRAGMA page_size")};
}

void overwriteByte(const std::string& path, std::int64_t offset, char value) {
    std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(offset);
    file.put(value);
}

} // namespace

TEST(Integrity, HealthyWorkspaceIsOk) {
    TempDir dir;
    const auto path = dir.file("healthy.stdb");
    makeWorkspace(path);
    store::Connection db(path, store::Connection::Mode::ReadOnly);
    util::NullProgress progress;
    EXPECT_EQ(store::quickCheck(db, progress), "ok");
}

TEST(Integrity, ReportsADamagedIndexPage) {
    TempDir dir;
    const auto path = dir.file("damaged.stdb");
    const auto [page, pageSize] = makeWorkspace(path);
    ASSERT_GT(page, 1);
    overwriteByte(path, (page - 1) * pageSize, '\0');
    store::Connection db(path, store::Connection::Mode::ReadOnly);
    util::NullProgress progress;
    const std::string result = store::quickCheck(db, progress);
    EXPECT_NE(result, "ok");
    EXPECT_FALSE(result.empty());
    // The data itself is still readable: the damage is in an index, so read-only use makes sense.
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM item NOT INDEXED"), 2000);
}

TEST(Integrity, CancelledCheckStopsWithCancelled) {
    TempDir dir;
    const auto path = dir.file("cancel.stdb");
    makeWorkspace(path);
    store::Connection db(path, store::Connection::Mode::ReadOnly);
    util::NullProgress progress;
    progress.cancel();
    EXPECT_THROW((void)store::quickCheck(db, progress), util::Cancelled);
}

TEST(Integrity, CancelFromAnotherThreadStopsARunningStatement) {
    TempDir dir;
    const auto path = dir.file("interrupt.stdb");
    makeWorkspace(path);
    store::Connection db(path, store::Connection::Mode::ReadOnly);
    util::NullProgress progress;
    const auto started = std::chrono::steady_clock::now();
    {
        const store::InterruptWhenCancelled guard(db, progress);
        std::thread canceller([&progress] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            progress.cancel();
        });
        try {
            // 100 million steps: many seconds unless interrupted.
            (void)db.queryInt("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                              "WHERE i < 100000000) "
                              "SELECT COUNT(*) FROM n");
            ADD_FAILURE() << "not interrupted";
        } catch (const store::SqliteError& error) {
            EXPECT_TRUE(store::InterruptWhenCancelled::isInterruption(error));
        }
        canceller.join();
    }
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
    // Without the guard the same connection runs statements to the end again.
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM item"), 2000);
}

TEST(Integrity, StatementsStartedAfterTheCancelStopToo) {
    TempDir dir;
    const auto path = dir.file("late.stdb");
    makeWorkspace(path);
    store::Connection db(path, store::Connection::Mode::ReadOnly);
    util::NullProgress progress;
    const store::InterruptWhenCancelled guard(db, progress);
    progress.cancel();
    // The watchdog's interrupts so far met no statement; the next one is stopped all the same.
    std::this_thread::sleep_for(std::chrono::milliseconds(60));
    EXPECT_THROW((void)db.queryInt("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                   "WHERE i < 100000000) SELECT COUNT(*) FROM n"),
                 store::SqliteError);
}
