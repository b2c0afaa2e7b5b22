#include "store/sqlite.h"

#include <sqlite3.h>

#include <stdexcept>

namespace stocktower::store {

namespace {
[[noreturn]] void fail(sqlite3* db, int code, std::string_view what) {
    const std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    throw SqliteError(code, std::string(what) + ": " + detail, detail);
}
} // namespace

SqliteError::SqliteError(int code, const std::string& message, std::string detail)
    : std::runtime_error(message), m_code(code), m_detail(detail.empty() ? message : std::move(detail)) {}

bool SqliteError::isDiskFull() const { return (m_code & 0xFF) == SQLITE_FULL; }

namespace {
// Memory statistics cost a global mutex on every allocation; nothing here reads them.
// Must run before SQLite initialises, hence once, before the first connection.
const bool kSqliteConfigured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
}();
} // namespace

Connection::Connection(const std::string& path, Mode mode) : m_path(path) {
    (void)kSqliteConfigured;
    int flags = SQLITE_OPEN_NOMUTEX; // one connection per thread
    switch (mode) {
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    }
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = "cannot open '" + path + "': " +
                              (m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw SqliteError(rc, message);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Connection::~Connection() { sqlite3_close_v2(m_db); }

void Connection::exec(std::string_view sql) {
    const std::string text(sql);
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        std::string message = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throw SqliteError(rc, message);
    }
}

Statement Connection::prepare(std::string_view sql) { return Statement(m_db, sql); }

std::int64_t Connection::queryInt(std::string_view sql) {
    Statement statement(m_db, sql);
    if (!statement.step()) throw SqliteError(SQLITE_ERROR, "query returned no row");
    return statement.getInt(0);
}

std::string Connection::queryText(std::string_view sql) {
    Statement statement(m_db, sql);
    if (!statement.step()) throw SqliteError(SQLITE_ERROR, "query returned no row");
    return statement.getText(0);
}

std::int64_t Connection::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Connection::changes() const { return sqlite3_changes(m_db); }
bool Connection::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db) {
    const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) fail(db, rc, "prepare '" + std::string(sql.substr(0, 80)) + "'");
}

void Connection::setBusyTimeout(int milliseconds) {
    const int rc = sqlite3_busy_timeout(m_db, milliseconds);
    if (rc != SQLITE_OK) throw SqliteError(rc, "busy_timeout: " + std::string(sqlite3_errmsg(m_db)));
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt) {
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK) fail(m_db, rc, "bind");
    return *this;
}

Statement& Statement::bind(int index, double value) {
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK) fail(m_db, rc, "bind");
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    const int rc = sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT,
                                       SQLITE_UTF8);
    if (rc != SQLITE_OK) fail(m_db, rc, "bind");
    return *this;
}

Statement& Statement::bindStatic(int index, std::string_view value) {
    const int rc = sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_STATIC,
                                       SQLITE_UTF8);
    if (rc != SQLITE_OK) fail(m_db, rc, "bind");
    return *this;
}

Statement& Statement::bindNull(int index) {
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK) fail(m_db, rc, "bind");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    sqlite3_reset(m_stmt);
    fail(m_db, rc, "step");
}

void Statement::run() {
    step();
    reset();
}

void Statement::reset() { sqlite3_reset(m_stmt); }
void Statement::clearBindings() { sqlite3_clear_bindings(m_stmt); }
int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }
bool Statement::isNull(int c) const { return sqlite3_column_type(m_stmt, c) == SQLITE_NULL; }
std::int64_t Statement::getInt(int c) const { return sqlite3_column_int64(m_stmt, c); }
double Statement::getDouble(int c) const { return sqlite3_column_double(m_stmt, c); }

std::string Statement::getText(int c) const { return std::string(getTextView(c)); }

std::string_view Statement::getTextView(int c) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, c));
    if (!text) return {};
    return {text, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, c))};
}

std::string Statement::columnName(int c) const { return sqlite3_column_name(m_stmt, c); }

Transaction::Transaction(Connection& connection, bool immediate) : m_connection(connection) {
    m_connection.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction() {
    if (!m_done) {
        try {
            m_connection.exec("ROLLBACK");
        } catch (...) {
            // A failed rollback leaves SQLite to roll back from the journal on next open.
        }
    }
}

void Transaction::commit() {
    m_connection.exec("COMMIT");
    m_done = true;
}

} // namespace stocktower::store
