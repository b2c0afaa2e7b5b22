// The KPI scorecard as a table: one row per KPI under a header row per group, with target,
// tolerances, this and last week, change, trend, status, benchmarks, owner and comment. Edits of
// the configuration columns go to an editor the page provides (which stores them as undoable
// commands); the model itself never writes to the workspace.
#pragma once

#include "kpi/scorecard.h"

#include <QAbstractTableModel>

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace stocktower::ui {

class ScorecardTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Kpi,
        Unit,
        Target,
        AmberBand,
        Hysteresis,
        ThisWeek,
        LastWeek,
        Change,
        Trend,
        Status,
        Benchmark,
        Owner,
        Comment,
        ColumnCount
    };
    enum Role {
        KpiIdRole = Qt::UserRole + 1, // QString; empty on group rows
        IsGroupRole,                  // bool
        TrendRole,                    // QVariantList, oldest first; invalid entries are n/a weeks
        ScaleMinRole,
        ScaleMaxRole,
        TargetValueRole, // the stored target (fraction for ratios), invalid when not set
        StatusRole,      // int (kpi::Status)
        ValueRole,       // the stored number behind a value column, invalid when n/a
    };

    // What a computation hands to the model.
    struct Content {
        std::shared_ptr<const kpi::Scorecard> card;
        std::map<std::string, std::string> weekComments;     // this week's comments, by KPI id
        std::map<std::string, std::string> standingComments; // the target's standing comment
        std::set<std::string> siteTargets; // KPIs whose target row is the site's own (else the default)
    };

    // Stores one edited cell; returns false (having told the user why) when it was refused.
    using Editor = std::function<bool(const QString& kpiId, Column column, const QVariant& value)>;

    explicit ScorecardTableModel(QObject* parent = nullptr);

    void setContent(Content content);
    void clear();
    [[nodiscard]] bool hasContent() const { return m_card != nullptr; }
    [[nodiscard]] const std::shared_ptr<const kpi::Scorecard>& scorecard() const { return m_card; }

    void setEditor(Editor editor) { m_editor = std::move(editor); }
    // Whether the configuration columns can be edited (not on a read-only workspace).
    void setEditable(bool editable);
    [[nodiscard]] bool isEditable() const { return m_editable; }
    [[nodiscard]] static bool isEditableColumn(int column);

    // The row shown for a KPI, or -1; the KPI behind a row, or nullptr for a group row.
    [[nodiscard]] int rowOf(const QString& kpiId) const;
    [[nodiscard]] const kpi::ScorecardRow* kpiRow(int row) const;
    [[nodiscard]] bool isGroupRow(int row) const;
    [[nodiscard]] QString weekComment(const QString& kpiId) const;
    [[nodiscard]] bool hasSiteTarget(const QString& kpiId) const;

    // After an edit was stored: shows the new configuration at once and re-rates the trend with
    // it (the page recomputes in the background too, which confirms it).
    void applyTarget(const QString& kpiId, std::optional<double> target, double amberBand, double hysteresis,
                     const QString& owner, const QString& standingComment, bool siteTarget);
    void applyWeekComment(const QString& kpiId, const QString& comment);
    void applyBenchmarks(const QString& kpiId, std::vector<kpi::BenchmarkBand> benchmarks);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    struct Line {
        kpi::KpiGroup group = kpi::KpiGroup::Service;
        int kpi = -1; // index into m_rows; -1 for the group's header row
    };
    [[nodiscard]] QVariant kpiData(const kpi::ScorecardRow& row, int column, int role) const;
    [[nodiscard]] QString kpiTooltip(const kpi::ScorecardRow& row) const;
    [[nodiscard]] QString statusTooltip(const kpi::ScorecardRow& row) const;
    // This week's comment, else the target's standing comment (`standing` says which).
    [[nodiscard]] QString commentText(const kpi::ScorecardRow& row, bool* standing = nullptr) const;
    [[nodiscard]] bool showsStandingComment(const kpi::ScorecardRow& row) const;

    std::shared_ptr<const kpi::Scorecard> m_card;
    std::vector<kpi::ScorecardRow> m_rows; // a copy: edits re-rate it in place
    std::vector<Line> m_lines;
    std::map<std::string, std::string> m_weekComments;
    std::map<std::string, std::string> m_standingComments;
    std::set<std::string> m_siteTargets;
    Editor m_editor;
    bool m_editable = true;
};

} // namespace stocktower::ui
