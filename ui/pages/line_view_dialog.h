// Shows one line of a text file with its neighbours, so the user sees the raw data behind a problem.
#pragma once

#include <QDialog>

class QTableWidget;

namespace stocktower::ui {

class LineViewDialog : public QDialog {
    Q_OBJECT
public:
    // line: 1-based physical line; context: lines shown before and after it.
    LineViewDialog(const QString& path, qint64 line, const QString& message, QWidget* parent = nullptr,
                   int context = 3);

    [[nodiscard]] QTableWidget* lines() const { return m_lines; }

    // The lines first..last (1-based, inclusive) of the file, decoded as UTF-8 or else Windows-1252.
    static QStringList readLines(const QString& path, qint64 first, qint64 last);

private:
    QTableWidget* m_lines;
};

} // namespace stocktower::ui
