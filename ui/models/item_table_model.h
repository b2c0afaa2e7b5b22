// The item grid's model: all rows in memory (O(1) access), an id → row hash, raw sort values.
#pragma once

#include "store/item_queries.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QString>

#include <optional>
#include <vector>

namespace stocktower::ui {

class ItemTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Sku,
        Description,
        Category,
        Supplier,
        Status,
        UnitCost,
        UnitPrice,
        LeadTime,
        OnHand,
        OpenPo,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: double for numbers (missing sorts first), text otherwise
        IdRole,                      // item_id as qlonglong
        FilterTextRole,              // lower-case SKU, description, supplier and category, for filtering
    };

    // Converted once on load: 100,000 rows would otherwise convert UTF-8 on every paint.
    struct TextCache {
        QString sku, description, category, supplier, status;
        QString filter;
    };
    // The rows and everything derived from them. prepare() builds it on a worker thread (for
    // 100,000 rows the conversion and the first sort take longer than several frames);
    // setContent() only swaps it in.
    struct Content {
        std::vector<store::ItemRow> items;
        std::vector<TextCache> text;
        QHash<qint64, int> rowById;
        // Dense rank of each row in the SortRole order of rankedColumn (equal values, equal rank),
        // so that the grid's sort on that column compares integers.
        int rankedColumn = -1;
        std::vector<int> rank;
    };
    // sortColumn: the column the grid sorts by (-1: none), ranked ahead of time.
    [[nodiscard]] static Content prepare(std::vector<store::ItemRow> items, int sortColumn = Sku);

    explicit ItemTableModel(QObject* parent = nullptr);

    // Returns what the model held before: freeing 100,000 rows takes about 100 ms, which the
    // caller can spend on a worker instead of the GUI thread.
    [[nodiscard]] Content setContent(Content content);
    void setItems(std::vector<store::ItemRow> items);
    void clear();
    // Number formatting follows this locale (default: QLocale()).
    void setLocale(const QLocale& locale);

    [[nodiscard]] const store::ItemRow& item(int row) const { return m_items[static_cast<std::size_t>(row)]; }
    [[nodiscard]] const std::vector<store::ItemRow>& items() const { return m_items; }
    // -1 when the id is not loaded.
    [[nodiscard]] int rowForId(qint64 itemId) const { return m_rowById.value(itemId, -1); }
    [[nodiscard]] QModelIndex indexForId(qint64 itemId, int column = Sku) const;
    [[nodiscard]] const QString& filterText(int row) const { return m_text[static_cast<std::size_t>(row)].filter; }
    // The order SortRole defines (text case-insensitive by code point, missing numbers first),
    // without QVariant: sorting 100,000 rows compares about 1.7 million pairs.
    [[nodiscard]] bool lessThan(int leftRow, int rightRow, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] static bool isNumeric(int column);
    [[nodiscard]] static QString columnTitle(int column);

private:
    [[nodiscard]] static std::optional<double> number(const store::ItemRow& row, int column);
    [[nodiscard]] static const QString* text(const TextCache& text, int column);
    [[nodiscard]] static bool lessThan(const store::ItemRow& leftRow, const TextCache& leftText,
                                       const store::ItemRow& rightRow, const TextCache& rightText, int column);
    [[nodiscard]] QString formatNumber(int column, double value) const;

    std::vector<store::ItemRow> m_items;
    std::vector<TextCache> m_text;
    QHash<qint64, int> m_rowById;
    int m_rankedColumn = -1;
    std::vector<int> m_rank;
    QLocale m_locale;
};

} // namespace stocktower::ui
