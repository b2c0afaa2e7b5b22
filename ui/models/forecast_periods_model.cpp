#include "models/forecast_periods_model.h"

#include <QDate>
#include <QFont>

#include <cmath>

namespace stocktower::ui {

ForecastPeriodsModel::ForecastPeriodsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ForecastPeriodsModel::setPeriods(std::vector<store::ForecastValueRow> values, bool monthly, bool editable) {
    beginResetModel();
    m_values = std::move(values);
    m_monthly = monthly;
    m_editable = editable;
    endResetModel();
}

void ForecastPeriodsModel::clear() { setPeriods({}, m_monthly, m_editable); }

void ForecastPeriodsModel::setEditable(bool editable) {
    if (editable == m_editable) return;
    m_editable = editable;
    if (!m_values.empty()) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ForecastPeriodsModel::rowForPeriod(const QString& periodStart) const {
    const std::string wanted = periodStart.toStdString();
    for (std::size_t i = 0; i < m_values.size(); ++i)
        if (m_values[i].periodStart == wanted) return static_cast<int>(i);
    return -1;
}

void ForecastPeriodsModel::applyOverride(const QString& periodStart, std::optional<double> quantity,
                                         const QString& comment, const QString& user, const QString& at) {
    const int row = rowForPeriod(periodStart);
    if (row < 0) return;
    auto& value = m_values[static_cast<std::size_t>(row)];
    value.overrideQuantity = quantity;
    value.overrideComment = quantity ? comment.toStdString() : std::string();
    value.overrideUser = quantity ? user.toStdString() : std::string();
    value.overrideAt = quantity ? at.toStdString() : std::string();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ForecastPeriodsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_values.size());
}

int ForecastPeriodsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ForecastPeriodsModel::number(double value) const {
    return m_locale.toString(value, 'f', std::trunc(value) == value || std::abs(value) >= 100 ? 0 : 1);
}

QString ForecastPeriodsModel::interval(const std::optional<double>& low, const std::optional<double>& high) const {
    if (!low || !high) return QStringLiteral("–");
    return tr("%1 – %2").arg(number(*low), number(*high));
}

QString ForecastPeriodsModel::periodLabel(const QString& periodStart) const {
    const QDate date = QDate::fromString(periodStart, Qt::ISODate);
    if (!date.isValid()) return periodStart;
    if (m_monthly) return m_locale.toString(date, QStringLiteral("MMM yyyy"));
    // The Monday and the ISO week: planners speak of "week 49", the date anchors it.
    return tr("%1 · W%2").arg(m_locale.toString(date, QStringLiteral("d MMM yy"))).arg(date.weekNumber(), 2, 10, QLatin1Char('0'));
}

std::optional<double> ForecastPeriodsModel::parseQuantity(const QString& text) const {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) return std::nullopt;
    bool ok = false;
    double value = m_locale.toDouble(trimmed, &ok);
    if (!ok) value = QLocale::c().toDouble(trimmed, &ok);
    return ok ? value : std::nan("");
}

QVariant ForecastPeriodsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const auto& value = m_values[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == PeriodStartRole) return QString::fromStdString(value.periodStart);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Period: return periodLabel(QString::fromStdString(value.periodStart));
        case Forecast: return number(value.mean);
        case Interval80: return interval(value.lo80, value.hi80);
        case Interval95: return interval(value.lo95, value.hi95);
        case Override: return value.overrideQuantity ? number(*value.overrideQuantity) : QString();
        case Final: return number(value.finalValue());
        case Comment: return QString::fromStdString(value.overrideComment);
        case ChangedBy:
            if (!value.overrideQuantity) return QString();
            return tr("%1, %2").arg(QString::fromStdString(value.overrideUser),
                                    QString::fromStdString(value.overrideAt).left(10));
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Override && m_editable)
            return value.overrideQuantity ? tr("Type another quantity, or clear the cell to use the forecast again")
                                          : tr("Type a quantity to replace the forecast of this period");
        if (column == Comment && m_editable && !value.overrideQuantity)
            return tr("Set an override first; the comment says why");
        if (column == ChangedBy && value.overrideQuantity)
            return tr("%1 at %2").arg(QString::fromStdString(value.overrideUser),
                                      QString::fromStdString(value.overrideAt));
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return column == Period || column == Comment || column == ChangedBy
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && (column == Override || column == Final) && value.overrideQuantity) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant ForecastPeriodsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case Forecast: return tr("The statistical forecast of the run");
        case Interval80: return tr("80% prediction interval: demand falls inside in 8 periods out of 10");
        case Interval95: return tr("95% prediction interval");
        case Override: return tr("Your quantity, which replaces the forecast in plans");
        case Final: return tr("What plans use: the override, else the forecast");
        default: return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Period: return tr("Period");
    case Forecast: return tr("Forecast");
    case Interval80: return tr("80%");
    case Interval95: return tr("95%");
    case Override: return tr("Override");
    case Final: return tr("Final");
    case Comment: return tr("Comment");
    case ChangedBy: return tr("Changed by");
    default: return {};
    }
}

Qt::ItemFlags ForecastPeriodsModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_editable) return flags;
    const auto& value = m_values[static_cast<std::size_t>(index.row())];
    if (index.column() == Override || (index.column() == Comment && value.overrideQuantity))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ForecastPeriodsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::EditRole || !m_editHandler) return false;
    const auto& current = m_values[static_cast<std::size_t>(index.row())];
    const QString period = QString::fromStdString(current.periodStart);
    const QString comment = QString::fromStdString(current.overrideComment);
    if (index.column() == Override) {
        const auto quantity = parseQuantity(value.toString());
        if (quantity == current.overrideQuantity) return false; // unchanged: nothing to undo
        return m_editHandler(period, quantity, comment);
    }
    if (index.column() == Comment && current.overrideQuantity) {
        const QString text = value.toString().trimmed();
        if (text == comment) return false;
        return m_editHandler(period, current.overrideQuantity, text);
    }
    return false;
}

} // namespace stocktower::ui
