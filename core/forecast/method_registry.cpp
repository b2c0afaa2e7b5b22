// Method names as users type them and the factory that makes them.
#include "forecast/method_registry.h"

#include "forecast/auto_method.h"
#include "forecast/backtest.h"
#include "forecast/combination_method.h"
#include "forecast/ets_method.h"
#include "forecast/intermittent.h"
#include "forecast/simple_methods.h"
#include "forecast/theta_method.h"
#include "util/errors.h"

#include <fmt/core.h>
#include <fmt/format.h>

namespace stocktower::forecast {

const std::vector<std::string>& methodNames() {
    static const std::vector<std::string> names{
        "auto",   "select",  "comb",  "ets",    "theta", "damped",  "ses", "holt",
        "hw-add", "hw-mult", "naive", "snaive", "ma",    "croston", "sba", "tsb"};
    return names;
}

MethodPtr makeMethod(const std::string& name) {
    using C = Component;
    auto ets = [&](C error, C trend, C season, bool damped) {
        return std::make_unique<EtsMethod>(EtsSpec{error, trend, season, damped, 1}, name);
    };
    if (name == "auto") return std::make_unique<AutoMethod>();
    if (name == "select") return std::make_unique<BacktestSelectMethod>();
    if (name == "comb") return CombinationMethod::etsThetaDamped();
    if (name == "ets") return std::make_unique<EtsMethod>();
    if (name == "theta") return std::make_unique<ThetaMethod>();
    if (name == "damped") return std::make_unique<DampedTrendMethod>();
    if (name == "ses") return ets(C::Additive, C::None, C::None, false);
    if (name == "holt") return ets(C::Additive, C::Additive, C::None, false);
    if (name == "hw-add") return ets(C::Additive, C::Additive, C::Additive, false);
    if (name == "hw-mult") return ets(C::Multiplicative, C::Additive, C::Multiplicative, false);
    if (name == "naive") return std::make_unique<NaiveMethod>();
    if (name == "snaive") return std::make_unique<SeasonalNaiveMethod>();
    if (name == "ma") return std::make_unique<MovingAverageMethod>();
    if (name == "croston") return std::make_unique<CrostonMethod>(CrostonMethod::Variant::Croston);
    if (name == "sba") return std::make_unique<CrostonMethod>(CrostonMethod::Variant::Sba);
    if (name == "tsb") return std::make_unique<TsbMethod>();
    throw util::UserError(fmt::format("unknown forecast method '{}' (known: {})", name,
                                      fmt::join(methodNames(), ", ")));
}

} // namespace stocktower::forecast
