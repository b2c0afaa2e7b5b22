#include "pages/line_view_dialog.h"

#include "shell/table_style.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QStringDecoder>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace stocktower::ui {

namespace {

QString decode(const QByteArray& bytes) {
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) return text;
    // Windows-1252 agrees with Latin-1 on every letter planners write; close enough for a look.
    return QString::fromLatin1(bytes);
}

} // namespace

QStringList LineViewDialog::readLines(const QString& path, qint64 first, qint64 last) {
    QStringList result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return result;
    qint64 number = 0;
    while (!file.atEnd() && number < last) {
        QByteArray line = file.readLine();
        ++number;
        if (number < first) continue;
        while (line.endsWith('\n') || line.endsWith('\r')) line.chop(1);
        if (number == 1 && line.startsWith("\xEF\xBB\xBF")) line.remove(0, 3); // byte order mark
        result << decode(line);
    }
    return result;
}

LineViewDialog::LineViewDialog(const QString& path, qint64 line, const QString& message, QWidget* parent,
                               int context)
    : QDialog(parent), m_lines(new QTableWidget(this)) {
    setWindowTitle(tr("Line %1 of %2").arg(line).arg(QFileInfo(path).fileName()));
    auto* layout = new QVBoxLayout(this);
    auto* problem = new QLabel(message, this);
    problem->setWordWrap(true);
    problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(problem);

    const qint64 first = std::max<qint64>(1, line - context);
    const QStringList text = readLines(path, first, line + context);
    // The header line names the columns: shown too, whatever the distance.
    const QStringList header = first > 1 ? readLines(path, 1, 1) : QStringList();
    m_lines->setColumnCount(2);
    m_lines->setHorizontalHeaderLabels({tr("Line"), tr("Text as in the file")});
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setWordWrap(false);
    m_lines->setRowCount(static_cast<int>(text.size() + header.size()));
    useCompactRows(m_lines);
    m_lines->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_lines->setAccessibleName(tr("Lines of the file"));
    const int offset = static_cast<int>(header.size());
    if (!header.isEmpty()) {
        auto* numberItem = new QTableWidgetItem(first > 2 ? tr("1 …") : QStringLiteral("1"));
        numberItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        numberItem->setToolTip(tr("The header line"));
        auto* textItem = new QTableWidgetItem(header.front());
        textItem->setForeground(palette().color(QPalette::PlaceholderText));
        m_lines->setItem(0, 0, numberItem);
        m_lines->setItem(0, 1, textItem);
    }
    for (int r = 0; r < text.size(); ++r) {
        const qint64 number = first + r;
        auto* numberItem = new QTableWidgetItem(QString::number(number));
        numberItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* textItem = new QTableWidgetItem(text[r]);
        if (number == line) {
            QFont bold = m_lines->font();
            bold.setBold(true);
            for (auto* item : {numberItem, textItem}) {
                item->setFont(bold);
                item->setBackground(QColor(0xff, 0xf0, 0xb3));
            }
        }
        m_lines->setItem(r + offset, 0, numberItem);
        m_lines->setItem(r + offset, 1, textItem);
    }
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setStretchLastSection(true);
    m_lines->resizeColumnToContents(1);
    if (text.isEmpty()) problem->setText(message + QLatin1Char('\n') + tr("The file can no longer be read at this line."));
    layout->addWidget(m_lines, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 320);
}

} // namespace stocktower::ui
