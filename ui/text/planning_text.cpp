#include "text/planning_text.h"

#include <QCoreApplication>

namespace stocktower::ui {

QString demandClassTitle(std::string_view id) {
    // Syntetos–Boylan classes (ADI and CV² cut-offs) plus the two the forecaster adds.
    if (id == "smooth") return QCoreApplication::translate("DemandClass", "smooth");
    if (id == "erratic") return QCoreApplication::translate("DemandClass", "erratic");
    if (id == "intermittent") return QCoreApplication::translate("DemandClass", "intermittent");
    if (id == "lumpy") return QCoreApplication::translate("DemandClass", "lumpy");
    //: a series with too little history to classify
    if (id == "new") return QCoreApplication::translate("DemandClass", "new");
    //: a series without demand in the recent window
    if (id == "inactive") return QCoreApplication::translate("DemandClass", "inactive");
    return QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()));
}

QString itemStatusTitle(std::string_view code) {
    // The item master's choices (core/domain/record_types.cpp).
    if (code == "active") return QCoreApplication::translate("ItemStatus", "active");
    if (code == "new") return QCoreApplication::translate("ItemStatus", "new");
    if (code == "discontinued") return QCoreApplication::translate("ItemStatus", "discontinued");
    if (code == "inactive") return QCoreApplication::translate("ItemStatus", "inactive");
    return QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size()));
}

QString perPeriodText(std::string_view periodId) {
    if (periodId == "month") return QCoreApplication::translate("PlanningPeriod", "per month");
    if (periodId == "week") return QCoreApplication::translate("PlanningPeriod", "per week");
    return QCoreApplication::translate("PlanningPeriod", "per %1")
        .arg(QString::fromUtf8(periodId.data(), static_cast<qsizetype>(periodId.size())));
}

} // namespace stocktower::ui
