#include "models/segmentation_table_model.h"

#include "models/segmentation_style.h"

#include <QBrush>
#include <QColor>

#include <cmath>
#include <limits>
#include <tuple>

namespace stocktower::ui {

namespace {

using inventory::AbcClass;
using inventory::SegmentRow;

QString fromUtf8(const std::string& text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

// Numbers of a column; nullopt for text columns and an undefined CV.
std::optional<double> number(const SegmentRow& row, int column) {
    switch (column) {
    case SegmentationTableModel::Rank: return row.rank;
    case SegmentationTableModel::UsageValue: return row.value;
    case SegmentationTableModel::Units: return row.units;
    case SegmentationTableModel::Picks: return row.picks;
    case SegmentationTableModel::Share: return row.share;
    case SegmentationTableModel::CumulativeShare: return row.cumulativeShare;
    case SegmentationTableModel::Cv: return row.cv;
    default: return std::nullopt;
    }
}

const std::string* text(const SegmentRow& row, int column) {
    switch (column) {
    case SegmentationTableModel::Sku: return &row.sku;
    case SegmentationTableModel::Description: return &row.description;
    case SegmentationTableModel::Site: return &row.siteCode;
    default: return nullptr;
    }
}

} // namespace

SegmentationTableModel::Content SegmentationTableModel::prepare(std::shared_ptr<const inventory::SegmentationResult> result) {
    Content content;
    content.result = std::move(result);
    if (!content.result) return content;
    const auto& rows = content.result->rows;
    content.filterText.reserve(rows.size());
    const QChar separator(0x1f); // no search text contains it
    for (const auto& row : rows) {
        QString filter = fromUtf8(row.sku);
        filter.append(separator).append(fromUtf8(row.description)).append(separator).append(fromUtf8(row.siteCode));
        content.filterText.push_back(std::move(filter).toLower());
    }
    return content;
}

SegmentationTableModel::SegmentationTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void SegmentationTableModel::setContent(Content content) {
    beginResetModel();
    m_content = std::move(content);
    endResetModel();
}

void SegmentationTableModel::clear() { setContent({}); }

void SegmentationTableModel::setLocale(const QLocale& locale) {
    m_locale = locale;
    if (rowCount() > 0) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

const inventory::SegmentRow& SegmentationTableModel::segmentRow(int row) const {
    return m_content.result->rows[static_cast<std::size_t>(row)];
}

int SegmentationTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_content.result ? 0 : static_cast<int>(m_content.result->rows.size());
}

int SegmentationTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool SegmentationTableModel::isNumeric(int column) {
    return column == Rank || (column >= UsageValue && column <= CumulativeShare) || column == Cv;
}

bool SegmentationTableModel::lessThan(int leftRow, int rightRow, int column) const {
    const SegmentRow& left = segmentRow(leftRow);
    const SegmentRow& right = segmentRow(rightRow);
    if (const std::string* l = text(left, column)) return *l < *text(right, column);
    // A rank counts within its site: sorting by it keeps each site's rows together.
    if (column == Rank) return std::tie(left.siteCode, left.rank) < std::tie(right.siteCode, right.rank);
    if (column == Abc) return std::tie(left.abc, left.rank) < std::tie(right.abc, right.rank);
    if (column == Xyz) return left.xyz < right.xyz;
    const auto l = number(left, column);
    const auto r = number(right, column);
    if (!l || !r) return l && !r; // an undefined CV sorts after every number
    return *l < *r;
}

QString SegmentationTableModel::display(const SegmentRow& row, int column) const {
    switch (column) {
    case Rank: return m_locale.toString(row.rank);
    case Sku: return fromUtf8(row.sku);
    case Description: return fromUtf8(row.description);
    case Site: return row.siteCode.empty() ? tr("all") : fromUtf8(row.siteCode);
    case UsageValue: return row.costMissing ? tr("no cost") : m_locale.toString(row.value, 'f', 2);
    case Units: return m_locale.toString(row.units, 'f', std::trunc(row.units) == row.units ? 0 : 2);
    case Picks: return m_locale.toString(row.picks, 'f', 0);
    case Share: return m_locale.toString(100.0 * row.share, 'f', 2) + QStringLiteral(" %");
    case CumulativeShare: return m_locale.toString(100.0 * row.cumulativeShare, 'f', 1) + QStringLiteral(" %");
    case Abc: return row.noUsage ? tr("C (no usage)") : QString(QLatin1Char(inventory::abcLetter(row.abc)));
    case Cv: return row.cv ? m_locale.toString(*row.cv, 'f', 2) : QStringLiteral("–");
    case Xyz: return QString(QLatin1Char(inventory::xyzLetter(row.xyz)));
    default: return {};
    }
}

QVariant SegmentationTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) return {};
    const SegmentRow& row = segmentRow(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(row, column);
    case Qt::ToolTipRole:
        if (column == Cv && !row.cv) return tr("No demand in the window: the coefficient of variation is undefined (class Z).");
        if (column == UsageValue && row.costMissing) return tr("The item has no unit cost: its usage value counts as 0.");
        if (column == Abc && row.noUsage) return tr("Nothing on the ranking basis in the window: class C.");
        return display(row, column);
    case SortRole: {
        if (const std::string* t = text(row, column)) return fromUtf8(*t);
        if (column == Abc) return static_cast<int>(row.abc);
        if (column == Xyz) return static_cast<int>(row.xyz);
        const auto value = number(row, column);
        return value ? *value : std::numeric_limits<double>::infinity();
    }
    case Qt::TextAlignmentRole:
        if (column == Abc || column == Xyz) return QVariant(Qt::AlignCenter);
        return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Abc) return QBrush(abcColor(row.abc).darker(row.abc == AbcClass::C ? 140 : 110));
        if (row.noUsage && (column == UsageValue || column == Units || column == Picks)) return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case AbcRole: return static_cast<int>(row.abc);
    case XyzRole: return static_cast<int>(row.xyz);
    case NoUsageRole: return row.noUsage;
    default: return {};
    }
}

QString SegmentationTableModel::columnTitle(int column) {
    switch (column) {
    case Rank: return tr("Rank");
    case Sku: return tr("SKU");
    case Description: return tr("Description");
    case Site: return tr("Site");
    case UsageValue: return tr("Usage value");
    case Units: return tr("Units");
    case Picks: return tr("Picks");
    case Share: return tr("Share");
    case CumulativeShare: return tr("Cum. share");
    case Abc: return tr("ABC");
    case Cv: return tr("CV");
    case Xyz: return tr("XYZ");
    default: return {};
    }
}

QString SegmentationTableModel::columnToolTip(int column) const {
    switch (column) {
    case Rank: return tr("Rank by the ABC basis within the site (or across all sites)");
    case UsageValue: return tr("Units × unit cost over the window");
    case Picks: return tr("Order lines over the window");
    case Share: return tr("Share of the ABC basis total");
    case CumulativeShare: return tr("Cumulative share of the ABC basis, this row included");
    case Cv: return tr("Coefficient of variation of demand per period (population σ ÷ mean)");
    default: return columnTitle(column);
    }
}

QVariant SegmentationTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount) return {};
    if (role == Qt::DisplayRole) return columnTitle(section);
    if (role == Qt::ToolTipRole) return columnToolTip(section);
    if (role == Qt::TextAlignmentRole)
        return isNumeric(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

} // namespace stocktower::ui
