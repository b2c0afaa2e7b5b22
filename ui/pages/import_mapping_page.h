// Import wizard page 2: the file's first rows, its dialect, and which column feeds which field.
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace stocktower::ui {

struct ImportContext;

class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportContext& context, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    [[nodiscard]] QTableWidget* previewTable() const { return m_preview; }
    [[nodiscard]] QTableWidget* mappingTable() const { return m_mapping; }
    [[nodiscard]] QComboBox* delimiterCombo() const { return m_delimiter; }
    [[nodiscard]] QComboBox* decimalCombo() const { return m_decimal; }
    [[nodiscard]] QComboBox* encodingCombo() const { return m_encoding; }
    [[nodiscard]] QComboBox* dateFormatCombo() const { return m_dateFormat; }
    // The field chosen for a CSV column ("" = ignored).
    [[nodiscard]] QString fieldForColumn(int column) const;
    void setFieldForColumn(int column, const QString& field);

private:
    void applyDialect();
    void runPreview();
    void fillPreview();
    void fillMapping();
    void checkMapping();

    ImportContext& m_context;
    QComboBox* m_delimiter;
    QComboBox* m_decimal;
    QComboBox* m_encoding;
    QComboBox* m_dateFormat;
    QCheckBox* m_replace;
    QLabel* m_detected;
    QTableWidget* m_preview;
    QTableWidget* m_mapping;
    QLabel* m_status;
    bool m_previewOk = false;
    bool m_mappingOk = false;
};

} // namespace stocktower::ui
