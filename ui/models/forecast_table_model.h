// The forecast page's table of every series of a run: all rows in memory with their text
// converted once, an (item, site) → row hash, and comparisons on raw values for sorting.
#pragma once

#include "store/forecast_queries.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace stocktower::ui {

class ForecastTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Sku,
        Name,
        Site,
        DemandClass,
        Model,
        Mase,
        Smape,
        Bias,
        NextPeriod,
        HorizonTotal,
        Overridden,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: double for numbers (missing sorts first), text otherwise
        ItemIdRole,                  // item_id as qlonglong
        SiteIdRole,                  // site_id as qlonglong
        FilterTextRole,              // lower-case SKU, name, site and model, for filtering
        ClassRole,                   // demand class as stored ("smooth", …)
        FamilyRole,                  // model family ("ETS", "SBA", …), see modelFamily()
    };

    struct Row {
        store::ForecastSeriesSummary series;
        QString sku, name, site, demandClass, model, family, filter;
        QString demandClassTitle; // demandClass in the user's language: what the table shows and sorts
    };
    // Rows and what is derived from them, built on a worker by prepare() (converting 175,000
    // rows of UTF-8 takes longer than several frames) and swapped in by setContent().
    struct Content {
        std::vector<Row> rows;
        QHash<QPair<qint64, qint64>, int> rowByKey;
        QStringList classes;  // distinct demand classes, sorted
        QStringList families; // distinct model families, sorted
    };
    [[nodiscard]] static Content prepare(std::vector<store::ForecastSeriesSummary> series);

    // The family of a stored model description, for filtering: the chooser's prefixes ("smooth: ",
    // "select: ets: ") are dropped and the method named ("Mean of ETS…" → "Combination").
    [[nodiscard]] static QString modelFamily(const QString& model);

    explicit ForecastTableModel(QObject* parent = nullptr);

    // Returns the previous content so that the caller may free it off the GUI thread.
    [[nodiscard]] Content setContent(Content content);
    void clear();
    void setLocale(const QLocale& locale);

    [[nodiscard]] const Row& row(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    [[nodiscard]] int rowForKey(qint64 itemId, qint64 siteId) const;
    [[nodiscard]] const QStringList& classes() const { return m_classes; }
    [[nodiscard]] const QStringList& families() const { return m_families; }
    // After an override edit: the series' final next period, total and override count.
    void updateTotals(qint64 itemId, qint64 siteId, std::optional<double> nextPeriod, double horizonTotal,
                      int overriddenPeriods);
    [[nodiscard]] bool lessThan(int leftRow, int rightRow, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] static bool isNumeric(int column);
    [[nodiscard]] static QString columnTitle(int column);
    [[nodiscard]] static QString columnToolTip(int column);

private:
    [[nodiscard]] static std::optional<double> number(const store::ForecastSeriesSummary& series, int column);
    [[nodiscard]] static const QString* text(const Row& row, int column);
    [[nodiscard]] QString formatNumber(int column, double value) const;

    std::vector<Row> m_rows;
    QHash<QPair<qint64, qint64>, int> m_rowByKey;
    QStringList m_classes;
    QStringList m_families;
    QLocale m_locale;
};

} // namespace stocktower::ui
