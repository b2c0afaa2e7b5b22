// Thin RAII wrappers over the SQLite C API: connection, prepared statement, transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace stocktower::store {

// Thrown for SQLite failures; carries the SQLite result code so callers can tell a full
// disk (SQLITE_FULL) or a locked file (SQLITE_BUSY) from a programming error.
class SqliteError : public std::runtime_error {
public:
    // message: for logs ("step: disk I/O error"); detail: SQLite's own words, for people.
    SqliteError(int code, const std::string& message, std::string detail = {});
    [[nodiscard]] int code() const { return m_code; }
    // SQLITE_FULL (also as an extended code): the disk or the file's size limit is full.
    [[nodiscard]] bool isDiskFull() const;
    [[nodiscard]] const std::string& detail() const { return m_detail; }

private:
    int m_code;
    std::string m_detail;
};

class Statement;

class Connection {
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };
    Connection(const std::string& path, Mode mode);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    std::int64_t queryInt(std::string_view sql);
    std::string queryText(std::string_view sql);
    [[nodiscard]] std::int64_t lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] sqlite3* handle() const { return m_db; }
    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] bool inTransaction() const;
    // How long a statement waits for another connection's lock before failing with SQLITE_BUSY.
    void setBusyTimeout(int milliseconds);

private:
    sqlite3* m_db = nullptr;
    std::string m_path;
};

// A prepared statement. Values are always bound, never spliced into SQL text.
class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bindNull(int index);
    // No copy: the caller keeps `value` alive and unchanged until the next step() or reset().
    // For hot loops such as imports; everything else uses bind().
    Statement& bindStatic(int index, std::string_view value);
    template <typename T> Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Advances to the next row; false when done. Throws SqliteError on failure.
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();
    void clearBindings();

    [[nodiscard]] int columnCount() const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t getInt(int column) const;
    [[nodiscard]] double getDouble(int column) const;
    [[nodiscard]] std::string getText(int column) const;
    [[nodiscard]] std::string_view getTextView(int column) const;
    [[nodiscard]] std::string columnName(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

// Scope guard: commits on commit(), rolls back on destruction otherwise.
class Transaction {
public:
    explicit Transaction(Connection& connection, bool immediate = true);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& m_connection;
    bool m_done = false;
};

} // namespace stocktower::store
