#include "pages/forecast_run_dialog.h"

#include "forecast/method_registry.h"
#include "help/guide.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace stocktower::ui {

namespace {

int defaultHorizon(forecast::Bucket bucket) {
    forecast::ForecastRunSettings settings;
    settings.bucket = bucket;
    return forecast::effectiveHorizon(settings);
}

} // namespace

ForecastRunDialog::ForecastRunDialog(forecast::Bucket workspaceBucket, bool canSaveBucket, QWidget* parent)
    : QDialog(parent), m_workspaceBucket(workspaceBucket), m_canSaveBucket(canSaveBucket), m_bucket(new QComboBox(this)),
      m_saveBucket(new QCheckBox(this)), m_horizon(new QSpinBox(this)), m_method(new QComboBox(this)),
      m_methodHelp(new QLabel(this)), m_backtest(new QSpinBox(this)), m_threads(new QSpinBox(this)) {
    setGuidePage(this, QStringLiteral("forecast#run-a-forecast"));
    setWindowTitle(tr("Run forecast"));
    m_bucket->addItem(tr("Weeks (ISO, Monday to Sunday)"), QStringLiteral("week"));
    m_bucket->addItem(tr("Calendar months"), QStringLiteral("month"));
    m_bucket->setCurrentIndex(workspaceBucket == forecast::Bucket::Month ? 1 : 0);
    m_bucket->setToolTip(tr("Bucket: the period demand is summed into before forecasting, ISO weeks (Monday to "
                            "Sunday) or calendar months. Every quantity of the run is per bucket."));
    m_saveBucket->setText(tr("Make this the workspace's bucket"));
    m_saveBucket->setToolTip(tr("Make this the workspace's bucket: stored in the workspace, so later runs and the "
                                "nightly command line use it too."));
    m_saveBucket->setEnabled(false);
    m_saveBucket->setVisible(canSaveBucket);

    m_horizon->setRange(1, 520);
    m_horizon->setValue(defaultHorizon(workspaceBucket));
    m_horizon->setToolTip(tr("Horizon: how far ahead to forecast, from the period after the last history. Unit: "
                             "periods of the bucket (weeks or months)."));

    for (const auto& name : forecast::methodNames()) {
        const QString method = QString::fromStdString(name);
        m_method->addItem(method == QStringLiteral("auto") ? tr("auto (recommended)") : method, method);
        m_method->setItemData(m_method->count() - 1, methodDescription(method), Qt::ToolTipRole);
    }
    m_methodHelp->setWordWrap(true);
    m_methodHelp->setEnabled(false);
    m_method->setToolTip(tr("Method: the forecasting model for every item and site. auto lets the demand class "
                            "decide: intermittent methods for intermittent and lumpy demand, else a combination of "
                            "ETS, Theta and damped trend. Hover over a method for its description."));

    m_backtest->setRange(0, 520);
    m_backtest->setSpecialValueText(tr("Same as the horizon"));
    m_backtest->setToolTip(tr("Backtest periods: periods held out at the end of each history to score the "
                              "method (MASE, sMAPE, bias) before it is refitted on all of it. Unit: periods of "
                              "the bucket."));
    m_threads->setRange(0, 256);
    m_threads->setSpecialValueText(tr("All cores (%1)").arg(std::max(1, QThread::idealThreadCount())));
    m_threads->setToolTip(tr("Threads: how many processor cores the run uses; results do not depend on it. "
                             "Unit: threads."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Bucket:"), m_bucket);
    form->addRow(QString(), m_saveBucket);
    form->addRow(tr("&Horizon (periods):"), m_horizon);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(QString(), m_methodHelp);
    form->addRow(tr("Bac&ktest periods:"), m_backtest);
    form->addRow(tr("&Threads:"), m_threads);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Forecasts every item and site with sales and stores the run in the workspace. "
                                "Earlier runs are kept."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, &ForecastRunDialog::onBucketChanged);
    connect(m_horizon, &QSpinBox::valueChanged, this, [this] {
        if (!m_horizon->signalsBlocked()) m_horizonEdited = true;
    });
    connect(m_method, &QComboBox::currentIndexChanged, this,
            [this] { m_methodHelp->setText(methodDescription(m_method->currentData().toString())); });
    m_methodHelp->setText(methodDescription(m_method->currentData().toString()));
}

void ForecastRunDialog::onBucketChanged() {
    const auto bucket = m_bucket->currentIndex() == 1 ? forecast::Bucket::Month : forecast::Bucket::Week;
    m_saveBucket->setEnabled(bucket != m_workspaceBucket);
    if (bucket == m_workspaceBucket) m_saveBucket->setChecked(false);
    if (!m_horizonEdited) {
        // Follow the bucket's default (13 weeks, 6 months) until the user chooses a horizon.
        const QSignalBlocker blocker(m_horizon);
        m_horizon->setValue(defaultHorizon(bucket));
    }
}

QString ForecastRunDialog::methodDescription(const QString& method) {
    if (method == QStringLiteral("auto"))
        return tr("By demand class: a combination of ETS, Theta and damped trend for regular demand, SBA for "
                  "intermittent demand, a moving average for new and inactive items.");
    if (method == QStringLiteral("select"))
        return tr("The best of the combination, ETS, Theta and damped trend in a rolling-origin backtest (slower).");
    if (method == QStringLiteral("comb")) return tr("The equal-weight mean of ETS, Theta and damped trend.");
    if (method == QStringLiteral("ets")) return tr("Exponential smoothing, the model chosen by AICc.");
    if (method == QStringLiteral("theta")) return tr("The Theta method (SES with drift).");
    if (method == QStringLiteral("damped")) return tr("Damped-trend exponential smoothing.");
    if (method == QStringLiteral("ses")) return tr("Simple exponential smoothing: a level, no trend or season.");
    if (method == QStringLiteral("holt")) return tr("Holt's linear trend.");
    if (method == QStringLiteral("hw-add") || method == QStringLiteral("hw-mult"))
        return tr("Holt-Winters with trend and season.");
    if (method == QStringLiteral("naive")) return tr("The last period's demand.");
    if (method == QStringLiteral("snaive")) return tr("The demand of the same period a year before.");
    if (method == QStringLiteral("ma")) return tr("The mean of the last 6 periods.");
    if (method == QStringLiteral("croston") || method == QStringLiteral("sba") || method == QStringLiteral("tsb"))
        return tr("An intermittent-demand method: size and interval (or probability) of demand.");
    return {};
}

forecast::ForecastRunSettings ForecastRunDialog::settings() const {
    forecast::ForecastRunSettings settings;
    settings.bucket = m_bucket->currentIndex() == 1 ? forecast::Bucket::Month : forecast::Bucket::Week;
    settings.horizon = m_horizon->value();
    settings.method = m_method->currentData().toString().toStdString();
    settings.backtestPeriods = m_backtest->value();
    settings.threads = m_threads->value();
    return settings;
}

bool ForecastRunDialog::saveBucket() const { return m_canSaveBucket && m_saveBucket->isChecked(); }

} // namespace stocktower::ui
