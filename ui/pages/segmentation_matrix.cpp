#include "pages/segmentation_matrix.h"

#include "models/segmentation_style.h"

#include <QFont>
#include <QFontMetrics>
#include <QGridLayout>
#include <QLocale>
#include <QToolButton>

namespace stocktower::ui {

namespace {

using inventory::AbcClass;
using inventory::XyzClass;

constexpr AbcClass kAbc[] = {AbcClass::A, AbcClass::B, AbcClass::C};
constexpr XyzClass kXyz[] = {XyzClass::X, XyzClass::Y, XyzClass::Z};

QString money(double value) {
    // No currency: the workspace does not say which; whole units once the numbers are large.
    return QLocale().toString(value, 'f', value >= 1000 ? 0 : 2);
}

QString percent(double share) { return QLocale().toString(100.0 * share, 'f', 1) + QStringLiteral(" %"); }

// `marker`: a class colour for the left edge of a row header (pale fills only: a strong fill
// would look selected; the selection is the red frame).
QString buttonStyle(const QColor& background, bool header, const QColor& marker = {}) {
    const QString edge = marker.isValid() ? QStringLiteral("border-left: 6px solid %1;").arg(marker.name()) : QString();
    return QStringLiteral("QToolButton { background: %1; color: #1f1f1f; border: 1px solid #c3ced9; border-radius: 4px;"
                          " padding: 4px 6px; %2 %3 }"
                          "QToolButton:hover { border-color: #1f6fb5; }"
                          "QToolButton:checked { border: 3px solid #b3261e; padding: 2px 4px; %3 }")
        .arg(background.name(), header ? QStringLiteral("font-weight: bold;") : QString(), edge);
}

QToolButton* makeButton(QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setCheckable(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    button->setMinimumSize(84, 52);
    return button;
}

} // namespace

SegmentationMatrix::SegmentationMatrix(QWidget* parent) : QWidget(parent), m_total(makeButton(this)) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    grid->addWidget(m_total, 0, 0);
    connect(m_total, &QToolButton::clicked, this, [this] { onClicked(std::nullopt, std::nullopt); });
    for (int x = 0; x < 3; ++x) {
        m_xyz[static_cast<std::size_t>(x)] = makeButton(this);
        grid->addWidget(m_xyz[static_cast<std::size_t>(x)], 0, x + 1);
        connect(m_xyz[static_cast<std::size_t>(x)], &QToolButton::clicked, this,
                [this, x] { onClicked(std::nullopt, kXyz[x]); });
    }
    for (int a = 0; a < 3; ++a) {
        m_abc[static_cast<std::size_t>(a)] = makeButton(this);
        grid->addWidget(m_abc[static_cast<std::size_t>(a)], a + 1, 0);
        connect(m_abc[static_cast<std::size_t>(a)], &QToolButton::clicked, this,
                [this, a] { onClicked(kAbc[a], std::nullopt); });
        for (int x = 0; x < 3; ++x) {
            auto* cell = makeButton(this);
            m_cells[static_cast<std::size_t>(a)][static_cast<std::size_t>(x)] = cell;
            grid->addWidget(cell, a + 1, x + 1);
            connect(cell, &QToolButton::clicked, this, [this, a, x] { onClicked(kAbc[a], kXyz[x]); });
        }
    }
    for (int k = 0; k < 4; ++k) {
        grid->setColumnStretch(k, k == 0 ? 2 : 3);
        grid->setRowStretch(k, k == 0 ? 2 : 3);
    }
    // The class headers read "870 item-sites" and "10.1 % of value" in bold: in a narrow window
    // the narrower header column must still show them whole.
    QFont bold = m_total->font();
    bold.setBold(true);
    // Measured on the translated text ("00.000 artículos-centro" is half as wide again), with
    // room for the class's colour bar.
    const QString widest = tr("%1 item-sites").arg(QLocale().toString(88888));
    grid->setColumnMinimumWidth(0, QFontMetrics(bold).horizontalAdvance(widest) + 24);
    setAccessibleName(tr("ABC–XYZ matrix"));
    updateTexts();
}

QToolButton* SegmentationMatrix::cellButton(AbcClass abc, XyzClass xyz) const {
    return m_cells[static_cast<std::size_t>(abc)][static_cast<std::size_t>(xyz)];
}
QToolButton* SegmentationMatrix::abcButton(AbcClass abc) const { return m_abc[static_cast<std::size_t>(abc)]; }
QToolButton* SegmentationMatrix::xyzButton(XyzClass xyz) const { return m_xyz[static_cast<std::size_t>(xyz)]; }

void SegmentationMatrix::setResult(const std::shared_ptr<const inventory::SegmentationResult>& result) {
    m_result = result;
    updateTexts();
}

void SegmentationMatrix::setSelection(std::optional<AbcClass> abc, std::optional<XyzClass> xyz) {
    m_selectedAbc = abc;
    m_selectedXyz = xyz;
    m_total->setChecked(!abc && !xyz);
    for (std::size_t a = 0; a < 3; ++a) {
        m_abc[a]->setChecked(abc == kAbc[a] && !xyz);
        for (std::size_t x = 0; x < 3; ++x) m_cells[a][x]->setChecked(abc == kAbc[a] && xyz == kXyz[x]);
    }
    for (std::size_t x = 0; x < 3; ++x) m_xyz[x]->setChecked(xyz == kXyz[x] && !abc);
}

void SegmentationMatrix::onClicked(std::optional<AbcClass> abc, std::optional<XyzClass> xyz) {
    // A second click on the selected cell shows everything again.
    if (abc == m_selectedAbc && xyz == m_selectedXyz) {
        abc.reset();
        xyz.reset();
    }
    setSelection(abc, xyz);
    Q_EMIT selectionRequested(abc, xyz);
}

void SegmentationMatrix::updateTexts() {
    const auto* r = m_result.get();
    const bool acrossSites = r && r->settings.scope == inventory::AbcScope::AcrossSites;
    const auto count = [acrossSites](std::int64_t n) {
        const QString number = QLocale().toString(static_cast<qlonglong>(n));
        return acrossSites ? (n == 1 ? tr("1 item") : tr("%1 items").arg(number))
                           : (n == 1 ? tr("1 item-site") : tr("%1 item-sites").arg(number));
    };
    const auto summary = [&](const QString& title, const inventory::ClassTotals& totals) {
        return tr("%1\n%2\n%3 of value").arg(title, count(totals.count), percent(totals.valueShare));
    };
    m_total->setText(r ? tr("All\n%1").arg(count(r->total.count)) : tr("All"));
    m_total->setToolTip(tr("Show every row"));
    m_total->setStyleSheet(buttonStyle(QColor(0xe8, 0xec, 0xf0), true));
    for (std::size_t k = 0; k < 3; ++k) {
        const QString abcName = QString(QLatin1Char(inventory::abcLetter(kAbc[k])));
        const QString xyzName = QString(QLatin1Char(inventory::xyzLetter(kXyz[k])));
        m_abc[k]->setText(r ? summary(abcName, r->abcTotals[k]) : abcName);
        m_abc[k]->setToolTip(tr("Show class %1 only").arg(abcName));
        m_abc[k]->setStyleSheet(buttonStyle(QColor(0xe8, 0xec, 0xf0), true, abcColor(kAbc[k])));
        m_xyz[k]->setText(r ? summary(xyzName, r->xyzTotals[k]) : xyzName);
        m_xyz[k]->setToolTip(tr("Show class %1 only").arg(xyzName));
        m_xyz[k]->setStyleSheet(buttonStyle(QColor(0xe8, 0xec, 0xf0), true));
    }
    for (std::size_t a = 0; a < 3; ++a)
        for (std::size_t x = 0; x < 3; ++x) {
            QToolButton* cell = m_cells[a][x];
            const QString name = QString(QLatin1Char(inventory::abcLetter(kAbc[a]))) + QLatin1Char(inventory::xyzLetter(kXyz[x]));
            if (!r) {
                cell->setText(name);
                cell->setToolTip(QString());
                cell->setStyleSheet(buttonStyle(shareColor(0), false));
                continue;
            }
            const auto& c = r->matrix[a][x];
            QString text = tr("%1\n%2\n%3 · %4").arg(name, count(c.count), money(c.value), percent(c.valueShare));
            if (c.noUsage > 0) text += tr("\n%1 without usage").arg(QLocale().toString(static_cast<qlonglong>(c.noUsage)));
            cell->setText(text);
            cell->setToolTip(tr("%1: %2, usage value %3 (%4 of all), %5 of the ranking basis. Click to list them.")
                                 .arg(name, count(c.count), money(c.value), percent(c.valueShare), percent(c.basisShare)));
            cell->setStyleSheet(buttonStyle(shareColor(c.valueShare), false));
        }
    setSelection(m_selectedAbc, m_selectedXyz);
}

} // namespace stocktower::ui
