// A layout that places its items left to right and wraps them onto further rows when the width
// runs out, so that a settings bar never forces the window wider than a laptop screen.
#pragma once

#include <QLayout>
#include <QList>

#include <vector>

namespace stocktower::ui {

class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr, int horizontalSpacing = 10, int verticalSpacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    [[nodiscard]] int count() const override;
    [[nodiscard]] QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    [[nodiscard]] Qt::Orientations expandingDirections() const override;
    [[nodiscard]] bool hasHeightForWidth() const override;
    [[nodiscard]] int heightForWidth(int width) const override;
    // As narrow as the widest item; as wide as all items in one row.
    [[nodiscard]] QSize minimumSize() const override;
    [[nodiscard]] QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Lays the items out in `rect` (when `apply`) and returns the height they take.
    int arrange(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
    int m_horizontalSpacing;
    int m_verticalSpacing;
};

// Widgets that must stay on one row together (a label and its field), as one item of a flow.
QWidget* keptTogether(QWidget* parent, const std::vector<QWidget*>& widgets);

} // namespace stocktower::ui
