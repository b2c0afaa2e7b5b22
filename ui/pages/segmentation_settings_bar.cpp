#include "pages/segmentation_settings_bar.h"

#include "shell/flow_layout.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace stocktower::ui {

namespace {

using inventory::AbcBasis;

// Site combo entries that are not a site.
constexpr qlonglong kEachSite = -1;
constexpr qlonglong kAcrossSites = -2;

QString fromUtf8(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

SegmentationSettingsBar::SegmentationSettingsBar(QWidget* parent)
    : QWidget(parent), m_site(new QComboBox(this)), m_basis(new QComboBox(this)), m_cutoffs(new QComboBox(this)),
      m_xyzPreset(new QComboBox(this)), m_x(new QDoubleSpinBox(this)), m_y(new QDoubleSpinBox(this)),
      m_period(new QComboBox(this)), m_window(new QSpinBox(this)) {
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_site->setAccessibleName(tr("Site"));
    m_site->setToolTip(tr("Site: the scope of the ranking. Each site ranks its item-sites on their own; all "
                          "sites together ranks items with their usage summed; or one site only."));
    setSites({});

    m_basis->addItem(tr("Usage value"), static_cast<int>(AbcBasis::UsageValue));
    m_basis->addItem(tr("Units"), static_cast<int>(AbcBasis::Units));
    m_basis->addItem(tr("Picks"), static_cast<int>(AbcBasis::Picks));
    m_basis->addItem(tr("Margin"), static_cast<int>(AbcBasis::Margin));
    m_basis->setToolTip(tr("Rank by: what ABC ranks by, summed over the window. Usage value = units × unit "
                           "cost (currency); units (units); picks (order lines); margin = (price − cost) × "
                           "units (currency)."));

    m_cutoffs->setEditable(true);
    m_cutoffs->setInsertPolicy(QComboBox::NoInsert);
    for (const auto& preset : inventory::abcCutoffPresets())
        m_cutoffs->addItem(QString::fromStdString(inventory::formatCutoffs(preset.cutoffs)), fromUtf8(preset.description));
    for (int i = 0; i < m_cutoffs->count(); ++i) m_cutoffs->setItemData(i, m_cutoffs->itemData(i), Qt::ToolTipRole);
    m_cutoffs->lineEdit()->setMaxLength(24);
    m_cutoffs->setMinimumContentsLength(9);
    m_cutoffs->setAccessibleName(tr("ABC cut-offs"));
    m_cutoffs->setToolTip(tr("A/B/C cut-offs: the shares of the ranking basis held by A, B and C, adding up to "
                             "100. The item that crosses a cut-off belongs to the upper class. Unit: % of the "
                             "basis."));

    for (const auto& preset : inventory::xyzPresets())
        m_xyzPreset->addItem(fromUtf8(preset.name), fromUtf8(preset.name));
    m_xyzPreset->addItem(tr("Custom"), QString());
    m_xyzPreset->setToolTip(tr("XYZ thresholds on the coefficient of variation (CV = standard deviation ÷ mean "
                               "of demand per period, zeros included): X up to the first, Y up to the second, Z "
                               "above. Items without demand in the window are Z. Unit: a ratio (0.25 = 25 %)."));
    for (QDoubleSpinBox* spin : {m_x, m_y}) {
        spin->setRange(0.0, 10.0);
        spin->setDecimals(2);
        spin->setSingleStep(0.05);
    }
    m_x->setAccessibleName(tr("X threshold"));
    m_y->setAccessibleName(tr("Y threshold"));
    m_x->setToolTip(tr("X threshold: an item-site whose CV of demand per period is at or below it is X "
                       "(steady). Unit: a ratio (0.25 = 25 %)."));
    m_y->setToolTip(tr("Y threshold: an item-site whose CV is above the X threshold and at or below this "
                       "one is Y (variable); above it, Z (erratic). Unit: a ratio (0.50 = 50 %)."));

    m_period->addItem(tr("week"), static_cast<int>(inventory::XyzPeriod::Week));
    m_period->addItem(tr("month"), static_cast<int>(inventory::XyzPeriod::Month));
    m_period->setToolTip(tr("CV period: the demand bucket the CV is computed on. Weeks: 7-day blocks counted back "
                            "from the last day. Months: whole calendar months inside the window."));
    m_window->setRange(1, 520);
    m_window->setSuffix(tr(" weeks"));
    m_window->setToolTip(tr("Window: the history ranked and measured, ending on the workspace's last demand "
                            "day. Unit: weeks."));

    // Wraps onto further rows in a narrow window; a label stays with its field.
    auto* layout = new FlowLayout(this);
    layout->addWidget(keptTogether(this, {buddyLabel(tr("&Site:"), m_site, this), m_site}));
    layout->addWidget(keptTogether(this, {buddyLabel(tr("&Rank by:"), m_basis, this), m_basis}));
    layout->addWidget(keptTogether(this, {buddyLabel(tr("A/B/C &%:"), m_cutoffs, this), m_cutoffs}));
    layout->addWidget(keptTogether(this, {buddyLabel(tr("&XYZ:"), m_xyzPreset, this), m_xyzPreset,
                                          new QLabel(tr("X ≤"), this), m_x, new QLabel(tr("Y ≤"), this), m_y}));
    layout->addWidget(keptTogether(this, {buddyLabel(tr("CV per"), m_period, this), m_period}));
    layout->addWidget(keptTogether(this, {buddyLabel(tr("&Window:"), m_window, this), m_window}));

    setSettings(inventory::SegmentationSettings{});

    const auto emitChanged = [this] {
        if (m_updating) return;
        showProblem();
        Q_EMIT changed();
    };
    connect(m_site, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_basis, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_cutoffs, &QComboBox::currentTextChanged, this, emitChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_window, &QSpinBox::valueChanged, this, emitChanged);
    connect(m_xyzPreset, &QComboBox::currentIndexChanged, this, [this, emitChanged] {
        onXyzPresetChosen();
        emitChanged();
    });
    for (QDoubleSpinBox* spin : {m_x, m_y})
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, emitChanged] {
            onThresholdsEdited();
            emitChanged();
        });
}

void SegmentationSettingsBar::setSites(const std::vector<store::SiteRow>& sites) {
    const QVariant wanted = m_site->count() > 0 ? m_site->currentData() : QVariant(kEachSite);
    const bool blocked = m_updating;
    m_updating = true;
    m_site->clear();
    m_site->addItem(tr("Each site, ranked apart"), kEachSite);
    m_site->addItem(tr("All sites together (per item)"), kAcrossSites);
    for (const auto& site : sites) {
        const QString code = QString::fromStdString(site.code);
        m_site->addItem(site.name.empty() ? code : tr("%1 — %2").arg(code, QString::fromStdString(site.name)),
                        QVariant::fromValue<qlonglong>(site.id));
    }
    m_site->setCurrentIndex(std::max(0, m_site->findData(wanted)));
    m_updating = blocked;
}

std::optional<inventory::SegmentationSettings> SegmentationSettingsBar::settings() const {
    if (!problem().isEmpty()) return std::nullopt;
    inventory::SegmentationSettings settings;
    const qlonglong site = m_site->currentData().toLongLong();
    settings.scope = site == kAcrossSites ? inventory::AbcScope::AcrossSites : inventory::AbcScope::PerSite;
    if (site > 0) settings.siteId = site;
    settings.basis = static_cast<AbcBasis>(m_basis->currentData().toInt());
    settings.cutoffs = *inventory::parseCutoffs(m_cutoffs->currentText().toStdString());
    settings.xyz = {m_x->value(), m_y->value()};
    settings.xyzPeriod = static_cast<inventory::XyzPeriod>(m_period->currentData().toInt());
    settings.windowWeeks = m_window->value();
    return settings;
}

QString SegmentationSettingsBar::problem() const {
    const auto cutoffs = inventory::parseCutoffs(m_cutoffs->currentText().toStdString());
    if (!cutoffs) return tr("Enter the A/B/C cut-offs as three percentages, like 80/15/5.");
    if (auto problem = inventory::cutoffsProblem(*cutoffs)) return QString::fromStdString(*problem);
    if (auto problem = inventory::xyzProblem({m_x->value(), m_y->value()})) return QString::fromStdString(*problem);
    return {};
}

void SegmentationSettingsBar::setSettings(const inventory::SegmentationSettings& settings) {
    m_updating = true;
    m_basis->setCurrentIndex(std::max(0, m_basis->findData(static_cast<int>(settings.basis))));
    m_cutoffs->setCurrentText(QString::fromStdString(inventory::formatCutoffs(settings.cutoffs)));
    m_x->setValue(settings.xyz.x);
    m_y->setValue(settings.xyz.y);
    onThresholdsEdited();
    m_period->setCurrentIndex(std::max(0, m_period->findData(static_cast<int>(settings.xyzPeriod))));
    m_window->setValue(settings.windowWeeks);
    const qlonglong site = settings.siteId ? *settings.siteId
                           : settings.scope == inventory::AbcScope::AcrossSites ? kAcrossSites
                                                                                : kEachSite;
    m_site->setCurrentIndex(std::max(0, m_site->findData(site)));
    m_updating = false;
    showProblem();
}

void SegmentationSettingsBar::onXyzPresetChosen() {
    const auto preset = inventory::findXyzPreset(m_xyzPreset->currentData().toString().toStdString());
    if (!preset) return; // "Custom": the spin boxes keep their values
    const bool blocked = m_updating;
    m_updating = true;
    m_x->setValue(preset->x);
    m_y->setValue(preset->y);
    m_updating = blocked;
}

void SegmentationSettingsBar::onThresholdsEdited() {
    // The combo follows the numbers: a preset's name when they match one, else "Custom".
    const auto name = inventory::xyzPresetName({m_x->value(), m_y->value()});
    const int index = name.empty() ? m_xyzPreset->count() - 1 : m_xyzPreset->findData(fromUtf8(name));
    const QSignalBlocker blocker(m_xyzPreset);
    m_xyzPreset->setCurrentIndex(index);
}

void SegmentationSettingsBar::showProblem() {
    const QString text = problem();
    const bool cutoffsBad = text.contains(QStringLiteral("cut-off"));
    m_cutoffs->setStyleSheet(cutoffsBad ? QStringLiteral("QComboBox { border: 2px solid #b3261e; }") : QString());
    m_cutoffs->lineEdit()->setToolTip(cutoffsBad ? text : m_cutoffs->toolTip());
    const bool xyzBad = !text.isEmpty() && !cutoffsBad;
    for (QDoubleSpinBox* spin : {m_x, m_y})
        spin->setStyleSheet(xyzBad ? QStringLiteral("QDoubleSpinBox { border: 2px solid #b3261e; }") : QString());
}

} // namespace stocktower::ui
