// Import log of the workspace, Import/Export buttons, and the template columns of each record type.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace stocktower::ui {

class WorkspaceSession;

class DataExchangePage : public QWidget {
    Q_OBJECT
public:
    explicit DataExchangePage(WorkspaceSession& session, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* importLog() const { return m_log; }
    [[nodiscard]] QTableWidget* templateTable() const { return m_fields; }
    [[nodiscard]] QPushButton* importButton() const { return m_import; }
    // Record type name (items, demand…) shown in the template section.
    void showRecordType(const QString& name);

Q_SIGNALS:
    // recordType: the type shown in the template section, as a hint for the dialog.
    void importRequested(const QString& recordType);
    void exportRequested(const QString& recordType);

private:
    void reloadLog();
    void showTemplate();
    void updateEnabled();

    WorkspaceSession& m_session;
    QPushButton* m_import;
    QPushButton* m_export;
    QLabel* m_logEmpty;
    QTableWidget* m_log;
    QComboBox* m_type;
    QLabel* m_typeDescription;
    QTableWidget* m_fields;
};

} // namespace stocktower::ui
