#include "models/exception_summary_model.h"

#include "text/kpi_text.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace stocktower::ui {

ExceptionSummaryModel::ExceptionSummaryModel(QObject* parent) : QAbstractTableModel(parent) {}

QString ExceptionSummaryModel::topRowTitle() { return tr("Top exceptions, all queues"); }

void ExceptionSummaryModel::setReport(std::shared_ptr<const kpi::ExceptionReport> report) {
    beginResetModel();
    m_report = std::move(report);
    m_allRows = 0;
    m_allImpact = 0;
    if (m_report)
        for (const auto& queue : m_report->queues) {
            m_allRows += queue.total;
            m_allImpact += queue.totalImpact;
        }
    endResetModel();
}

void ExceptionSummaryModel::clear() { setReport(nullptr); }

std::optional<kpi::ExceptionKind> ExceptionSummaryModel::kindAt(int row) const {
    const auto* queue = queueAt(row);
    return queue ? std::optional<kpi::ExceptionKind>(queue->kind) : std::nullopt;
}

int ExceptionSummaryModel::rowOf(std::optional<kpi::ExceptionKind> kind) const {
    if (!kind || !m_report) return 0;
    for (std::size_t i = 0; i < m_report->queues.size(); ++i)
        if (m_report->queues[i].kind == *kind) return static_cast<int>(i) + 1;
    return 0;
}

const kpi::ExceptionQueue* ExceptionSummaryModel::queueAt(int row) const {
    if (!m_report || row < 1 || row > static_cast<int>(m_report->queues.size())) return nullptr;
    return &m_report->queues[static_cast<std::size_t>(row - 1)];
}

int ExceptionSummaryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_report ? 0 : static_cast<int>(m_report->queues.size()) + 1;
}

int ExceptionSummaryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ExceptionSummaryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) return {};
    const auto* queue = queueAt(index.row());
    const bool top = index.row() == 0;
    const std::size_t rows = top ? m_allRows : queue->total;
    const double impact = top ? m_allImpact : queue->totalImpact;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Queue: return top ? topRowTitle() : exceptionQueueShortTitle(queue->kind);
        case Rows: return locale.toString(static_cast<qulonglong>(rows));
        case Impact: return locale.toString(impact, 'f', 0);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (top)
            return tr("The rows with the highest value at risk over all queues. An item can be in more than one "
                      "queue, so the totals may count its value more than once.");
        return QStringLiteral("<b>%1</b><br>%2").arg(exceptionQueueTitle(queue->kind).toHtmlEscaped(),
                                                     exceptionQueueHint(queue->kind).toHtmlEscaped());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((index.column() == Queue ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    case Qt::FontRole:
        if (top) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // Empty queues step back; the ones with work stand out by contrast, not colour.
        if (rows == 0) return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case KindRole: return top ? -1 : static_cast<int>(queue->kind);
    case SortRole:
        switch (index.column()) {
        case Rows: return static_cast<qulonglong>(rows);
        case Impact: return impact;
        default: return data(index, Qt::DisplayRole);
        }
    default: return {};
    }
}

QVariant ExceptionSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == Queue ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case Queue: return tr("Queue");
    case Rows: return tr("Rows");
    case Impact: return tr("Value at risk");
    default: return {};
    }
}

} // namespace stocktower::ui
