// Export of one record type to CSV: the small dialog, and the one function that starts the job.
#pragma once

#include "exchange/csv_writer.h"

#include <QDialog>

#include <cstdint>
#include <memory>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace stocktower::domain {
struct RecordType;
}

namespace stocktower::ui {

class Task;
class TaskRunner;
class WorkspaceSession;

struct ExportRequest {
    const domain::RecordType* type = nullptr;
    QString path;
    exchange::CsvWriteDialect dialect;
};

// Starts the export in the background on a connection of its own. rowsWritten is filled when
// the task succeeds.
Task* startExport(TaskRunner& tasks, WorkspaceSession& session, const ExportRequest& request,
                  std::shared_ptr<std::uint64_t> rowsWritten);

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(const QString& recordType = {}, QWidget* parent = nullptr);

    [[nodiscard]] ExportRequest request() const;
    void setPath(const QString& path);
    void accept() override;

private:
    void browse();
    void suggestFileName();
    void updateOk();

    QComboBox* m_type;
    QLineEdit* m_file;
    QComboBox* m_dialect;
    QCheckBox* m_bom;
};

} // namespace stocktower::ui
