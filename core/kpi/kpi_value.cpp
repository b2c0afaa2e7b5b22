#include "kpi/kpi_value.h"

namespace stocktower::kpi {

KpiValue ratioValue(std::string kpiId, double numerator, double denominator, std::int64_t sample,
                    const std::string& whyEmpty) {
    KpiValue value;
    value.kpiId = std::move(kpiId);
    value.numerator = numerator;
    value.denominator = denominator;
    value.sample = sample;
    if (denominator > 0) value.value = numerator / denominator;
    else value.note = whyEmpty;
    return value;
}

} // namespace stocktower::kpi
