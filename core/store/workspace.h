// The workspace file: create, open with safety checks, migrate, back up.
#pragma once

#include "store/sqlite.h"
#include "util/message.h"

#include <memory>
#include <string>
#include <vector>

namespace stocktower::store {

// 'STKT': marks a SQLite file as a StockTower workspace (PRAGMA application_id).
inline constexpr std::int32_t kApplicationId = 0x53544B54;
// Bumped by each migration; see migrations.cpp.
inline constexpr int kSchemaVersion = 4;
inline constexpr const char* kWorkspaceSuffix = ".stdb";

class Workspace {
public:
    enum class Access { ReadWrite, ReadOnly };

    // Creates a new, empty workspace. Refuses to overwrite an existing file.
    static std::unique_ptr<Workspace> create(const std::string& path);
    // Opens an existing workspace: refuses files that are not workspaces, opens files from a
    // newer version read-only, migrates older ones (after a backup), checks integrity.
    static std::unique_ptr<Workspace> open(const std::string& path, Access access = Access::ReadWrite);

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    [[nodiscard]] Connection& db() { return *m_db; }
    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    // Why the workspace is read-only, or empty; shown to the user (in English; the message
    // for the ui to translate).
    [[nodiscard]] std::string readOnlyReason() const;
    [[nodiscard]] const util::Message& readOnlyReasonMessage() const { return m_readOnlyReason; }
    [[nodiscard]] int fileSchemaVersion() const { return m_fileVersion; }
    [[nodiscard]] const std::string& journalMode() const { return m_journalMode; }
    // Things the user should know about the open (migration backup written, WAL unavailable…).
    [[nodiscard]] std::vector<std::string> notices() const;
    [[nodiscard]] const std::vector<util::Message>& noticeMessages() const { return m_notices; }

    // SQLite's quick_check: "ok" or the first problem. Open runs it for files up to 256 MB;
    // for larger ones integrityDeferred() is true and the caller runs it (in the background).
    [[nodiscard]] std::string quickCheck();
    [[nodiscard]] bool integrityDeferred() const { return m_integrityDeferred; }

    // Consistent copy of the whole workspace into a new file (VACUUM INTO); refuses to overwrite.
    void backupTo(const std::string& targetPath);

    [[nodiscard]] std::string metaValue(const std::string& key, const std::string& fallback = {});
    void setMetaValue(const std::string& key, const std::string& value);

    // Opens another connection to the same file, for a worker thread (one connection per thread).
    [[nodiscard]] std::unique_ptr<Connection> openConnection(bool readOnly) const;

private:
    Workspace(std::unique_ptr<Connection> db, std::string path);
    void applyConnectionPragmas(Connection& connection) const;
    void chooseJournalMode();

    std::unique_ptr<Connection> m_db;
    std::string m_path;
    bool m_readOnly = false;
    util::Message m_readOnlyReason;
    int m_fileVersion = 0;
    std::string m_journalMode;
    std::vector<util::Message> m_notices;
    bool m_integrityDeferred = false;
};

// Current UTC time as YYYY-MM-DDTHH:MM:SSZ; the store's timestamps use it.
std::string utcNowIso();

} // namespace stocktower::store
