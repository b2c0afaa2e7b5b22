// A scenario's parameter change: what it changes, for which item-sites, and its text form
// ("scope=abc:A,service=0.99,service-type=fill-rate") used by the command line and the store.
#pragma once

#include "inventory/policy_types.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace stocktower::inventory {

enum class ChangeScopeKind { All, Abc, Xyz, Supplier, Site, Category, Item };

// Which item-sites a change applies to. value: the class letter (A/B/C, X/Y/Z), supplier name,
// site code, category or SKU; empty for All. Matching is exact (class letters case-insensitive).
struct ChangeScope {
    ChangeScopeKind kind = ChangeScopeKind::All;
    std::string value;

    bool operator==(const ChangeScope&) const = default;
};

// Every field is optional: a change sets only what it names. Lead time: `leadTimeDays` replaces
// the lead time, then `leadTimeFactor` multiplies it (both may be given). `demandFactor` scales
// the demand level (mean; σ scales with it, keeping the coefficient of variation);
// `errorFactor` scales σ alone.
struct ParameterChange {
    ChangeScope scope;
    std::optional<double> serviceTarget; // service=0.99
    std::optional<ServiceType> serviceType; // service-type=csl|fill-rate
    std::optional<double> leadTimeFactor;   // lead-time-factor=1.2
    std::optional<double> leadTimeDays;     // lead-time=21
    std::optional<double> leadTimeSdDays;   // lead-time-sd=3
    std::optional<double> demandFactor;     // demand-factor=1.1
    std::optional<double> errorFactor;      // error-factor=0.8
    std::optional<double> reviewPeriodDays; // review-period=7 (0 = continuous review)
    std::optional<double> holdingRate;      // holding-rate=0.2
    std::optional<double> orderCost;        // order-cost=40

    bool operator==(const ParameterChange&) const = default;
};

// Whether `change` applies to an item-site with these attributes.
bool changeApplies(const ChangeScope& scope, const PolicyInput& input);

// Parses the text form: comma-separated key=value pairs; "scope=" takes all | abc:X | xyz:X |
// supplier:NAME | site:CODE | category:NAME | item:SKU (default all). Throws util::UserError
// naming the key and the accepted values for anything else, and for out-of-range values
// (service strictly between 0 and 1; factors > 0; days ≥ 0; lead time > 0).
ParameterChange parseParameterChange(std::string_view text);
// The canonical text form (keys in the order above); parseParameterChange(format(c)) == c.
std::string formatParameterChange(const ParameterChange& change);

std::string_view changeScopeKindName(ChangeScopeKind kind); // all abc xyz supplier site category item

// Per parameter name ("lead_time", "service_type", …), where its final value came from.
using ParameterSources = std::vector<std::pair<std::string, ExplainSource>>;

// Applies defaults and then `changes` in order (a later change wins) to one input: the
// parameters the engine will use. `sources` (when given) receives, per parameter name, where
// the final value came from ("item_site.lead_time_days", "default", "change 2 (…)").
EffectiveParameters effectiveParameters(const PolicyInput& input, const PolicyDefaults& defaults,
                                        std::span<const ParameterChange> changes,
                                        ParameterSources* sources = nullptr);

} // namespace stocktower::inventory
