// Reads and converts CSV rows on a worker thread while the caller writes them to the store.
#pragma once

#include "domain/value.h"
#include "exchange/column_matching.h"
#include "exchange/csv_reader.h"
#include "exchange/problem.h"
#include "exchange/row_converter.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace stocktower::exchange {

struct ConvertedRow {
    std::size_t line = 0;
    bool ok = false; // no blocking conversion problem: the values may be written
    std::vector<domain::Value> values;
    std::size_t problemBegin = 0; // this row's problems in RowBatch::problems
    std::size_t problemEnd = 0;
};

struct RowBatch {
    std::vector<ConvertedRow> rows;
    std::vector<Problem> problems;     // the conversion problems of these rows, in row order
    std::uint64_t bytesRead = 0;
    char decimalMark = '\0';           // the converter's decimal mark after these rows
    std::optional<Problem> formatError; // malformed CSV after these rows: the input ends here
    std::exception_ptr failure;         // anything else the worker hit
};

// An import spends about half its time turning text into values and half inserting them into
// SQLite's B-trees; on two cores the halves overlap. Batches arrive in file order, each row
// with its own problems, so the caller reports exactly what a single thread would.
class RowPipeline {
public:
    RowPipeline(CsvReader& reader, RowConverter& converter, const HeaderMatch& header,
                std::string fileName);
    ~RowPipeline();
    RowPipeline(const RowPipeline&) = delete;
    RowPipeline& operator=(const RowPipeline&) = delete;

    // The next batch in file order; false once the worker has delivered everything.
    bool next(RowBatch& batch);

private:
    void produce();
    void push(RowBatch batch);

    CsvReader& m_reader;
    RowConverter& m_converter;
    const HeaderMatch& m_header;
    std::string m_fileName;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<RowBatch> m_ready;
    bool m_done = false;
    bool m_stopping = false;
    std::jthread m_worker; // last: starts after every member above exists
};

} // namespace stocktower::exchange
