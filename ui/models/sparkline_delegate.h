// Draws a table cell's KPI trend as a sparkline (paintSparkline), from roles of the model: the
// values as a QVariantList (an invalid entry is an n/a week), the row's scale and its target.
#pragma once

#include <QStyledItemDelegate>

namespace stocktower::ui {

class SparklineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    struct Roles {
        int values = 0;
        int scaleMin = 0;
        int scaleMax = 0;
        int target = 0; // an invalid QVariant: no target line
    };

    SparklineDelegate(Roles roles, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    Roles m_roles;
};

} // namespace stocktower::ui
