#include "models/forecast_table_model.h"

#include "text/planning_text.h"

#include <QFont>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace stocktower::ui {

namespace {

QStringList sortedDistinct(const QSet<QString>& values) {
    QStringList list(values.begin(), values.end());
    std::sort(list.begin(), list.end(), [](const QString& a, const QString& b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return list;
}

} // namespace

ForecastTableModel::ForecastTableModel(QObject* parent) : QAbstractTableModel(parent) {}

QString ForecastTableModel::modelFamily(const QString& model) {
    if (model.startsWith(QStringLiteral("naive (fallback"))) return tr("Naive (fallback)");
    // "auto" prefixes the demand class, "select" the chosen method: the method is last.
    const int colon = model.lastIndexOf(QStringLiteral(": "));
    const QString method = colon >= 0 ? model.mid(colon + 2) : model;
    if (method.startsWith(QStringLiteral("Mean of"))) return tr("Combination");
    if (method.startsWith(QStringLiteral("ETS"))) return QStringLiteral("ETS");
    if (method.startsWith(QStringLiteral("Theta"))) return QStringLiteral("Theta");
    if (method.startsWith(QStringLiteral("SBA"))) return QStringLiteral("SBA");
    if (method.startsWith(QStringLiteral("Croston"))) return QStringLiteral("Croston");
    if (method.startsWith(QStringLiteral("TSB"))) return QStringLiteral("TSB");
    if (method.startsWith(QStringLiteral("MA("))) return tr("Moving average");
    if (method.startsWith(QStringLiteral("Seasonal naive"))) return tr("Seasonal naive");
    if (method.startsWith(QStringLiteral("Naive"))) return tr("Naive");
    return method;
}

ForecastTableModel::Content ForecastTableModel::prepare(std::vector<store::ForecastSeriesSummary> series) {
    Content content;
    content.rows.reserve(series.size());
    content.rowByKey.reserve(static_cast<qsizetype>(series.size()));
    QSet<QString> classes, families;
    const QChar separator(0x1f); // in the filter text: a separator no search text contains
    for (auto& entry : series) {
        Row row;
        row.sku = QString::fromStdString(entry.sku);
        row.name = QString::fromStdString(entry.itemName);
        row.site = QString::fromStdString(entry.siteCode);
        row.demandClass = QString::fromStdString(entry.demandClass);
        row.demandClassTitle = ui::demandClassTitle(entry.demandClass);
        row.model = QString::fromStdString(entry.model);
        row.family = modelFamily(row.model);
        row.filter = (row.sku + separator + row.name + separator + row.site + separator + row.model).toLower();
        classes.insert(row.demandClass);
        families.insert(row.family);
        row.series = std::move(entry);
        content.rowByKey.insert({row.series.itemId, row.series.siteId}, static_cast<int>(content.rows.size()));
        content.rows.push_back(std::move(row));
    }
    content.classes = sortedDistinct(classes);
    content.families = sortedDistinct(families);
    return content;
}

ForecastTableModel::Content ForecastTableModel::setContent(Content content) {
    beginResetModel();
    std::swap(m_rows, content.rows);
    std::swap(m_rowByKey, content.rowByKey);
    std::swap(m_classes, content.classes);
    std::swap(m_families, content.families);
    endResetModel();
    return content;
}

void ForecastTableModel::clear() { [[maybe_unused]] const Content previous = setContent({}); }

void ForecastTableModel::setLocale(const QLocale& locale) {
    m_locale = locale;
    if (!m_rows.empty()) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

int ForecastTableModel::rowForKey(qint64 itemId, qint64 siteId) const { return m_rowByKey.value({itemId, siteId}, -1); }

void ForecastTableModel::updateTotals(qint64 itemId, qint64 siteId, std::optional<double> nextPeriod,
                                      double horizonTotal, int overriddenPeriods) {
    const int at = rowForKey(itemId, siteId);
    if (at < 0) return;
    auto& series = m_rows[static_cast<std::size_t>(at)].series;
    series.nextPeriod = nextPeriod;
    series.horizonTotal = horizonTotal;
    series.overriddenPeriods = overriddenPeriods;
    Q_EMIT dataChanged(index(at, NextPeriod), index(at, Overridden));
}

int ForecastTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ForecastTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool ForecastTableModel::isNumeric(int column) { return column >= Mase && column < ColumnCount; }

std::optional<double> ForecastTableModel::number(const store::ForecastSeriesSummary& series, int column) {
    switch (column) {
    case Mase: return series.mase;
    case Smape: return series.smape;
    case Bias: return series.bias;
    case NextPeriod: return series.nextPeriod;
    case HorizonTotal: return series.horizonTotal;
    case Overridden: return static_cast<double>(series.overriddenPeriods);
    default: return std::nullopt;
    }
}

const QString* ForecastTableModel::text(const Row& row, int column) {
    switch (column) {
    case Sku: return &row.sku;
    case Name: return &row.name;
    case Site: return &row.site;
    case DemandClass: return &row.demandClassTitle;
    case Model: return &row.model;
    default: return nullptr;
    }
}

bool ForecastTableModel::lessThan(int leftRow, int rightRow, int column) const {
    const auto& left = m_rows[static_cast<std::size_t>(leftRow)];
    const auto& right = m_rows[static_cast<std::size_t>(rightRow)];
    if (const QString* leftText = text(left, column)) {
        const int order = leftText->compare(*text(right, column), Qt::CaseInsensitive);
        if (order != 0) return order < 0;
        return left.sku.compare(right.sku, Qt::CaseInsensitive) < 0; // ties in SKU order
    }
    const auto a = number(left.series, column);
    const auto b = number(right.series, column);
    if (!a || !b) return !a && b; // missing sorts first
    return *a < *b;
}

QString ForecastTableModel::formatNumber(int column, double value) const {
    switch (column) {
    case Mase:
    case Bias: return m_locale.toString(value, 'f', 2);
    case Smape: return m_locale.toString(value, 'f', 1);
    case Overridden: return value > 0 ? m_locale.toString(value, 'f', 0) : QString();
    default: return m_locale.toString(value, 'f', std::abs(value) >= 100 ? 0 : 1);
    }
}

QVariant ForecastTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) return {};
    const auto& row = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (const QString* value = text(row, column)) return *value;
        if (const auto value = number(row.series, column)) return formatNumber(column, *value);
        return QString();
    case Qt::ToolTipRole:
        if (column == Model) return row.model;
        if (column == Overridden && row.series.overriddenPeriods > 0)
            return tr("%n period(s) overridden by a planner", nullptr, row.series.overriddenPeriods);
        if (column == NextPeriod || column == HorizonTotal) {
            const auto statistical =
                column == NextPeriod ? row.series.nextPeriodStatistical : std::optional(row.series.horizonTotalStatistical);
            if (row.series.overriddenPeriods > 0 && statistical)
                return tr("Statistical forecast: %1").arg(formatNumber(column, *statistical));
        }
        if (const QString* value = text(row, column)) return *value;
        return {};
    case SortRole:
        if (const QString* value = text(row, column)) return *value;
        if (const auto value = number(row.series, column)) return *value;
        return -std::numeric_limits<double>::infinity();
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if ((column == NextPeriod || column == HorizonTotal || column == Overridden) && row.series.overriddenPeriods > 0) {
            QFont font;
            font.setBold(true); // the planner's numbers stand out from the model's
            return font;
        }
        return {};
    case ItemIdRole: return QVariant::fromValue<qlonglong>(row.series.itemId);
    case SiteIdRole: return QVariant::fromValue<qlonglong>(row.series.siteId);
    case FilterTextRole: return row.filter;
    case ClassRole: return row.demandClass;
    case FamilyRole: return row.family;
    default: return {};
    }
}

QString ForecastTableModel::columnTitle(int column) {
    switch (column) {
    case Sku: return tr("SKU");
    case Name: return tr("Name");
    case Site: return tr("Site");
    case DemandClass: return tr("Class");
    case Model: return tr("Model");
    case Mase: return tr("MASE");
    case Smape: return tr("sMAPE %");
    case Bias: return tr("Bias");
    case NextPeriod: return tr("Next period");
    case HorizonTotal: return tr("Horizon total");
    case Overridden: return tr("Overrides");
    default: return {};
    }
}

QString ForecastTableModel::columnToolTip(int column) {
    switch (column) {
    case DemandClass: return tr("Demand class (Syntetos–Boylan–Croston, plus new and inactive items)");
    case Mase: return tr("Mean absolute scaled error of the hold-out backtest: below 1 beats the seasonal naive forecast");
    case Smape: return tr("Symmetric mean absolute percentage error of the hold-out backtest (0–200)");
    case Bias: return tr("Mean of forecast − actual in the hold-out backtest: positive means over-forecasting");
    case NextPeriod: return tr("Forecast of the first period, with overrides");
    case HorizonTotal: return tr("Total forecast over the horizon, with overrides");
    case Overridden: return tr("Periods a planner has overridden");
    default: return {};
    }
}

QVariant ForecastTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount) return {};
    if (role == Qt::DisplayRole) return columnTitle(section);
    if (role == Qt::ToolTipRole) return columnToolTip(section);
    if (role == Qt::TextAlignmentRole)
        return isNumeric(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

} // namespace stocktower::ui
