#include "pages/forecast_model_panel.h"

#include "text/planning_text.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace stocktower::ui {

namespace {

QString number(double value, int decimals) {
    return std::isfinite(value) ? QLocale().toString(value, 'f', decimals) : QStringLiteral("–");
}

QString optionalNumber(const std::optional<double>& value, int decimals) {
    return value ? number(*value, decimals) : QStringLiteral("–");
}

// A parameter's value: counts without decimals, rates and levels with up to four digits.
QString parameterValue(double value) {
    if (!std::isfinite(value)) return QStringLiteral("–");
    if (std::trunc(value) == value && std::abs(value) < 1e6) return QLocale().toString(value, 'f', 0);
    return QLocale().toString(value, 'g', 4);
}

QTableWidget* makeTable(const QStringList& headers, QWidget* parent) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    return table;
}

} // namespace

ForecastModelPanel::ForecastModelPanel(QWidget* parent)
    : QWidget(parent), m_form(new QFormLayout), m_warning(new QLabel(this)),
      m_parameters(makeTable({tr("Parameter"), tr("Value")}, this)),
      m_candidates(makeTable({tr("Candidate"), tr("Score")}, this)) {
    const QString titles[fCount] = {tr("Model:"), tr("Why:"), tr("Demand:"), tr("Backtest:"), tr("Intervals:")};
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    for (const auto& title : titles) {
        auto* value = new QLabel(this);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(title, value);
    }
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #d0c090; padding: 4px; }"));
    m_warning->hide();
    m_candidates->setToolTip(tr("Models considered for this series, best first (lower scores are better)"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(m_form);
    layout->addWidget(m_warning);
    auto* tables = new QHBoxLayout;
    tables->addWidget(m_parameters, 1);
    tables->addWidget(m_candidates, 1);
    layout->addLayout(tables, 1);
    clear();
}

QString ForecastModelPanel::fieldText(int row) const {
    if (auto* label = qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::FieldRole)->widget())) return label->text();
    return {};
}

void ForecastModelPanel::clear() {
    for (int row = 0; row < fCount; ++row)
        if (auto* label = qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::FieldRole)->widget())) label->clear();
    m_warning->hide();
    m_parameters->setRowCount(0);
    m_candidates->setRowCount(0);
}

QString ForecastModelPanel::whyThisModel(const forecast::SeriesDetail& detail) {
    const auto& run = detail.run;
    const QString demandClass = QString::fromStdString(detail.series.demandClass);
    const auto& demand = detail.parameters.demand;
    if (QString::fromStdString(detail.series.model).startsWith(QStringLiteral("naive (fallback")))
        return tr("The run's method failed on this series, so the naive forecast (the last value) was used.");
    if (run.method == "select")
        return tr("Chosen by rolling-origin backtest: the lowest mean absolute scaled error among the candidates "
                  "listed.");
    if (run.method != "auto") return tr("The run used one method for every series: %1.").arg(QString::fromStdString(run.method));
    if (demandClass == QStringLiteral("smooth") || demandClass == QStringLiteral("erratic"))
        return tr("Regular demand (%1): the equal-weight mean of ETS (the lowest AICc among the candidates listed), "
                  "Theta and damped trend — the combination that was most robust in the M4 competition.")
            .arg(demandClassTitle(detail.series.demandClass));
    if (demandClass == QStringLiteral("intermittent") || demandClass == QStringLiteral("lumpy"))
        return tr("Intermittent demand (%1: demand in only some periods%2): SBA, Croston's method with the "
                  "Syntetos–Boylan bias correction, forecasts the demand rate per period.")
            .arg(demandClassTitle(detail.series.demandClass),
                 demand ? tr(", ADI %1 ≥ 1.32").arg(number(demand->adi, 2)) : QString());
    if (demandClass == QStringLiteral("new"))
        return tr("New item: too little history to choose a model, so the mean of the periods there are.");
    if (demandClass == QStringLiteral("inactive"))
        return tr("No demand in the most recent periods: the moving average over them, which is 0 unless demand "
                  "returns.");
    return {};
}

QString ForecastModelPanel::intervalText(const forecast::SeriesParameters& parameters) {
    switch (parameters.intervalMethod) {
    case forecast::IntervalMethod::Analytic:
        return tr("Analytical: from the model's error variance (normal).");
    case forecast::IntervalMethod::Empirical:
        return tr("Empirical: quantiles of the method's own errors in a rolling-origin backtest (%n errors or more "
                  "per period ahead).",
                  nullptr, parameters.intervalErrors);
    case forecast::IntervalMethod::NormalFallback:
        return tr("Normal approximation from the in-sample error: the history is too short for a backtest of its "
                  "errors.");
    case forecast::IntervalMethod::None: break;
    }
    return tr("Not recorded (a run from an earlier version).");
}

void ForecastModelPanel::setDetail(const forecast::SeriesDetail& detail) {
    clear();
    auto setField = [this](int row, const QString& text) {
        if (auto* label = qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::FieldRole)->widget()))
            label->setText(text);
    };
    const auto& series = detail.series;
    setField(fModel, QString::fromStdString(series.model));
    setField(fWhy, whyThisModel(detail));
    QString demand = demandClassTitle(series.demandClass);
    if (const auto& statistics = detail.parameters.demand)
        demand = tr("%1 · ADI %2 · CV² %3 · demand in %4 of %5 periods")
                     .arg(demand, number(statistics->adi, 2), number(statistics->cv2, 2))
                     .arg(statistics->demandPeriods)
                     .arg(statistics->periods);
    setField(fClass, demand);
    setField(fAccuracy, series.mase || series.smape || series.bias
                            ? tr("MASE %1 · sMAPE %2% · bias %3 per period")
                                  .arg(optionalNumber(series.mase, 2), optionalNumber(series.smape, 1),
                                       optionalNumber(series.bias, 2))
                            : tr("Not scored: the history is too short to hold out a backtest."));
    setField(fIntervals, intervalText(detail.parameters));
    if (!detail.refitMatches) {
        m_warning->setText(detail.refitProblem.empty()
                               ? tr("The demand history has changed since this run: the fitted values are refitted to "
                                    "today's history, the forecast is the run's. Run the forecast again to update it.")
                               : tr("Fitted values are not available: %1").arg(QString::fromStdString(detail.refitProblem)));
        m_warning->show();
    }

    const auto& model = detail.parameters.model;
    m_parameters->setRowCount(static_cast<int>(model.size()));
    for (int row = 0; row < static_cast<int>(model.size()); ++row) {
        const auto& [name, value] = model[static_cast<std::size_t>(row)];
        m_parameters->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(name)));
        auto* item = new QTableWidgetItem(parameterValue(value));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_parameters->setItem(row, 1, item);
    }
    const auto& candidates = detail.candidates;
    m_candidates->setRowCount(static_cast<int>(candidates.size()));
    for (int row = 0; row < static_cast<int>(candidates.size()); ++row) {
        const auto& candidate = candidates[static_cast<std::size_t>(row)];
        auto* name = new QTableWidgetItem(QString::fromStdString(candidate.model));
        auto* score = new QTableWidgetItem(candidate.score ? number(*candidate.score, 2) : QStringLiteral("–"));
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (row == 0) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            score->setFont(bold);
        }
        m_candidates->setItem(row, 0, name);
        m_candidates->setItem(row, 1, score);
    }
    m_candidates->setHorizontalHeaderLabels(
        {tr("Candidate"), detail.run.method == "select" ? tr("Backtest MASE") : tr("AICc")});
}

} // namespace stocktower::ui
