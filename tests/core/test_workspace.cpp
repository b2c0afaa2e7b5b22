// Workspace file tests. Oracles: the SQLite file format (header magic, application_id and
// user_version live in the database header) and the behaviour the foundation issue specifies.
#include "store/workspace.h"

#include "store/sqlite.h"
#include "temp_dir.h"
#include "util/errors.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace stocktower;
using stocktower::testsupport::TempDir;

namespace {

std::string messageOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const util::UserError& error) {
        return error.what();
    }
    return "(no error)";
}

} // namespace

TEST(Workspace, CreateSetsIdentityAndSchema) {
    TempDir dir;
    const auto path = dir.file("new.stdb");
    auto workspace = store::Workspace::create(path);
    auto& db = workspace->db();
    EXPECT_EQ(db.queryInt("PRAGMA application_id"), store::kApplicationId);
    EXPECT_EQ(db.queryInt("PRAGMA user_version"), store::kSchemaVersion);
    EXPECT_EQ(db.queryInt("PRAGMA foreign_keys"), 1);
    EXPECT_EQ(db.queryInt("PRAGMA trusted_schema"), 0);
    EXPECT_EQ(workspace->journalMode(), "wal"); // local temp folder supports WAL
    for (const char* table : {"site", "item", "item_site", "location", "demand", "on_hand",
                              "purchase_order_line", "receipt", "order_line", "import_log", "audit_log"}) {
        auto statement = db.prepare("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = ?");
        statement.bind(1, table);
        ASSERT_TRUE(statement.step());
        EXPECT_EQ(statement.getInt(0), 1) << table;
    }
    EXPECT_FALSE(workspace->isReadOnly());
    EXPECT_FALSE(workspace->metaValue("created_at").empty());
}

TEST(Workspace, CreateRefusesExistingFileAndMissingFolder) {
    TempDir dir;
    const auto path = testsupport::writeFile(dir.file("taken.stdb"), "precious");
    EXPECT_NE(messageOf([&] { store::Workspace::create(path); }).find("already exists"), std::string::npos);
    EXPECT_EQ(testsupport::readFile(path), "precious");
    EXPECT_NE(messageOf([&] { store::Workspace::create(dir.file("no/such/folder/x.stdb")); }).find("does not exist"),
              std::string::npos);
}

TEST(Workspace, RefusesFileThatIsNotADatabase) {
    TempDir dir;
    const auto path = testsupport::writeFile(dir.file("report.stdb"), "sku,qty\nA,1\n");
    const auto message = messageOf([&] { store::Workspace::open(path); });
    EXPECT_NE(message.find("not a StockTower workspace"), std::string::npos) << message;
    EXPECT_NE(message.find("report.stdb"), std::string::npos) << message;
    EXPECT_EQ(testsupport::readFile(path), "sku,qty\nA,1\n");
}

TEST(Workspace, RefusesForeignSqliteDatabase) {
    TempDir dir;
    const auto path = dir.file("other.stdb");
    {
        store::Connection other(path, store::Connection::Mode::ReadWriteCreate);
        other.exec("CREATE TABLE t(x); PRAGMA application_id = 1234;");
    }
    const auto message = messageOf([&] { store::Workspace::open(path); });
    EXPECT_NE(message.find("not a StockTower workspace"), std::string::npos) << message;
}

TEST(Workspace, NewerVersionOpensReadOnlyWithReason) {
    TempDir dir;
    const auto path = dir.file("future.stdb");
    {
        auto workspace = store::Workspace::create(path);
        workspace->db().exec("PRAGMA user_version = " + std::to_string(store::kSchemaVersion + 5));
    }
    auto workspace = store::Workspace::open(path);
    EXPECT_TRUE(workspace->isReadOnly());
    EXPECT_NE(workspace->readOnlyReason().find("newer StockTower"), std::string::npos);
    EXPECT_THROW(workspace->db().exec("INSERT INTO site(code) VALUES ('X')"), store::SqliteError);
}

TEST(Workspace, OlderFileIsBackedUpThenMigrated) {
    TempDir dir;
    const auto path = dir.file("old.stdb");
    {
        // A version-0 workspace: identified as ours but with no schema yet.
        store::Connection old(path, store::Connection::Mode::ReadWriteCreate);
        old.exec("PRAGMA application_id = " + std::to_string(store::kApplicationId));
    }
    auto workspace = store::Workspace::open(path);
    EXPECT_EQ(workspace->db().queryInt("PRAGMA user_version"), store::kSchemaVersion);
    ASSERT_EQ(workspace->notices().size(), 1u);
    const auto backup = dir.file("old.v0-backup.stdb");
    EXPECT_TRUE(std::filesystem::exists(backup));
    store::Connection copy(backup, store::Connection::Mode::ReadOnly);
    EXPECT_EQ(copy.queryInt("PRAGMA user_version"), 0);
}

TEST(Workspace, TruncatedFileIsRefused) {
    TempDir dir;
    const auto path = dir.file("cut.stdb");
    {
        auto workspace = store::Workspace::create(path);
        auto& db = workspace->db();
        db.exec("INSERT INTO site(code, name) VALUES ('DC1', 'one')");
        store::Transaction transaction(db);
        auto insert = db.prepare("INSERT INTO item(sku, description) VALUES (?, ?)");
        for (int i = 0; i < 5000; ++i) insert.bind(1, "SKU-" + std::to_string(i)).bind(2, std::string(50, 'x')).run();
        transaction.commit();
        db.exec("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;");
    }
    const auto size = std::filesystem::file_size(path);
    std::filesystem::resize_file(path, size / 2);
    const auto message = messageOf([&] { store::Workspace::open(path); });
    EXPECT_NE(message.find("cut.stdb"), std::string::npos) << message;
    EXPECT_NE(message, "(no error)");
}

TEST(Workspace, ForeignKeysAreEnforced) {
    TempDir dir;
    auto workspace = store::Workspace::create(dir.file("fk.stdb"));
    EXPECT_THROW(workspace->db().exec("INSERT INTO demand(item_id, site_id, day, quantity) VALUES (99, 98, '2025-01-01', 1)"),
                 store::SqliteError);
}

TEST(Workspace, BackupIsACompleteCopyAndNeverOverwrites) {
    TempDir dir;
    auto workspace = store::Workspace::create(dir.file("main.stdb"));
    workspace->db().exec("INSERT INTO site(code, name) VALUES ('DC1', 'North'), ('DC2', 'South')");
    const auto target = dir.file("copy.stdb");
    workspace->backupTo(target);
    auto copy = store::Workspace::open(target);
    EXPECT_EQ(copy->db().queryInt("SELECT COUNT(*) FROM site"), 2);
    EXPECT_THROW(workspace->backupTo(target), util::UserError);
}

TEST(Workspace, ReadOnlyOpenCannotWrite) {
    TempDir dir;
    const auto path = dir.file("ro.stdb");
    store::Workspace::create(path);
    auto workspace = store::Workspace::open(path, store::Workspace::Access::ReadOnly);
    EXPECT_TRUE(workspace->isReadOnly());
    EXPECT_THROW(workspace->db().exec("INSERT INTO site(code) VALUES ('X')"), store::SqliteError);
}
