#include "charts/pareto_chart.h"

#include "models/segmentation_style.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QStackedLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>

namespace stocktower::ui {

namespace {

using inventory::AbcClass;
using inventory::SegmentRow;

// One ranking group: a site, or all items across sites.
struct Group {
    std::size_t begin = 0;
    std::size_t end = 0;
};

std::vector<Group> groupsOf(const inventory::SegmentationResult& result) {
    std::vector<Group> groups;
    const auto& rows = result.rows;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (groups.empty() || rows[i].rank == 1) groups.push_back({i, i + 1});
        else groups.back().end = i + 1;
    return groups;
}

// (share of rows, cumulative share) in percent, thinned to about kMaxPoints but keeping the
// points where a class ends, so the coloured areas meet the curve exactly. classOf[k]: the class
// of the row that ends at points[k] (points[0] is the origin).
struct Curve {
    QList<QPointF> points;
    std::vector<AbcClass> classOf;
};

Curve curvePoints(const std::vector<SegmentRow>& rows, const Group& group) {
    const std::size_t n = group.end - group.begin;
    const std::size_t step = std::max<std::size_t>(1, n / static_cast<std::size_t>(ParetoChart::kMaxPoints));
    Curve curve;
    curve.points.reserve(static_cast<qsizetype>(std::min<std::size_t>(n, ParetoChart::kMaxPoints) + 8));
    curve.points.append({0, 0});
    curve.classOf.push_back(AbcClass::A);
    for (std::size_t k = 1; k <= n; ++k) {
        const SegmentRow& row = rows[group.begin + k - 1];
        const bool classEnds = k == n || rows[group.begin + k].abc != row.abc;
        if (k % step != 0 && !classEnds) continue;
        curve.points.append({100.0 * static_cast<double>(k) / static_cast<double>(n), 100.0 * row.cumulativeShare});
        curve.classOf.push_back(row.abc);
    }
    return curve;
}

QColor curveColor(int index) {
    static const std::array<QColor, 6> colors = {QColor(0x1f, 0x4e, 0x79), QColor(0xc0, 0x50, 0x4d), QColor(0x4f, 0x8a, 0x3c),
                                                 QColor(0x80, 0x64, 0xa2), QColor(0xd0, 0x8a, 0x1c), QColor(0x2c, 0x9c, 0x9c)};
    return colors[static_cast<std::size_t>(index) % colors.size()];
}

QString percentText(double percent) { return QLocale().toString(percent, 'f', percent < 10 && percent != 0 ? 1 : 0); }

} // namespace

ParetoChart::ParetoChart(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedLayout(this)), m_message(new QLabel(this)), m_view(new QChartView(this)) {
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setEnabled(false); // greyed: a placeholder, not content
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_view);
    newChart();
    installChart();
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    setAccessibleName(tr("ABC Pareto chart"));
    showMessage(QString());
}

void ParetoChart::newChart() {
    // A fresh chart per result, complete before the view gets it: Qt Charts (6.4) does not lay
    // out a shown chart again when its series, titles or category labels change (the legend,
    // titles and labels of the previous result would stay, or none would show).
    m_chart = new QChart();
    m_axisX = new QValueAxis();
    m_axisY = new QValueAxis();
    m_cutoffAxis = new QCategoryAxis();
    m_boundaryAxis = new QCategoryAxis();
    m_chart->setMargins(QMargins(4, 4, 8, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    QFont titleFont = m_chart->titleFont();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    for (QValueAxis* axis : {m_axisX, m_axisY}) {
        axis->setRange(0, 100);
        axis->setTickCount(6);
        axis->setLabelFormat(QStringLiteral("%.0f"));
    }
    m_axisX->setTitleText(tr("Share of ranked items (%)"));
    m_axisY->setTitleText(tr("Cumulative share (%)"));
    // The cut-off labels sit on the right edge at their own height, the class ends on the top
    // edge: text that follows the plot area when the chart is resized.
    for (QCategoryAxis* axis : {m_cutoffAxis, m_boundaryAxis}) {
        axis->setRange(0, 100);
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setGridLineVisible(false);
        axis->setLineVisible(false);
        QFont font = axis->labelsFont();
        font.setBold(true);
        axis->setLabelsFont(font);
        axis->setLabelsColor(QColor(0xb3, 0x26, 0x1e));
    }
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_chart->addAxis(m_cutoffAxis, Qt::AlignRight);
    m_chart->addAxis(m_boundaryAxis, Qt::AlignTop);
}

void ParetoChart::installChart() {
    // setChart() releases (does not delete) the view's previous chart.
    QChart* previous = m_view->chart();
    if (previous == m_chart) return;
    m_view->setChart(m_chart);
    delete previous;
}

bool ParetoChart::hasChart() const { return m_stack->currentWidget() == m_view; }

void ParetoChart::showMessage(const QString& message) {
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    m_curves = 0;
}

void ParetoChart::addCutoffLine(double y, const QString& label) {
    auto* line = new QLineSeries();
    line->append(0, y);
    line->append(100, y);
    line->setPen(QPen(QColor(0xb3, 0x26, 0x1e), 1.2, Qt::DashLine));
    m_chart->addSeries(line);
    line->attachAxis(m_axisX);
    line->attachAxis(m_cutoffAxis);
    m_cutoffAxis->append(label, y);
    // The legend speaks of classes and sites; the labels on the axis say what the lines are.
    for (QLegendMarker* marker : m_chart->legend()->markers(line)) marker->setVisible(false);
}

void ParetoChart::addClassBoundary(double x, const QString& label) {
    auto* line = new QLineSeries();
    line->append(x, 0);
    line->append(x, 100);
    line->setPen(QPen(QColor(0x60, 0x60, 0x60), 1.0, Qt::DotLine));
    m_chart->addSeries(line);
    line->attachAxis(m_boundaryAxis);
    line->attachAxis(m_axisY);
    m_boundaryAxis->append(label, x);
    for (QLegendMarker* marker : m_chart->legend()->markers(line)) marker->setVisible(false);
}

void ParetoChart::setResult(const std::shared_ptr<const inventory::SegmentationResult>& result) {
    newChart();
    if (!result || result->rows.empty()) {
        installChart();
        showMessage(tr("Nothing to chart."));
        return;
    }
    const auto& rows = result->rows;
    const auto& settings = result->settings;
    const auto groups = groupsOf(*result);
    const bool single = groups.size() == 1;
    QString basis;
    switch (settings.basis) {
    case inventory::AbcBasis::UsageValue: basis = tr("usage value"); break;
    case inventory::AbcBasis::Units: basis = tr("units"); break;
    case inventory::AbcBasis::Picks: basis = tr("picks"); break;
    case inventory::AbcBasis::Margin: basis = tr("margin"); break;
    }

    if (single) {
        // The curve's area coloured by class: how much of the items each class is, at a glance.
        const auto curve = curvePoints(rows, groups.front());
        const auto& points = curve.points;
        for (AbcClass abc : {AbcClass::A, AbcClass::B, AbcClass::C}) {
            auto* upper = new QLineSeries();
            auto* lower = new QLineSeries();
            bool started = false;
            for (qsizetype k = 1; k < points.size(); ++k) {
                if (curve.classOf[static_cast<std::size_t>(k)] != abc) continue;
                if (!started) {
                    started = true; // from the previous class's last point: no gap between areas
                    upper->append(points[k - 1]);
                    lower->append(points[k - 1].x(), 0);
                }
                upper->append(points[k]);
                lower->append(points[k].x(), 0);
            }
            auto* area = new QAreaSeries(upper, lower);
            upper->setParent(area); // QAreaSeries does not own its lines
            lower->setParent(area);
            const auto& totals = result->abcTotals[static_cast<std::size_t>(abc)];
            // The legend says how many items each class is; the cut-off labels say how much value.
            area->setName(tr("%1: %2 % of items")
                              .arg(QLatin1Char(inventory::abcLetter(abc)))
                              .arg(percentText(100.0 * totals.countShare)));
            QColor fill = abcColor(abc);
            fill.setAlpha(110);
            area->setBrush(fill);
            area->setPen(Qt::NoPen);
            m_chart->addSeries(area);
            area->attachAxis(m_axisX);
            area->attachAxis(m_axisY);
        }
        // Where the A and B classes end along the items.
        const auto n = static_cast<double>(rows.size());
        const double endA = 100.0 * static_cast<double>(result->abcTotals[0].count) / n;
        const double endB = 100.0 * static_cast<double>(result->abcTotals[0].count + result->abcTotals[1].count) / n;
        if (endA > 0) addClassBoundary(endA, tr("A: %1 %").arg(percentText(endA)));
        if (endB > endA + 4) addClassBoundary(endB, tr("A+B: %1 %").arg(percentText(endB)));
    }
    int index = 0;
    for (const auto& group : groups) {
        auto* curve = new QLineSeries();
        curve->append(curvePoints(rows, group).points);
        const QString site = QString::fromStdString(rows[group.begin].siteCode);
        curve->setName(single ? tr("Cumulative share") : site);
        curve->setPen(QPen(curveColor(index++), 2.0));
        m_chart->addSeries(curve);
        curve->attachAxis(m_axisX);
        curve->attachAxis(m_axisY);
    }
    m_curves = static_cast<int>(groups.size());
    addCutoffLine(settings.cutoffs.a, tr("A %1 %").arg(percentText(settings.cutoffs.a)));
    if (settings.cutoffs.b > 0)
        addCutoffLine(settings.cutoffs.a + settings.cutoffs.b,
                      tr("A+B %1 %").arg(percentText(settings.cutoffs.a + settings.cutoffs.b)));
    m_chart->setTitle(tr("Cumulative share of %1").arg(basis));
    m_axisX->setTitleText(settings.scope == inventory::AbcScope::AcrossSites ? tr("Items, largest first (%)")
                                                                             : tr("Item-sites, largest first (%)"));
    installChart();
    m_stack->setCurrentWidget(m_view);
}

} // namespace stocktower::ui
