#include "charts/forecast_chart.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace stocktower::ui {

namespace {

qreal msecsOf(domain::DayNumber day) {
    // Local midnight, so the axis (which shows local time) prints the same calendar day.
    return static_cast<qreal>(QDate(1970, 1, 1).addDays(day).startOfDay().toMSecsSinceEpoch());
}

const QColor kHistory(0x44, 0x4c, 0x56);
const QColor kFitted(0xd9, 0x82, 0x2b);
const QColor kForecast(0x1f, 0x6f, 0xb5);
const QColor kOverride(0xc0, 0x1c, 0x28);

QAreaSeries* band(const QString& name, QLineSeries* upper, QLineSeries* lower, int alpha) {
    auto* area = new QAreaSeries(upper, lower);
    // QAreaSeries does not own its lines: parent them, so removeAllSeries() frees them too.
    upper->setParent(area);
    lower->setParent(area);
    area->setName(name);
    QColor fill = kForecast;
    fill.setAlpha(alpha);
    area->setBrush(fill);
    area->setPen(Qt::NoPen);
    return area;
}

} // namespace

ForecastChart::ForecastChart(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedLayout(this)), m_message(new QLabel(this)), m_view(new QChartView(this)),
      m_chart(new QChart()), m_axisX(new QDateTimeAxis()), m_axisY(new QValueAxis()) {
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setEnabled(false); // greyed: a placeholder, not content
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_view);

    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 8, 4));
    m_chart->setBackgroundRoundness(0);
    m_axisX->setFormat(QStringLiteral("MMM yyyy"));
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    // A real range before the first layout (see DemandChart: Qt Charts 6.4 otherwise lays the
    // date axis out without labels until the next resize).
    const QDate today = QDate::currentDate();
    m_axisX->setRange(today.addYears(-1).startOfDay(), today.startOfDay());
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    QFont titleFont = m_chart->titleFont();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);

    QChart* defaultChart = m_view->chart();
    m_view->setChart(m_chart);
    delete defaultChart;
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    setAccessibleName(tr("Forecast chart"));
    showMessage(tr("Select a row to see its history and forecast."));
}

bool ForecastChart::hasChart() const { return m_stack->currentWidget() == m_view; }

void ForecastChart::showMessage(const QString& message) {
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    m_historyPoints = m_forecastPoints = m_overrideMarkers = 0;
}

void ForecastChart::setDetail(const QString& title, const forecast::SeriesDetail& detail) {
    m_chart->removeAllSeries();
    const auto& values = detail.series.values;
    if (values.empty() || values.size() != detail.forecastStarts.size()) {
        showMessage(tr("The run stored no forecast for %1.").arg(title));
        return;
    }
    const bool monthly = detail.bucket == forecast::Bucket::Month;
    const std::size_t shown = monthly ? kMonthsShown : kWeeksShown;
    const std::size_t first = detail.history.size() > shown ? detail.history.size() - shown : 0;

    auto* history = new QLineSeries();
    history->setName(tr("History"));
    history->setPen(QPen(kHistory, 1.5));
    auto* fitted = new QLineSeries();
    fitted->setName(tr("Fitted"));
    fitted->setPen(QPen(kFitted, 1.3, Qt::DashLine));
    double maximum = 0.0;
    for (std::size_t t = first; t < detail.history.size(); ++t) {
        const qreal x = msecsOf(detail.historyStarts[t]);
        history->append(x, detail.history[t]);
        maximum = std::max(maximum, detail.history[t]);
        if (t < detail.fitted.size() && std::isfinite(detail.fitted[t])) {
            fitted->append(x, detail.fitted[t]);
            maximum = std::max(maximum, detail.fitted[t]);
        }
    }

    auto* forecastLine = new QLineSeries();
    forecastLine->setName(tr("Forecast"));
    forecastLine->setPen(QPen(kForecast, 2.2));
    auto* upper95 = new QLineSeries();
    auto* lower95 = new QLineSeries();
    auto* upper80 = new QLineSeries();
    auto* lower80 = new QLineSeries();
    auto* overrides = new QScatterSeries();
    overrides->setName(tr("Override"));
    overrides->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    overrides->setMarkerSize(11.0);
    overrides->setColor(kOverride);
    overrides->setBorderColor(Qt::white);
    auto* finalLine = new QLineSeries(); // the plan when overrides differ from the forecast
    finalLine->setName(tr("Final (with overrides)"));
    finalLine->setPen(QPen(kOverride, 1.6, Qt::DotLine));
    bool anyOverride = false;
    for (std::size_t k = 0; k < values.size(); ++k) {
        const auto& value = values[k];
        const qreal x = msecsOf(detail.forecastStarts[k]);
        forecastLine->append(x, value.mean);
        upper95->append(x, value.hi95.value_or(value.mean));
        lower95->append(x, value.lo95.value_or(value.mean));
        upper80->append(x, value.hi80.value_or(value.mean));
        lower80->append(x, value.lo80.value_or(value.mean));
        finalLine->append(x, value.finalValue());
        maximum = std::max({maximum, value.mean, value.hi95.value_or(0.0), value.finalValue()});
        if (value.overrideQuantity) {
            overrides->append(x, *value.overrideQuantity);
            anyOverride = true;
        }
    }
    m_historyPoints = history->count();
    m_forecastPoints = forecastLine->count();
    m_overrideMarkers = overrides->count();

    // Bands first, lines over them, markers on top.
    const QList<QAbstractSeries*> ordered = {band(tr("95% interval"), upper95, lower95, 45),
                                             band(tr("80% interval"), upper80, lower80, 90), history, fitted,
                                             forecastLine};
    for (auto* series : ordered) {
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    if (anyOverride) {
        for (QAbstractSeries* series : {static_cast<QAbstractSeries*>(finalLine), static_cast<QAbstractSeries*>(overrides)}) {
            m_chart->addSeries(series);
            series->attachAxis(m_axisX);
            series->attachAxis(m_axisY);
        }
    } else {
        delete finalLine;
        delete overrides;
    }
    // No legend entry for a line that is not drawn.
    for (auto* line : {history, fitted})
        if (line->count() == 0)
            for (auto* marker : m_chart->legend()->markers(line)) marker->setVisible(false);

    const qreal start = m_historyPoints > 0 ? history->at(0).x() : forecastLine->at(0).x();
    const qreal end = forecastLine->at(forecastLine->count() - 1).x();
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(start)),
                      QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(end)));
    // Months repeat as labels over a few months of range: then days tell the ticks apart.
    constexpr qreal kHalfYearMs = 183.0 * 24 * 3600 * 1000;
    m_axisX->setFormat(end - start < kHalfYearMs ? QStringLiteral("d MMM yy") : QStringLiteral("MMM yyyy"));
    m_axisX->setTitleText(monthly ? tr("Month") : tr("Week"));
    m_axisY->setRange(0, maximum > 0 ? maximum * 1.08 : 1.0);
    m_axisY->applyNiceNumbers();
    // Where history ends and the forecast begins: a thin vertical rule, not in the legend.
    auto* boundary = new QLineSeries();
    boundary->setPen(QPen(QColor(0x80, 0x80, 0x80), 1.0, Qt::DashLine));
    const qreal firstForecast = forecastLine->at(0).x();
    boundary->append(firstForecast, 0.0);
    boundary->append(firstForecast, m_axisY->max());
    m_chart->addSeries(boundary);
    boundary->attachAxis(m_axisX);
    boundary->attachAxis(m_axisY);
    for (auto* marker : m_chart->legend()->markers(boundary)) marker->setVisible(false);
    m_axisY->setTitleText(monthly ? tr("Units per month") : tr("Units per week"));
    m_chart->setTitle(title);
    updateTickCount();
    m_stack->setCurrentWidget(m_view);
}

void ForecastChart::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    updateTickCount();
}

void ForecastChart::updateTickCount() { m_axisX->setTickCount(std::clamp(width() / 110, 2, 14)); }

} // namespace stocktower::ui
