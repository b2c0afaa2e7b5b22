#include "pages/simulation_check_view.h"

#include "help/guide.h"
#include "inventory/scenario_simulation.h"
#include "models/simulation_check_model.h"
#include "shell/flow_layout.h"
#include "shell/table_style.h"
#include "shell/workspace_session.h"
#include "store/scenario_store.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace stocktower::ui {

namespace {

QSpinBox* spinBox(QWidget* parent, int minimum, int maximum, int value, const QString& name, const QString& tip) {
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setValue(value);
    box->setToolTip(tip);
    box->setAccessibleName(name);
    return box;
}

const QString kBase = QString::fromLatin1(store::kBaseScenarioName);

} // namespace

SimulationCheckView::SimulationCheckView(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent), m_session(session),
      m_replications(spinBox(this, 2, 10000, 100, tr("Runs"),
                             tr("Runs: independent replications per item-site; the figures are their means, with "
                                "standard errors that shrink as runs grow. Unit: runs."))),
      m_periods(spinBox(this, 2, 1040, 104, tr("Periods"),
                        tr("Periods: the length of one run, warm-up included. Unit: weekly periods."))),
      m_warmUp(spinBox(this, 0, 520, 13, tr("Warm-up"),
                       tr("Warm-up: leading periods left out of every statistic, so that runs are not judged on "
                          "their starting stock. Unit: weekly periods."))),
      m_seed(spinBox(this, 0, 1'000'000'000, 42, tr("Seed"),
                     tr("Seed: the random seed; the same seed gives the same figures on every computer and for "
                        "any number of threads. No unit."))),
      m_receiptsInOrder(new QCheckBox(tr("Receipts in order (one lane)"), this)),
      m_run(new QPushButton(tr("&Simulate"), this)), m_status(new QLabel(this)),
      m_model(new SimulationCheckModel(this)), m_view(new QTableView(this)) {
    setGuidePage(this, QStringLiteral("scenarios#simulation-check"));
    m_receiptsInOrder->setToolTip(tr("Receipts in order: on, an order that would overtake an earlier one waits for it "
                                     "(one lane). Off: each order arrives after its own lead time, drawn from the "
                                     "recorded mean and σ (in days), as the closed form assumes."));
    m_seed->setMaximumWidth(m_seed->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 40);
    m_run->setToolTip(tr("Simulate the selected scenario's policy in the background"));
    // Wraps onto further rows in a narrow window; a label stays with its field.
    auto* settingsBox = new QWidget(this);
    auto* settings = new FlowLayout(settingsBox);
    const auto addSetting = [&](const QString& label, QWidget* field) {
        auto* text = new QLabel(label, this);
        text->setBuddy(field);
        settings->addWidget(keptTogether(this, {text, field}));
    };
    addSetting(tr("&Runs:"), m_replications);
    addSetting(tr("&Periods:"), m_periods);
    addSetting(tr("&Warm-up:"), m_warmUp);
    addSetting(tr("S&eed:"), m_seed);
    settings->addWidget(m_receiptsInOrder);
    settings->addWidget(m_run);

    m_status->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Simulated service per demand class"));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    useCompactRows(m_view);
    auto* legend = new QLabel(tr("Gap = simulated − target. ▼ red: short of the target by more than 1.5 points "
                                 "(3 for intermittent and lumpy demand)."),
                              this);
    legend->setWordWrap(true);
    legend->setStyleSheet(QStringLiteral("color: #555;"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(settingsBox);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(legend);

    connect(m_run, &QPushButton::clicked, this, [this] { simulate(); });
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &SimulationCheckView::onWorkspaceChanged);
    connect(&m_session, &WorkspaceSession::dataChanged, this, &SimulationCheckView::onWorkspaceChanged);
    onWorkspaceChanged();
}

SimulationCheckView::~SimulationCheckView() {
    if (m_task) m_task->cancel();
}

void SimulationCheckView::onWorkspaceChanged() {
    ++m_generation;
    m_model->clear();
    m_status->setText(m_session.isOpen()
                          ? tr("Simulates the selected scenario's policy and compares the service it achieves "
                               "with its targets.")
                          : tr("Open a workspace to simulate its policy."));
    updateButtons();
}

void SimulationCheckView::setScenario(const QString& name) {
    if (name == m_scenario) return;
    m_scenario = name;
    ++m_generation; // a run still going belongs to the previous scenario
    m_model->clear();
    m_status->setText(name.isEmpty() ? QString() : tr("Not simulated yet: %1.").arg(name == kBase ? tr("base") : name));
    updateButtons();
}

void SimulationCheckView::updateButtons() {
    m_run->setEnabled(m_session.isOpen() && !m_scenario.isEmpty() && !m_task);
}

Task* SimulationCheckView::simulate() {
    if (!m_session.isOpen() || m_scenario.isEmpty() || m_task) return nullptr;
    if (m_warmUp->value() >= m_periods->value()) {
        m_status->setText(tr("The warm-up must be shorter than the simulated periods."));
        return nullptr;
    }
    std::shared_ptr<store::Connection> connection;
    try {
        connection = m_session.workspace().openConnection(true);
    } catch (const std::exception& error) {
        m_status->setText(tr("Cannot read the workspace: %1").arg(QString::fromUtf8(error.what())));
        return nullptr;
    }
    inventory::SimSettings settings;
    settings.replications = m_replications->value();
    settings.periods = m_periods->value();
    settings.warmUpPeriods = m_warmUp->value();
    settings.seed = static_cast<std::uint64_t>(m_seed->value());
    settings.receiptsInOrder = m_receiptsInOrder->isChecked();
    const std::string scenario = m_scenario == kBase ? std::string() : m_scenario.toStdString();
    auto result = std::make_shared<inventory::ScenarioSimulation>();
    const std::uint64_t generation = m_generation;
    const QString shown = m_scenario == kBase ? tr("base") : m_scenario;
    Task* task = m_session.tasks().run(tr("Simulating %1").arg(shown), [connection, scenario, settings, result](util::Progress& progress) mutable {
        *result = inventory::simulateScenario(*connection, scenario, {}, settings, 0, progress);
        connection.reset();
    });
    m_task = task;
    m_model->clear();
    m_status->setText(tr("Simulating %1…").arg(shown));
    connect(task, &Task::finished, this, [this, task, generation, result, shown, settings] {
        m_task = nullptr;
        if (generation == m_generation) {
            switch (task->state()) {
            case Task::State::Succeeded:
                m_model->setClasses(result->classes);
                m_status->setText(tr("%1: %2 item-sites, %3 %4s (%5 warm-up) × %6 runs, seed %7, %8; %9 s.")
                                      .arg(shown)
                                      .arg(QLocale().toString(static_cast<qulonglong>(result->simulatedItemSites)))
                                      .arg(settings.periods)
                                      .arg(QString::fromStdString(result->period.name))
                                      .arg(settings.warmUpPeriods)
                                      .arg(settings.replications)
                                      .arg(settings.seed)
                                      .arg(settings.receiptsInOrder ? tr("receipts in order")
                                                                    : tr("independent lead times"))
                                      .arg(QLocale().toString(result->seconds, 'f', 1)));
                break;
            case Task::State::Cancelled: m_status->setText(tr("Cancelled.")); break;
            default: m_status->setText(tr("The simulation failed: %1").arg(task->errorMessage())); break;
            }
        }
        updateButtons();
        Q_EMIT taskEnded();
    });
    updateButtons();
    return task;
}

} // namespace stocktower::ui
