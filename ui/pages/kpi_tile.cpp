#include "pages/kpi_tile.h"

#include "charts/sparkline_widget.h"
#include "text/kpi_help.h"
#include "text/kpi_text.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>

namespace stocktower::ui {

KpiTile::KpiTile(const kpi::KpiDefinition& definition, QWidget* parent)
    : QFrame(parent), m_definition(definition), m_title(new QLabel(this)), m_value(new QLabel(this)),
      m_statusText(new QLabel(this)), m_target(new QLabel(this)), m_change(new QLabel(this)),
      m_sparkline(new SparklineWidget(this)) {
    setObjectName(QStringLiteral("kpiTile"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    // Preferred height: a row of tiles takes the height of its tallest (a wrapped name or reason).
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumWidth(150);

    m_title->setText(QStringLiteral("%1 %2").arg(kpiDirectionSymbol(definition.direction), kpiName(definition)));
    m_title->setToolTip(kpiTooltipText(definition));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true); // a long name takes two lines in a narrow tile
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.7);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_statusText->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont statusFont = m_statusText->font();
    statusFont.setBold(true);
    m_statusText->setFont(statusFont);
    m_sparkline->setFixedHeight(fontMetrics().height() * 2);
    m_sparkline->setToolTip(tr("13 weeks, oldest first; dashed: the target; dot: the week shown"));
    for (QLabel* label : {m_target, m_change}) label->setTextFormat(Qt::PlainText);
    // An n/a value says why in this line; two lines rather than a clipped reason.
    m_change->setWordWrap(true);
    m_change->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(12, 8, 10, 8);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addWidget(m_value, 1, 0);
    layout->addWidget(m_statusText, 1, 1);
    layout->addWidget(m_target, 2, 0, 1, 2);
    layout->addWidget(m_change, 3, 0, 1, 2);
    layout->addWidget(m_sparkline, 4, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    showEmpty(QString());
}

QString KpiTile::kpiId() const { return QString::fromStdString(m_definition.id); }

void KpiTile::setRow(const kpi::ScorecardRow& row, const QString& previousWeek) {
    const auto unit = m_definition.unit;
    m_status = row.status;
    m_value->setText(kpiValueText(unit, row.thisWeek));
    m_statusText->setText(QStringLiteral("%1 %2").arg(kpiStatusSymbol(row.status), kpiStatusName(row.status)));
    m_target->setText(row.target ? tr("Target %1").arg(kpiValueText(unit, row.target)) : tr("No target set"));
    if (!row.thisWeek) {
        // The reason takes the change's place: n/a alone would leave the manager guessing.
        m_change->setText(row.note.empty() ? tr("No data this week") : kpiNoteText(row.note));
    } else if (row.change) {
        m_change->setText(tr("%1 vs %2").arg(kpiChangeText(unit, row.change), previousWeek));
    } else {
        m_change->setText(tr("No value in %1").arg(previousWeek));
    }
    m_change->setToolTip(m_change->text());
    m_sparkline->setSeries(row.trend, row.scaleMin, row.scaleMax, row.target);
    setAccessibleName(tr("%1: %2, %3").arg(kpiName(m_definition), m_value->text(), kpiStatusName(row.status)));
    applyFrame();
}

void KpiTile::showEmpty(const QString& reason) {
    m_status = kpi::Status::NotRated;
    m_value->setText(tr("n/a"));
    m_statusText->clear();
    m_target->clear();
    m_change->setText(reason);
    m_change->setToolTip(reason);
    m_sparkline->clear();
    setAccessibleName(kpiName(m_definition));
    applyFrame();
}

void KpiTile::applyFrame() {
    // A thick left edge in the status colour; the symbol in the text carries it in grayscale.
    const QColor edge = m_status == kpi::Status::NotRated ? palette().color(QPalette::Mid) : kpiStatusColor(m_status);
    const QString focus = hasFocus() ? palette().color(QPalette::Highlight).name() : QStringLiteral("#c4c4c4");
    setStyleSheet(QStringLiteral("QFrame#kpiTile { background: palette(base); border: 1px solid %1; "
                                 "border-left: 5px solid %2; border-radius: 3px; }")
                      .arg(focus, edge.name()));
    const QColor text = kpiStatusColor(m_status);
    m_statusText->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(text.name()));
}

void KpiTile::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) Q_EMIT activated(kpiId());
    QFrame::mouseReleaseEvent(event);
}

void KpiTile::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT activated(kpiId());
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiTile::focusInEvent(QFocusEvent* event) {
    QFrame::focusInEvent(event);
    applyFrame();
}

void KpiTile::focusOutEvent(QFocusEvent* event) {
    QFrame::focusOutEvent(event);
    applyFrame();
}

} // namespace stocktower::ui
