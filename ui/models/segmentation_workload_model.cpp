#include "models/segmentation_workload_model.h"

#include <QBrush>
#include <QDate>
#include <QPalette>

namespace stocktower::ui {

SegmentationWorkloadModel::SegmentationWorkloadModel(QObject* parent) : QAbstractTableModel(parent) {}

void SegmentationWorkloadModel::setPlan(std::shared_ptr<const inventory::CycleCountPlan> plan) {
    beginResetModel();
    m_plan = std::move(plan);
    endResetModel();
}

int SegmentationWorkloadModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_plan ? 0 : static_cast<int>(m_plan->weeks.size());
}

int SegmentationWorkloadModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SegmentationWorkloadModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) return {};
    const auto& week = m_plan->weeks[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Week: return QString::fromStdString(domain::formatIsoWeek(domain::isoWeekOf(week.weekStart)));
        case Starts: return m_locale.toString(QDate(1970, 1, 1).addDays(week.weekStart), QLocale::ShortFormat);
        case CountA:
        case CountB:
        case CountC:
            return week.closed ? QString() : m_locale.toString(static_cast<qlonglong>(week.itemSites[static_cast<std::size_t>(column - CountA)]));
        case Total: return week.closed ? tr("closed") : m_locale.toString(static_cast<qlonglong>(week.total()));
        case Locations: return week.closed ? QString() : m_locale.toString(static_cast<qlonglong>(week.locations));
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return column <= Starts ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && week.closed) return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    return {};
}

QVariant SegmentationWorkloadModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Week: return tr("Week");
    case Starts: return tr("Starts");
    case CountA: return tr("A");
    case CountB: return tr("B");
    case CountC: return tr("C");
    case Total: return tr("Counts");
    case Locations: return tr("Locations");
    default: return {};
    }
}

} // namespace stocktower::ui
