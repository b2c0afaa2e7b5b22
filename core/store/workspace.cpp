#include "store/workspace.h"

#include "store/migrations.h"
#include "util/errors.h"
#include "util/file_system.h"

#include <sqlite3.h>

#include <array>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>

namespace stocktower::store {

namespace fs = std::filesystem;
using M = util::MessageId;

namespace {

// The first 16 bytes of every SQLite 3 database file.
constexpr std::array<char, 16> kSqliteMagic = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                               'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};

bool hasSqliteHeader(const std::string& path) {
    std::ifstream in(util::pathFromUtf8(path), std::ios::binary);
    std::array<char, 16> header{};
    if (!in.read(header.data(), header.size())) return false;
    return header == kSqliteMagic;
}

std::uint32_t bigEndian(const unsigned char* bytes, int count) {
    std::uint32_t value = 0;
    for (int i = 0; i < count; ++i) value = (value << 8) | bytes[i];
    return value;
}

// A cut-off copy (interrupted download, full disk during a copy) is shorter than its header
// says. The header's page count is trusted only when SQLite marked it valid (offset 92 equals
// the change counter at offset 24), as the file format specification describes.
std::optional<util::Message> truncationProblem(const std::string& path) {
    std::ifstream in(util::pathFromUtf8(path), std::ios::binary);
    std::array<unsigned char, 100> header{};
    if (!in.read(reinterpret_cast<char*>(header.data()), header.size())) return util::Message{M::WorkspaceShorterThanHeader, {path}};
    const std::uint32_t rawPageSize = bigEndian(&header[16], 2);
    const std::uint64_t pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const std::uint32_t changeCounter = bigEndian(&header[24], 4);
    const std::uint32_t pages = bigEndian(&header[28], 4);
    const std::uint32_t validFor = bigEndian(&header[92], 4);
    if (validFor != changeCounter || pages == 0) return std::nullopt;
    std::error_code ec;
    const auto size = fs::file_size(util::pathFromUtf8(path), ec);
    if (!ec && size < pages * pageSize)
        return util::Message{M::WorkspaceCutOff, {path, std::to_string(size), std::to_string(pages * pageSize)}};
    return std::nullopt;
}

// Above this size the full quick_check is left to Workspace::quickCheck() (the GUI runs it in
// the background, `stocktower-cli check` in full) so that opening stays fast.
constexpr std::uintmax_t kQuickCheckOnOpenLimit = 256ull << 20;

util::Message describeSqliteFailure(const std::string& path, const SqliteError& error) {
    const int primary = error.code() & 0xFF;
    if (primary == SQLITE_NOTADB) return {M::WorkspaceNotSqlite, {path}};
    if (primary == SQLITE_CORRUPT) return {M::WorkspaceDamaged, {path, error.detail()}};
    if (primary == SQLITE_FULL) return {M::WorkspaceDiskFull, {path}};
    if (primary == SQLITE_READONLY || primary == SQLITE_PERM || primary == SQLITE_CANTOPEN)
        return {M::WorkspaceCannotWrite, {path, error.detail()}};
    return {M::WorkspaceCannotUse, {path, error.detail()}};
}

std::string randomSuffix() {
    std::random_device device;
    return std::to_string(device() % 1000000u);
}

} // namespace

std::string utcNowIso() {
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    const auto day = std::chrono::floor<std::chrono::days>(now);
    const std::chrono::year_month_day ymd{day};
    const std::chrono::hh_mm_ss time{now - day};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return buf;
}

Workspace::Workspace(std::unique_ptr<Connection> db, std::string path)
    : m_db(std::move(db)), m_path(std::move(path)) {}

Workspace::~Workspace() = default;

void Workspace::applyConnectionPragmas(Connection& connection) const {
    // trusted_schema=OFF: a crafted workspace cannot run functions from views or triggers.
    connection.exec("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; "
                    "PRAGMA trusted_schema = OFF; PRAGMA temp_store = MEMORY; "
                    "PRAGMA cache_size = -32768; PRAGMA mmap_size = 268435456;");
    // FULL makes each commit durable in WAL mode too (NORMAL could lose the last commits on
    // power loss); imports commit rarely, so the cost is small.
    connection.exec("PRAGMA synchronous = FULL");
}

std::unique_ptr<Workspace> Workspace::create(const std::string& path) {
    const fs::path target = util::pathFromUtf8(path);
    if (fs::exists(target)) throw util::MessageError({M::WorkspaceExists, {path}});
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (!fs::is_directory(folder))
        throw util::MessageError({M::WorkspaceFolderMissing, {path, util::utf8FromPath(folder)}});

    // Build the new file under a temporary name and rename it into place, so a crash never
    // leaves a half-initialised workspace under the user's chosen name.
    const std::string temporary = path + ".creating-" + randomSuffix();
    try {
        {
            Connection connection(temporary, Connection::Mode::ReadWriteCreate);
            connection.exec("PRAGMA journal_mode = DELETE; PRAGMA foreign_keys = ON;");
            migrate(connection, 0);
        }
        fs::rename(util::pathFromUtf8(temporary), target);
    } catch (const SqliteError& error) {
        std::error_code ignored;
        fs::remove(util::pathFromUtf8(temporary), ignored);
        fs::remove(util::pathFromUtf8(temporary + "-journal"), ignored);
        throw util::MessageError(describeSqliteFailure(path, error));
    } catch (const fs::filesystem_error& error) {
        std::error_code ignored;
        fs::remove(util::pathFromUtf8(temporary), ignored);
        throw util::MessageError({M::WorkspaceCannotCreate, {path, error.code().message()}});
    }
    return open(path);
}

std::unique_ptr<Workspace> Workspace::open(const std::string& path, Access access) {
    std::error_code ec;
    const fs::path file = util::pathFromUtf8(path);
    if (!fs::exists(file, ec)) throw util::MessageError({M::WorkspaceMissing, {path}});
    if (fs::is_directory(file, ec)) throw util::MessageError({M::WorkspaceIsFolder, {path}});
    if (!hasSqliteHeader(path)) throw util::MessageError({M::WorkspaceNotSqlite, {path}});

    try {
        bool readOnly = access == Access::ReadOnly;
        util::Message readOnlyReason;
        if (readOnly) readOnlyReason = {M::ReadOnlyOnRequest, {}};
        std::unique_ptr<Connection> connection;
        try {
            connection = std::make_unique<Connection>(
                path, readOnly ? Connection::Mode::ReadOnly : Connection::Mode::ReadWrite);
        } catch (const SqliteError& error) {
            if (readOnly) throw;
            connection = std::make_unique<Connection>(path, Connection::Mode::ReadOnly);
            readOnly = true;
            readOnlyReason = {M::ReadOnlyCannotWrite, {error.what()}};
        }

        const auto applicationId = connection->queryInt("PRAGMA application_id");
        const int fileVersion = static_cast<int>(connection->queryInt("PRAGMA user_version"));
        if (applicationId != kApplicationId)
            throw util::MessageError({M::WorkspaceNotStockTower, {path}});

        std::vector<util::Message> notices;
        if (fileVersion > kSchemaVersion) {
            if (!readOnly) connection = std::make_unique<Connection>(path, Connection::Mode::ReadOnly);
            readOnly = true;
            const std::vector<std::string> versions = {std::to_string(fileVersion), std::to_string(kSchemaVersion)};
            readOnlyReason = {M::ReadOnlyNewerFormat, versions};
            notices.push_back({M::NoticeNewerFormat, versions});
        }

        auto workspace = std::unique_ptr<Workspace>(new Workspace(std::move(connection), path));
        workspace->m_readOnly = readOnly;
        workspace->m_readOnlyReason = readOnlyReason;
        workspace->m_fileVersion = fileVersion;
        workspace->m_notices = std::move(notices);
        Connection& db = workspace->db();
        workspace->applyConnectionPragmas(db);

        if (auto problem = truncationProblem(path)) throw util::MessageError(*problem);
        if (fs::file_size(file, ec) <= kQuickCheckOnOpenLimit) {
            const std::string check = workspace->quickCheck();
            if (check != "ok") throw util::MessageError({M::WorkspaceDamaged, {path, check}});
        } else {
            workspace->m_integrityDeferred = true;
        }

        if (!readOnly) {
            if (fileVersion < kSchemaVersion) {
                const std::string backup = util::utf8FromPath(file.parent_path() / file.stem()) + ".v" +
                                           std::to_string(fileVersion) + "-backup" +
                                           util::utf8FromPath(file.extension());
                if (!fs::exists(util::pathFromUtf8(backup))) workspace->backupTo(backup);
                workspace->m_notices.push_back(
                    {M::NoticeUpgraded, {std::to_string(fileVersion), std::to_string(kSchemaVersion), backup}});
                migrate(db, fileVersion);
            }
            workspace->chooseJournalMode(); // its probe write needs the current schema
        } else {
            workspace->m_journalMode = db.queryText("PRAGMA journal_mode");
        }
        return workspace;
    } catch (const SqliteError& error) {
        throw util::MessageError(describeSqliteFailure(path, error));
    }
}

std::string Workspace::readOnlyReason() const {
    return m_readOnly ? util::englishText(m_readOnlyReason) : std::string();
}

std::vector<std::string> Workspace::notices() const {
    std::vector<std::string> texts;
    for (const auto& notice : m_notices) texts.push_back(util::englishText(notice));
    return texts;
}

std::string Workspace::quickCheck() {
    return m_db->queryText("PRAGMA quick_check(1)");
}

void Workspace::chooseJournalMode() {
    // WAL lets readers (the GUI) see a consistent state while a worker writes. It needs shared
    // memory, which network shares often lack: confirm with a real write, else fall back.
    try {
        m_journalMode = m_db->queryText("PRAGMA journal_mode = WAL");
        if (m_journalMode == "wal") {
            Transaction probe(*m_db);
            auto statement = m_db->prepare(
                "INSERT INTO meta(key, value) VALUES ('last_opened_at', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
            statement.bind(1, utcNowIso()).run();
            probe.commit();
            return;
        }
    } catch (const SqliteError&) {
    }
    m_journalMode = m_db->queryText("PRAGMA journal_mode = DELETE");
    m_notices.push_back({M::NoticeNoWal, {}});
}

void Workspace::backupTo(const std::string& targetPath) {
    if (fs::exists(util::pathFromUtf8(targetPath))) throw util::MessageError({M::WorkspaceExists, {targetPath}});
    try {
        auto statement = m_db->prepare("VACUUM INTO ?");
        statement.bind(1, targetPath).run();
    } catch (const SqliteError& error) {
        std::error_code ignored;
        fs::remove(util::pathFromUtf8(targetPath), ignored);
        throw util::MessageError({M::BackupFailed, {targetPath, error.what()}});
    }
}

std::string Workspace::metaValue(const std::string& key, const std::string& fallback) {
    auto statement = m_db->prepare("SELECT value FROM meta WHERE key = ?");
    statement.bind(1, key);
    return statement.step() ? statement.getText(0) : fallback;
}

void Workspace::setMetaValue(const std::string& key, const std::string& value) {
    auto statement = m_db->prepare("INSERT INTO meta(key, value) VALUES (?, ?) "
                                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    statement.bind(1, key).bind(2, value).run();
}

std::unique_ptr<Connection> Workspace::openConnection(bool readOnly) const {
    auto connection = std::make_unique<Connection>(
        m_path, readOnly || m_readOnly ? Connection::Mode::ReadOnly : Connection::Mode::ReadWrite);
    applyConnectionPragmas(*connection);
    return connection;
}

} // namespace stocktower::store
