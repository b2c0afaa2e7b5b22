// Method names as users type them (CLI, settings) and the factory that makes them.
#pragma once

#include "forecast/forecast_method.h"

#include <string>
#include <vector>

namespace stocktower::forecast {

// auto, select (by rolling-origin backtest), naive, snaive, ma, ses, holt, damped, hw-add, hw-mult,
// ets, theta, croston, sba, tsb, comb, auto.
const std::vector<std::string>& methodNames();
// Throws util::UserError naming the known methods for an unknown name.
MethodPtr makeMethod(const std::string& name);

} // namespace stocktower::forecast
