// Edits one scenario's parameter changes as rows of scope + parameter + value. Each row is one
// change "scope=…,parameter=value", validated with the core parser as it is typed; problems show
// in the row itself. Stored changes with several parameters are split into one row each (same
// scope, same order), which applies identically.
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace stocktower::ui {

class ScenarioChangesEditor : public QWidget {
    Q_OBJECT
public:
    enum Column { Scope, Parameter, Value, Problem, ColumnCount };

    explicit ScenarioChangesEditor(QWidget* parent = nullptr);

    // Shows stored change texts; not modified until edited.
    void setChanges(const QStringList& changes);
    // The rows as canonical change texts; empty when any row has a problem (see problems()).
    [[nodiscard]] QStringList changes() const;
    [[nodiscard]] QStringList problems() const;
    [[nodiscard]] bool isModified() const { return m_modified; }
    void setModified(bool modified);
    void setEditable(bool editable);

    void addRow(const QString& scope = QStringLiteral("all"), const QString& parameter = QStringLiteral("service"),
                const QString& value = {});
    [[nodiscard]] QTableWidget* table() const { return m_table; }

    // The parameter keys of the text form, in the parser's order.
    static QStringList parameterKeys();
    // What a parameter means and its unit, for tooltips (empty for an unknown key).
    static QString parameterHelp(const QString& key);

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void saveRequested();

private:
    void validateRow(int row);
    [[nodiscard]] QString rowText(int row) const;
    void updateButtons();

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_save;
    QLabel* m_hint;
    bool m_modified = false;
    bool m_editable = true;
    bool m_loading = false;
};

} // namespace stocktower::ui
