#include "exchange/row_pipeline.h"

namespace stocktower::exchange {

namespace {
constexpr std::size_t kRowsPerBatch = 2048;
constexpr std::size_t kBatchesAhead = 4; // bounds memory: the worker waits when this far ahead
} // namespace

RowPipeline::RowPipeline(CsvReader& reader, RowConverter& converter, const HeaderMatch& header,
                         std::string fileName)
    : m_reader(reader), m_converter(converter), m_header(header), m_fileName(std::move(fileName)),
      m_worker([this] { produce(); }) {}

RowPipeline::~RowPipeline() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    // m_worker joins on destruction.
}

void RowPipeline::push(RowBatch batch) {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_stopping || m_ready.size() < kBatchesAhead; });
    if (m_stopping) return;
    m_ready.push_back(std::move(batch));
    m_changed.notify_all();
}

void RowPipeline::produce() {
    std::vector<std::string> cells;
    bool more = true;
    while (more) {
        RowBatch batch;
        ProblemList problems(static_cast<std::size_t>(-1));
        try {
            while (batch.rows.size() < kRowsPerBatch) {
                try {
                    if (!m_reader.next(cells)) {
                        more = false;
                        break;
                    }
                } catch (const CsvFormatError& error) {
                    std::string field;
                    if (error.column() > 0 && error.column() <= m_header.columns.size()) {
                        const auto& column = m_header.columns[error.column() - 1];
                        field = column.field.empty() ? column.header : column.field;
                    }
                    batch.formatError = makeProblem(Severity::Error, m_fileName, error.line(), error.column(),
                                                   field, "", error.problemMessage());
                    more = false;
                    break;
                }
                ConvertedRow row;
                row.line = m_reader.recordLine();
                row.problemBegin = problems.kept().size();
                row.ok = m_converter.convert(cells, row.line, row.values, problems);
                row.problemEnd = problems.kept().size();
                batch.rows.push_back(std::move(row));
            }
        } catch (...) {
            batch.failure = std::current_exception();
            more = false;
        }
        batch.problems = problems.kept();
        batch.bytesRead = m_reader.bytesRead();
        batch.decimalMark = m_converter.decimalMark();
        push(std::move(batch));
        std::lock_guard lock(m_mutex);
        if (m_stopping) return;
    }
    std::lock_guard lock(m_mutex);
    m_done = true;
    m_changed.notify_all();
}

bool RowPipeline::next(RowBatch& batch) {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return !m_ready.empty() || m_done; });
    if (m_ready.empty()) return false;
    batch = std::move(m_ready.front());
    m_ready.pop_front();
    m_changed.notify_all();
    return true;
}

} // namespace stocktower::exchange
