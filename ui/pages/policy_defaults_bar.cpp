#include "pages/policy_defaults_bar.h"

#include "help/guide.h"
#include "inventory/service_level.h"
#include "shell/flow_layout.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalBlocker>

#include <cmath>

namespace stocktower::ui {

namespace {

QDoubleSpinBox* percentBox(QWidget* parent, double minimum, double maximum, int decimals) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setDecimals(decimals);
    box->setSuffix(QStringLiteral(" %"));
    box->setKeyboardTracking(false); // one edit per committed value, not per keystroke
    box->setAlignment(Qt::AlignRight);
    return box;
}

// Spin boxes round; an unchanged field must not become an edit.
bool same(double a, double b) { return std::abs(a - b) < 1e-9; }

} // namespace

PolicyDefaultsBar::PolicyDefaultsBar(QWidget* parent)
    : QWidget(parent), m_type(new QComboBox(this)), m_holding(percentBox(this, 0.0, 200.0, 1)),
      m_orderCost(new QDoubleSpinBox(this)) {
    setGuidePage(this, QStringLiteral("policy#defaults"));
    auto* serviceLabel = new QLabel(tr("Service target"), this);
    const char* classes[] = {"A", "B", "C"};
    for (int i = 0; i < 3; ++i) {
        // Strictly between 0 and 1, as the core's parser demands.
        m_service[i] = percentBox(this, 50.0, 99.9, 1);
        m_service[i]->setPrefix(QString::fromLatin1(classes[i]) + QStringLiteral(": "));
        m_service[i]->setAccessibleName(tr("Service target for class %1").arg(QString::fromLatin1(classes[i])));
        m_service[i]->setToolTip(tr("Service target of class %1: the default service level for class %1 item-sites, read as the "
                                    "service type beside it (an item-site's own value wins). Unit: % (cycle "
                                    "service level: % of replenishment cycles without a stock-out; fill rate: % "
                                    "of demanded units filled from stock).")
                                     .arg(QString::fromLatin1(classes[i])));
        connect(m_service[i], &QDoubleSpinBox::valueChanged, this, [this, i, classes](double value) {
            auto after = m_defaults;
            after.serviceByAbc[static_cast<std::size_t>(i)] = value / 100.0;
            if (!same(after.serviceByAbc[static_cast<std::size_t>(i)], m_defaults.serviceByAbc[static_cast<std::size_t>(i)]))
                commit(after, tr("service target of class %1").arg(QString::fromLatin1(classes[i])));
        });
    }
    m_type->addItem(tr("cycle service level"), static_cast<int>(inventory::ServiceType::CycleServiceLevel));
    m_type->addItem(tr("fill rate"), static_cast<int>(inventory::ServiceType::FillRate));
    m_type->setAccessibleName(tr("Service type"));
    m_type->setToolTip(tr("Service type: what the targets mean. Cycle service level: probability of no stock-out "
                          "in a replenishment cycle (unit: % of cycles). Fill rate: share of demanded units "
                          "filled from stock (unit: % of units)."));
    m_holding->setSuffix(tr(" %/yr"));
    m_holding->setAccessibleName(tr("Holding rate"));
    m_holding->setToolTip(tr("Holding rate: the yearly cost of keeping one unit in stock (capital, storage, "
                             "shrinkage) as a share of its unit cost. Unit: % of unit cost per year."));
    m_orderCost->setRange(0.0, 1e6);
    m_orderCost->setDecimals(2);
    m_orderCost->setKeyboardTracking(false);
    m_orderCost->setAlignment(Qt::AlignRight);
    m_orderCost->setAccessibleName(tr("Order cost"));
    m_orderCost->setToolTip(tr("Order cost: the fixed cost of placing one purchase order (buying, receiving, "
                               "invoice), whatever its quantity; used by the EOQ. Unit: currency per order."));
    // Wraps onto a second row in a narrow window.
    auto* layout = new FlowLayout(this);
    layout->addWidget(keptTogether(this, {serviceLabel, m_service[0], m_service[1], m_service[2], m_type}));
    layout->addWidget(keptTogether(this, {new QLabel(tr("Holding"), this), m_holding}));
    layout->addWidget(keptTogether(this, {new QLabel(tr("Order cost"), this), m_orderCost}));

    connect(m_type, &QComboBox::activated, this, [this] {
        auto after = m_defaults;
        after.serviceType = static_cast<inventory::ServiceType>(m_type->currentData().toInt());
        if (after.serviceType != m_defaults.serviceType) commit(after, tr("service type"));
    });
    connect(m_holding, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        auto after = m_defaults;
        after.holdingRate = value / 100.0;
        if (!same(after.holdingRate, m_defaults.holdingRate)) commit(after, tr("holding rate"));
    });
    connect(m_orderCost, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        auto after = m_defaults;
        after.orderCost = value;
        if (!same(after.orderCost, m_defaults.orderCost)) commit(after, tr("order cost"));
    });
    setDefaults(m_defaults);
}

void PolicyDefaultsBar::commit(const inventory::PolicyDefaults& after, const QString& what) {
    // The page answers with setDefaults (the stored state, or the old one when refused).
    Q_EMIT edited(after, what);
}

void PolicyDefaultsBar::setDefaults(const inventory::PolicyDefaults& defaults) {
    m_defaults = defaults;
    for (int i = 0; i < 3; ++i) {
        const QSignalBlocker block(m_service[i]);
        m_service[i]->setValue(defaults.serviceByAbc[static_cast<std::size_t>(i)] * 100.0);
    }
    {
        const QSignalBlocker block(m_type);
        m_type->setCurrentIndex(m_type->findData(static_cast<int>(defaults.serviceType)));
    }
    {
        const QSignalBlocker block(m_holding);
        m_holding->setValue(defaults.holdingRate * 100.0);
    }
    const QSignalBlocker block(m_orderCost);
    m_orderCost->setValue(defaults.orderCost);
}

} // namespace stocktower::ui
