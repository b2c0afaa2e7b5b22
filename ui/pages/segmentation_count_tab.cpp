#include "pages/segmentation_count_tab.h"

#include "help/guide.h"
#include "models/segmentation_style.h"
#include "models/segmentation_workload_model.h"
#include "shell/flow_layout.h"
#include "shell/table_style.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStackedLayout>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace stocktower::ui {

namespace {

using inventory::AbcClass;

QDate toQDate(domain::DayNumber day) { return QDate(1970, 1, 1).addDays(day); }
domain::DayNumber toDay(const QDate& date) { return static_cast<domain::DayNumber>(QDate(1970, 1, 1).daysTo(date)); }

// "52, 53, 1" → week numbers; nullopt when a part is not a week number.
std::optional<std::vector<unsigned>> parseWeeks(const QString& text) {
    std::vector<unsigned> weeks;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int week = part.toInt(&ok);
        if (!ok || week < 1 || week > 53) return std::nullopt;
        weeks.push_back(static_cast<unsigned>(week));
    }
    return weeks;
}

} // namespace

SegmentationCountTab::SegmentationCountTab(QWidget* parent)
    : QWidget(parent), m_start(new QDateEdit(this)), m_closed(new QLineEdit(this)),
      m_export(new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export count &schedule…"), this)),
      m_summary(new QLabel(this)), m_message(new QLabel(this)), m_view(new QChartView(this)), m_table(new QTableView(this)),
      m_model(new SegmentationWorkloadModel(this)) {
    setGuidePage(this, QStringLiteral("segmentation#cycle-counts"));
    // Wraps onto further rows in a narrow window; a label stays with its field.
    auto* controlsBox = new QWidget(this);
    auto* controls = new FlowLayout(controlsBox);
    std::vector<QWidget*> frequencies{new QLabel(tr("Counts a year:"), this)};
    const inventory::CountFrequencies defaults;
    for (AbcClass abc : {AbcClass::A, AbcClass::B, AbcClass::C}) {
        auto* spin = new QSpinBox(this);
        spin->setRange(0, 52);
        spin->setValue(defaults.of(abc));
        spin->setSuffix(QStringLiteral("×"));
        const QString letter(QLatin1Char(inventory::abcLetter(abc)));
        spin->setAccessibleName(tr("Counts a year of class %1").arg(letter));
        spin->setToolTip(tr("Counts a year of class %1: how often each class %1 item-site is counted, spread evenly "
                            "over the working weeks (0: not counted). Unit: counts per year.")
                             .arg(letter));
        auto* label = new QLabel(tr("&%1").arg(letter), this);
        label->setBuddy(spin);
        frequencies.push_back(label);
        frequencies.push_back(spin);
        m_perYear[static_cast<int>(abc)] = spin;
        connect(spin, &QSpinBox::valueChanged, this, &SegmentationCountTab::settingsChanged);
    }
    controls->addWidget(keptTogether(this, frequencies));
    auto* startLabel = new QLabel(tr("&First week:"), this);
    startLabel->setBuddy(m_start);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_start->setToolTip(tr("First week: the plan runs 52 weeks from the Monday on or after this day (counting "
                       "weeks start on Mondays). Unit: a date."));
    controls->addWidget(keptTogether(this, {startLabel, m_start}));
    auto* closedLabel = new QLabel(tr("&Closed ISO weeks:"), this);
    closedLabel->setBuddy(m_closed);
    m_closed->setPlaceholderText(tr("e.g. 52, 53, 1"));
    m_closed->setToolTip(tr("Closed ISO weeks: weeks without counting (stocktaking, holidays); their counts go to "
                        "the other weeks. Unit: ISO week numbers 1–53, separated by commas."));
    m_closed->setMaximumWidth(140);
    controls->addWidget(keptTogether(this, {closedLabel, m_closed}));
    controls->addWidget(m_export);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);

    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    useCompactRows(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Weekly count workload"));

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setEnabled(false);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({900, 420}); // the table needs its columns' width, the chart the rest
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(splitter, 1);
    auto* stackHolder = new QWidget(this);
    m_stack = new QStackedLayout(stackHolder);
    m_stack->addWidget(m_message);
    m_stack->addWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(controlsBox);
    layout->addWidget(stackHolder, 1);

    connect(m_start, &QDateEdit::userDateChanged, this, [this] {
        m_startChosen = true;
        Q_EMIT settingsChanged();
    });
    connect(m_closed, &QLineEdit::editingFinished, this, &SegmentationCountTab::settingsChanged);
    connect(m_export, &QPushButton::clicked, this, &SegmentationCountTab::exportRequested);
    showMessage(QString());
}

QSpinBox* SegmentationCountTab::frequencySpin(AbcClass abc) const { return m_perYear[static_cast<int>(abc)]; }

QString SegmentationCountTab::problem() const {
    const auto closed = parseWeeks(m_closed->text());
    if (!closed) return tr("Enter the closed weeks as ISO week numbers 1–53, like 52, 53, 1.");
    inventory::CycleCountSettings settings;
    settings.perYear = {m_perYear[0]->value(), m_perYear[1]->value(), m_perYear[2]->value()};
    settings.firstMonday = inventory::mondayOnOrAfter(toDay(m_start->date()));
    settings.closedIsoWeeks = *closed;
    if (auto problem = inventory::cycleCountProblem(settings)) return QString::fromStdString(*problem);
    return {};
}

std::optional<inventory::CycleCountSettings> SegmentationCountTab::settings() const {
    if (!problem().isEmpty()) return std::nullopt;
    inventory::CycleCountSettings settings;
    settings.perYear = {m_perYear[0]->value(), m_perYear[1]->value(), m_perYear[2]->value()};
    settings.firstMonday = inventory::mondayOnOrAfter(toDay(m_start->date()));
    settings.closedIsoWeeks = *parseWeeks(m_closed->text());
    return settings;
}

void SegmentationCountTab::setDefaultStart(domain::DayNumber lastDay) {
    if (m_startChosen) return;
    const QSignalBlocker blocker(m_start);
    m_start->setDate(toQDate(inventory::mondayOnOrAfter(lastDay + 1)));
}

const inventory::CycleCountPlan* SegmentationCountTab::plan() const { return m_model->plan(); }

void SegmentationCountTab::showMessage(const QString& message) {
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    m_export->setEnabled(false);
}

void SegmentationCountTab::setPlan(std::shared_ptr<const inventory::CycleCountPlan> plan) {
    m_model->setPlan(std::move(plan));
    if (!m_model->plan()) {
        showMessage(tr("No count plan."));
        return;
    }
    updateChart();
    updateSummary();
    m_export->setEnabled(!m_model->plan()->tasks.empty());
    m_stack->setCurrentIndex(1);
}

void SegmentationCountTab::updateSummary() {
    const auto& plan = *m_model->plan();
    const QLocale locale;
    const auto n = [&locale](std::int64_t value) { return locale.toString(static_cast<qlonglong>(value)); };
    const std::int64_t total = plan.countsPerYear[0] + plan.countsPerYear[1] + plan.countsPerYear[2];
    const int perYearA = plan.settings.perYear.a;
    const QString intervalA =
        perYearA > 0 ? tr("A every %1 weeks").arg(locale.toString(static_cast<double>(plan.workingWeeks) / perYearA, 'f', 1))
                     : tr("A not counted");
    m_summary->setText(
        tr("<b>%1 counts a year</b> (A %2, B %3, C %4 item-sites × their frequency) over %5 working weeks: "
           "<b>%6 a week</b> on average, at most %7. Each item is counted at even intervals (%8); neighbouring "
           "locations fall in the same weeks. Usual count tolerances: A ±1 %, B ±3 %, C ±5 %.")
            .arg(n(total), n(plan.members[0]), n(plan.members[1]), n(plan.members[2]), n(plan.workingWeeks),
                 locale.toString(plan.meanPerWorkingWeek, 'f', 1), n(plan.busiestWeek), intervalA));
}

void SegmentationCountTab::updateChart() {
    const auto& plan = *m_model->plan();
    // A fresh chart per plan, complete before the view gets it: Qt Charts (6.4) does not lay out
    // a shown chart again when its series or category labels change.
    m_chart = new QChart();
    m_axisX = new QCategoryAxis();
    m_axisY = new QValueAxis();
    m_chart->setMargins(QMargins(4, 4, 8, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setTitle(tr("Item-site counts per week"));
    QFont titleFont = m_chart->titleFont();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisX->setGridLineVisible(false);
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setTitleText(tr("Counts"));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    auto* series = new QStackedBarSeries();
    std::int64_t highest = 0;
    for (AbcClass abc : {AbcClass::A, AbcClass::B, AbcClass::C}) {
        auto* set = new QBarSet(tr("Class %1").arg(QLatin1Char(inventory::abcLetter(abc))));
        set->setColor(abcColor(abc));
        set->setBorderColor(abcColor(abc));
        for (const auto& week : plan.weeks) set->append(static_cast<qreal>(week.itemSites[static_cast<std::size_t>(abc)]));
        series->append(set);
    }
    for (const auto& week : plan.weeks) highest = std::max(highest, week.total());
    series->setBarWidth(0.8);
    m_chart->addSeries(series);
    // A short label ("W49") every four weeks keeps the labels apart; bars sit at 0, 1, 2 … A plan
    // longer than a year repeats week numbers: those labels carry the year (labels are unique).
    m_axisX->setRange(-0.5, static_cast<double>(plan.weeks.size()) - 0.5);
    for (std::size_t w = 0; w < plan.weeks.size(); w += 4) {
        const auto iso = domain::isoWeekOf(plan.weeks[w].weekStart);
        QString label = tr("W%1").arg(iso.week, 2, 10, QLatin1Char('0'));
        if (m_axisX->categoriesLabels().contains(label)) label = QString::fromStdString(domain::formatIsoWeek(iso));
        m_axisX->append(label, static_cast<double>(w));
    }
    m_axisY->setRange(0, std::max<double>(1.0, static_cast<double>(highest) * 1.1));
    m_axisY->applyNiceNumbers();
    series->attachAxis(m_axisX);
    series->attachAxis(m_axisY);
    QChart* previous = m_view->chart(); // setChart() releases, not deletes, the previous one
    m_view->setChart(m_chart);
    delete previous;
}

} // namespace stocktower::ui
