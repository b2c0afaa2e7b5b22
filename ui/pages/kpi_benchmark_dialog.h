// The benchmark values of one KPI (level, value, source, year, note) as a list and a form. Each
// Save and Remove is one undoable step of the scorecard page; the list follows the store.
#pragma once

#include "kpi/kpi_definition.h"
#include "store/kpi_config_store.h"

#include <QDialog>

#include <cstdint>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace stocktower::ui {

class ScorecardPage;

class KpiBenchmarkDialog : public QDialog {
    Q_OBJECT
public:
    KpiBenchmarkDialog(ScorecardPage& page, const kpi::KpiDefinition& definition, QWidget* parent = nullptr);

    // Reads the KPI's benchmarks again (after a save, remove, undo or redo).
    void reload();
    // Stores the form (a new benchmark or the selected one); false when refused.
    bool save();
    bool removeSelected();
    // Empties the form for a new benchmark.
    void startNew();

    [[nodiscard]] QListWidget* list() const { return m_list; }
    [[nodiscard]] QComboBox* levelEdit() const { return m_level; }
    [[nodiscard]] QDoubleSpinBox* valueEdit() const { return m_value; }
    [[nodiscard]] QLineEdit* sourceEdit() const { return m_source; }
    [[nodiscard]] QSpinBox* yearEdit() const { return m_year; }
    [[nodiscard]] QLineEdit* noteEdit() const { return m_note; }
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QPushButton* removeButton() const { return m_remove; }

private:
    void showSelected();
    // The level to store: an offered one's English id, or the text as typed.
    [[nodiscard]] QString storedLevel() const;
    void updateButtons();

    ScorecardPage& m_page;
    const kpi::KpiDefinition& m_definition;
    std::vector<store::KpiBenchmarkRow> m_rows;
    std::int64_t m_editing = 0; // the benchmark in the form; 0 for a new one
    QListWidget* m_list;
    QComboBox* m_level;
    QDoubleSpinBox* m_value;
    QLineEdit* m_source;
    QSpinBox* m_year;
    QLineEdit* m_note;
    QLabel* m_state;
    QPushButton* m_new;
    QPushButton* m_save;
    QPushButton* m_remove;
};

} // namespace stocktower::ui
