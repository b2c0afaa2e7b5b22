#include "models/scorecard_table_model.h"

#include "text/kpi_help.h"
#include "text/kpi_text.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace stocktower::ui {

namespace {

QString html(const std::string& text) { return QString::fromStdString(text).toHtmlEscaped(); }

// The number an editor starts from: in the unit people type (percent for ratios), without it.
QString editNumber(kpi::Unit unit, double stored) {
    return QLocale().toString(kpiToShown(unit, stored), 'g', 10);
}

QVariant optionalNumber(const std::optional<double>& value) { return value ? QVariant(*value) : QVariant(); }

} // namespace

ScorecardTableModel::ScorecardTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ScorecardTableModel::setContent(Content content) {
    beginResetModel();
    m_card = std::move(content.card);
    m_weekComments = std::move(content.weekComments);
    m_standingComments = std::move(content.standingComments);
    m_siteTargets = std::move(content.siteTargets);
    m_rows.clear();
    m_lines.clear();
    if (m_card) {
        m_rows = m_card->rows;
        std::optional<kpi::KpiGroup> group;
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            const auto g = m_rows[i].definition->group;
            if (group != g) {
                group = g;
                m_lines.push_back({g, -1});
            }
            m_lines.push_back({g, static_cast<int>(i)});
        }
    }
    endResetModel();
}

void ScorecardTableModel::clear() { setContent({}); }

void ScorecardTableModel::setEditable(bool editable) {
    if (m_editable == editable) return;
    m_editable = editable;
    if (!m_lines.empty()) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool ScorecardTableModel::isEditableColumn(int column) {
    return column == Target || column == AmberBand || column == Hysteresis || column == Owner || column == Comment;
}

int ScorecardTableModel::rowOf(const QString& kpiId) const {
    const std::string id = kpiId.toStdString();
    for (std::size_t line = 0; line < m_lines.size(); ++line)
        if (m_lines[line].kpi >= 0 && m_rows[static_cast<std::size_t>(m_lines[line].kpi)].definition->id == id)
            return static_cast<int>(line);
    return -1;
}

const kpi::ScorecardRow* ScorecardTableModel::kpiRow(int row) const {
    if (row < 0 || row >= static_cast<int>(m_lines.size())) return nullptr;
    const int kpi = m_lines[static_cast<std::size_t>(row)].kpi;
    return kpi < 0 ? nullptr : &m_rows[static_cast<std::size_t>(kpi)];
}

bool ScorecardTableModel::isGroupRow(int row) const {
    return row >= 0 && row < static_cast<int>(m_lines.size()) && m_lines[static_cast<std::size_t>(row)].kpi < 0;
}

QString ScorecardTableModel::weekComment(const QString& kpiId) const {
    const auto it = m_weekComments.find(kpiId.toStdString());
    return it == m_weekComments.end() ? QString() : QString::fromStdString(it->second);
}

bool ScorecardTableModel::hasSiteTarget(const QString& kpiId) const {
    return m_siteTargets.count(kpiId.toStdString()) > 0;
}

void ScorecardTableModel::applyTarget(const QString& kpiId, std::optional<double> target, double amberBand,
                                      double hysteresis, const QString& owner, const QString& standingComment,
                                      bool siteTarget) {
    const int line = rowOf(kpiId);
    if (line < 0) return;
    auto& row = m_rows[static_cast<std::size_t>(m_lines[static_cast<std::size_t>(line)].kpi)];
    const std::string id = kpiId.toStdString();
    row.target = target;
    row.amberBand = amberBand;
    row.hysteresis = hysteresis;
    row.owner = owner.toStdString();
    m_standingComments[id] = standingComment.toStdString();
    if (siteTarget) m_siteTargets.insert(id);
    else m_siteTargets.erase(id);
    // The same rule the core applies when it builds the scorecard.
    const auto statuses =
        kpi::rateSeries(row.trend, row.definition->direction, {row.target, row.amberBand, row.hysteresis});
    row.status = statuses.empty() ? kpi::Status::NotRated : statuses.back();
    row.lastStatus = statuses.size() > 1 ? statuses[statuses.size() - 2] : kpi::Status::NotRated;
    kpi::setTrendScale(row);
    Q_EMIT dataChanged(index(line, 0), index(line, ColumnCount - 1));
}

void ScorecardTableModel::applyWeekComment(const QString& kpiId, const QString& comment) {
    const int line = rowOf(kpiId);
    if (line < 0) return;
    if (comment.isEmpty()) m_weekComments.erase(kpiId.toStdString());
    else m_weekComments[kpiId.toStdString()] = comment.toStdString();
    Q_EMIT dataChanged(index(line, Comment), index(line, Comment));
}

void ScorecardTableModel::applyBenchmarks(const QString& kpiId, std::vector<kpi::BenchmarkBand> benchmarks) {
    const int line = rowOf(kpiId);
    if (line < 0) return;
    m_rows[static_cast<std::size_t>(m_lines[static_cast<std::size_t>(line)].kpi)].benchmarks = std::move(benchmarks);
    Q_EMIT dataChanged(index(line, Benchmark), index(line, Benchmark));
}

int ScorecardTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int ScorecardTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ScorecardTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) return {};
    const auto& line = m_lines[static_cast<std::size_t>(index.row())];
    if (line.kpi >= 0) return kpiData(m_rows[static_cast<std::size_t>(line.kpi)], index.column(), role);
    switch (role) {
    case Qt::DisplayRole: return index.column() == Kpi ? kpiGroupTitle(line.group) : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole: return QBrush(QPalette().color(QPalette::AlternateBase).darker(106));
    case IsGroupRole: return true;
    case KpiIdRole: return QString();
    default: return {};
    }
}

QString ScorecardTableModel::commentText(const kpi::ScorecardRow& row, bool* standing) const {
    const std::string& id = row.definition->id;
    if (auto it = m_weekComments.find(id); it != m_weekComments.end() && !it->second.empty()) {
        if (standing) *standing = false;
        return QString::fromStdString(it->second);
    }
    const auto it = m_standingComments.find(id);
    if (standing) *standing = it != m_standingComments.end() && !it->second.empty();
    return it == m_standingComments.end() ? QString() : QString::fromStdString(it->second);
}

bool ScorecardTableModel::showsStandingComment(const kpi::ScorecardRow& row) const {
    bool standing = false;
    return !commentText(row, &standing).isEmpty() && standing;
}

QVariant ScorecardTableModel::kpiData(const kpi::ScorecardRow& row, int column, int role) const {
    const auto& d = *row.definition;
    const QString id = QString::fromStdString(d.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Kpi: return QStringLiteral("%1 %2").arg(kpiDirectionSymbol(d.direction), kpiName(d));
        case Unit: return kpiUnitText(d.unit);
        case Target: return row.target ? kpiValueText(d.unit, row.target) : tr("not set");
        case AmberBand: return row.target ? kpiMarginText(d.unit, row.amberBand) : QStringLiteral("–");
        case Hysteresis: return row.target ? kpiMarginText(d.unit, row.hysteresis) : QStringLiteral("–");
        case ThisWeek: return kpiValueText(d.unit, row.thisWeek);
        case LastWeek: return kpiValueText(d.unit, row.lastWeek);
        case Change: return kpiChangeText(d.unit, row.change);
        case Status: return QStringLiteral("%1 %2").arg(kpiStatusSymbol(row.status), kpiStatusName(row.status));
        case Benchmark: {
            QStringList parts;
            for (const auto& b : row.benchmarks)
                parts << QStringLiteral("%1 %2").arg(kpiBenchmarkLevelText(b.level), kpiValueText(d.unit, b.value));
            return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral("; "));
        }
        case Owner: return QString::fromStdString(row.owner);
        case Comment: return commentText(row);
        default: return {};
        }
    case Qt::EditRole:
        switch (column) {
        case Target: return row.target ? editNumber(d.unit, *row.target) : QString();
        case AmberBand: return editNumber(d.unit, row.amberBand);
        case Hysteresis: return editNumber(d.unit, row.hysteresis);
        case Owner: return QString::fromStdString(row.owner);
        case Comment: return weekComment(id);
        default: return data(index(rowOf(id), column), Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (column) {
        case Kpi:
        case Unit: return kpiTooltip(row);
        case Target:
            return (m_siteTargets.count(d.id) ? tr("The site's own target.") : tr("The workspace default target."))
                   + QLatin1Char(' ') + tr("Blank means not rated.");
        case AmberBand:
            return tr("How far on the wrong side of the target is still amber (%1).")
                .arg(kpiDirectionText(d.direction));
        case Hysteresis: return tr("How far past a band edge a value must go before the status changes.");
        case ThisWeek:
        case LastWeek:
            if (column == ThisWeek && !row.note.empty()) return kpiNoteText(row.note);
            return kpiTooltip(row);
        case Change:
            if (!row.change) return tr("Needs both weeks.");
            return (*row.change > 0) == (d.direction == kpi::Direction::HigherIsBetter) || *row.change == 0
                       ? tr("Better than or as good as last week (%1)").arg(kpiDirectionText(d.direction))
                       : tr("Worse than last week (%1)").arg(kpiDirectionText(d.direction));
        case Trend: return tr("13 weeks, oldest first; the dashed line is the target, the dot this week.");
        case Status: return statusTooltip(row);
        case Benchmark: {
            if (row.benchmarks.empty()) return tr("No benchmark. Double-click to add one.");
            QStringList parts;
            for (const auto& b : row.benchmarks) {
                QString source = html(b.source);
                if (b.year) source += QStringLiteral(" %1").arg(*b.year);
                QString line = QStringLiteral("<b>%1</b> %2 — %3")
                                   .arg(kpiBenchmarkLevelText(b.level).toHtmlEscaped(), kpiValueText(d.unit, b.value).toHtmlEscaped(), source);
                if (!b.note.empty()) line += QStringLiteral(" (%1)").arg(html(b.note));
                parts << line;
            }
            return parts.join(QStringLiteral("<br>"));
        }
        case Comment: {
            bool standing = false;
            const QString text = commentText(row, &standing);
            if (text.isEmpty()) return tr("This week's comment.");
            return standing ? tr("Standing comment on the target: %1").arg(text) : tr("This week: %1").arg(text);
        }
        default: return {};
        }
    case Qt::TextAlignmentRole:
        switch (column) {
        case Target:
        case AmberBand:
        case Hysteresis:
        case ThisWeek:
        case LastWeek:
        case Change: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default: return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ForegroundRole:
        if (column == Status) return QBrush(kpiStatusColor(row.status));
        if ((column == ThisWeek && !row.thisWeek) || (column == LastWeek && !row.lastWeek) ||
            (column == Target && !row.target))
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        if (column == Comment && showsStandingComment(row))
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::BackgroundRole:
        if (column == Status)
            if (const auto tint = kpiStatusTint(row.status)) return QBrush(*tint);
        return {};
    case Qt::FontRole:
        if (column == Status || column == ThisWeek) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (column == Comment && showsStandingComment(row)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case KpiIdRole: return id;
    case IsGroupRole: return false;
    case TrendRole: {
        QVariantList values;
        for (const auto& value : row.trend) values << optionalNumber(value);
        return values;
    }
    case ScaleMinRole: return row.scaleMin;
    case ScaleMaxRole: return row.scaleMax;
    case TargetValueRole: return optionalNumber(row.target);
    case StatusRole: return static_cast<int>(row.status);
    case ValueRole:
        switch (column) {
        case Target: return optionalNumber(row.target);
        case AmberBand: return row.amberBand;
        case Hysteresis: return row.hysteresis;
        case ThisWeek: return optionalNumber(row.thisWeek);
        case LastWeek: return optionalNumber(row.lastWeek);
        case Change: return optionalNumber(row.change);
        default: return {};
        }
    default: return {};
    }
}

QString ScorecardTableModel::kpiTooltip(const kpi::ScorecardRow& row) const {
    const auto& d = *row.definition;
    const QLocale locale;
    QString text = QStringLiteral("<b>%1</b> (%2, %3)<br>")
                       .arg(kpiName(d).toHtmlEscaped(), kpiUnitText(d.unit).toHtmlEscaped(),
                            kpiDirectionText(d.direction).toHtmlEscaped());
    text += tr("Definition: %1").arg(kpiDefinitionText(d).toHtmlEscaped()) + QStringLiteral("<br>");
    text += tr("Unit: %1").arg(kpiUnitLongText(d).toHtmlEscaped()) + QStringLiteral("<br>");
    text += tr("Data: %1").arg(html(d.dataNeeded)) + QStringLiteral("<br>");
    text += tr("Sample this week: %1 %2 (minimum %3)")
                .arg(locale.toString(static_cast<qlonglong>(row.sample)), kpiSampleUnitText(d).toHtmlEscaped(),
                     locale.toString(d.minimumSample));
    if (!row.note.empty()) text += QStringLiteral("<br>") + tr("Note: %1").arg(kpiNoteText(row.note).toHtmlEscaped());
    return text;
}

QString ScorecardTableModel::statusTooltip(const kpi::ScorecardRow& row) const {
    const auto& d = *row.definition;
    if (!row.target) return tr("Not rated: no target is set.");
    const bool higher = d.direction == kpi::Direction::HigherIsBetter;
    const double redEdge = higher ? *row.target - row.amberBand : *row.target + row.amberBand;
    QString rule = higher ? tr("● green at or above %1, ◆ amber down to %2, ■ red below")
                          : tr("● green at or below %1, ◆ amber up to %2, ■ red above");
    rule = rule.arg(kpiValueText(d.unit, row.target), kpiValueText(d.unit, redEdge));
    if (row.hysteresis > 0)
        rule += QLatin1Char('\n') + tr("A status changes only when the value passes a band edge by %1.")
                                        .arg(kpiMarginText(d.unit, row.hysteresis));
    rule +=
        QLatin1Char('\n') + tr("Last week: %1 %2").arg(kpiStatusSymbol(row.lastStatus), kpiStatusName(row.lastStatus));
    return rule;
}

QVariant ScorecardTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = section == Target || section == AmberBand || section == Hysteresis ||
                             section == ThisWeek || section == LastWeek || section == Change;
        return QVariant::fromValue((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Kpi: return tr("KPI: the measure, grouped by area; ▲ higher is better, ▼ lower is better. Hover over a "
                            "KPI for its definition and unit.");
        case Unit: return tr("Unit: what the KPI is measured in; ratios show as % of what they count.");
        case Target: return tr("Target: the value a KPI is judged against, in its unit; the site's own or the "
                               "workspace default. Double-click to edit.");
        case ThisWeek: return tr("This week: the KPI over the ISO week shown (Monday to Sunday, site time), in its "
                                 "unit; n/a below the minimum sample.");
        case LastWeek: return tr("Last week: the KPI over the ISO week before, in its unit.");
        case Owner: return tr("Owner: who answers for the KPI at this site.");
        case AmberBand: return tr("Amber band: how far on the wrong side of the target is still amber. Unit: "
                                  "percentage points for ratios, else the KPI's unit.");
        case Hysteresis: return tr("Hysteresis: the margin past a band edge before the status changes, so that it "
                                   "does not flicker. Unit: percentage points for ratios, else the KPI's unit.");
        case Change: return tr("Change: this week minus last week. Unit: percentage points for ratios, else the "
                               "KPI's unit.");
        case Trend: return tr("13 weeks ending with this week, on one scale with the target (dashed)");
        case Status: return tr("● green target met, ◆ amber within the band, ■ red beyond, – not rated");
        case Benchmark: return tr("Published benchmark values; double-click to edit them");
        case Comment: return tr("This week's comment (the target's standing comment in italics)");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case Kpi: return tr("KPI");
    case Unit: return tr("Unit");
    case Target: return tr("Target");
    case AmberBand: return tr("Amber\nband"); // two-line headers keep the number columns narrow
    case Hysteresis: return tr("Hysteresis");
    case ThisWeek: return tr("This\nweek");
    case LastWeek: return tr("Last\nweek");
    case Change: return tr("Change");
    case Trend: return tr("13 weeks");
    case Status: return tr("Status");
    case Benchmark: return tr("Benchmark");
    case Owner: return tr("Owner");
    case Comment: return tr("Comment");
    default: return {};
    }
}

Qt::ItemFlags ScorecardTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable && m_editor && !isGroupRow(index.row()) && isEditableColumn(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ScorecardTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    const auto* row = kpiRow(index.row());
    if (!row || !m_editor || !isEditableColumn(index.column())) return false;
    // The editor stores the value and calls applyTarget/applyWeekComment, which emit dataChanged.
    return m_editor(QString::fromStdString(row->definition->id), static_cast<Column>(index.column()), value);
}

} // namespace stocktower::ui
