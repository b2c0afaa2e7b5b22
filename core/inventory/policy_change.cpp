#include "inventory/policy_change.h"

#include "util/errors.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace stocktower::inventory {

namespace {

std::string trim(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    return std::string(text);
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

const char* const kKeys = "scope, service, service-type, lead-time, lead-time-factor, lead-time-sd, "
                          "demand-factor, error-factor, review-period, holding-rate, order-cost";

double number(std::string_view key, const std::string& value) {
    double parsed = 0.0;
    const auto* end = value.data() + value.size();
    const auto [ptr, ec] = std::from_chars(value.data(), end, parsed);
    if (ec != std::errc() || ptr != end || !std::isfinite(parsed))
        throw util::UserError(fmt::format("change '{}': '{}' is not a number", key, value));
    return parsed;
}

double positive(std::string_view key, const std::string& value) {
    const double v = number(key, value);
    if (v <= 0.0) throw util::UserError(fmt::format("change '{}': must be > 0, got {}", key, value));
    return v;
}

double nonNegative(std::string_view key, const std::string& value) {
    const double v = number(key, value);
    if (v < 0.0) throw util::UserError(fmt::format("change '{}': must be ≥ 0, got {}", key, value));
    return v;
}

ChangeScope parseScope(const std::string& value) {
    const auto colon = value.find(':');
    const std::string kind = lower(trim(value.substr(0, colon)));
    const std::string arg = colon == std::string::npos ? std::string() : trim(value.substr(colon + 1));
    ChangeScope scope;
    const auto needArg = [&](ChangeScopeKind k) {
        if (arg.empty()) throw util::UserError(fmt::format("change 'scope': '{}' needs a value ({}:…)", kind, kind));
        scope.kind = k;
        scope.value = arg;
    };
    if (kind == "all" || kind == "everything") {
        if (!arg.empty()) throw util::UserError("change 'scope': 'all' takes no value");
        scope.kind = ChangeScopeKind::All;
    } else if (kind == "abc" || kind == "xyz") {
        const std::string letter = arg.size() == 1 ? std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(arg[0])))) : arg;
        const std::string_view allowed = kind == "abc" ? "ABC" : "XYZ";
        if (letter.size() != 1 || allowed.find(letter[0]) == std::string_view::npos)
            throw util::UserError(fmt::format("change 'scope': {} class must be one of {}, got '{}'", kind,
                                              fmt::join(allowed, "/"), arg));
        scope.kind = kind == "abc" ? ChangeScopeKind::Abc : ChangeScopeKind::Xyz;
        scope.value = letter;
    } else if (kind == "supplier") {
        needArg(ChangeScopeKind::Supplier);
    } else if (kind == "site") {
        needArg(ChangeScopeKind::Site);
    } else if (kind == "category") {
        needArg(ChangeScopeKind::Category);
    } else if (kind == "item") {
        needArg(ChangeScopeKind::Item);
    } else {
        throw util::UserError(fmt::format("change 'scope': unknown scope '{}' (all, abc:A, xyz:X, "
                                          "supplier:NAME, site:CODE, category:NAME, item:SKU)", value));
    }
    return scope;
}

std::string formatNumber(double value) {
    return fmt::format("{}", value); // shortest round-trip form
}

} // namespace

std::string_view changeScopeKindName(ChangeScopeKind kind) {
    switch (kind) {
    case ChangeScopeKind::All: return "all";
    case ChangeScopeKind::Abc: return "abc";
    case ChangeScopeKind::Xyz: return "xyz";
    case ChangeScopeKind::Supplier: return "supplier";
    case ChangeScopeKind::Site: return "site";
    case ChangeScopeKind::Category: return "category";
    case ChangeScopeKind::Item: return "item";
    }
    return "all";
}

bool changeApplies(const ChangeScope& scope, const PolicyInput& input) {
    switch (scope.kind) {
    case ChangeScopeKind::All: return true;
    case ChangeScopeKind::Abc: return scope.value.size() == 1 && input.abc == scope.value[0];
    case ChangeScopeKind::Xyz: return scope.value.size() == 1 && input.xyz == scope.value[0];
    case ChangeScopeKind::Supplier: return input.supplier == scope.value;
    case ChangeScopeKind::Site: return input.siteCode == scope.value;
    case ChangeScopeKind::Category: return input.category == scope.value;
    case ChangeScopeKind::Item: return input.sku == scope.value;
    }
    return false;
}

ParameterChange parseParameterChange(std::string_view text) {
    ParameterChange change;
    bool any = false;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = text.find(',', start);
        const auto part = trim(text.substr(start, comma == std::string_view::npos ? text.size() - start : comma - start));
        start = comma == std::string_view::npos ? text.size() + 1 : comma + 1;
        if (part.empty()) continue;
        const auto eq = part.find('=');
        if (eq == std::string::npos)
            throw util::UserError(fmt::format("change: '{}' is not key=value (keys: {})", part, kKeys));
        const std::string key = lower(trim(part.substr(0, eq)));
        const std::string value = trim(part.substr(eq + 1));
        if (key == "scope") {
            change.scope = parseScope(value);
            continue;
        }
        any = true;
        if (key == "service") {
            const double v = number(key, value);
            if (!(v > 0.0 && v < 1.0))
                throw util::UserError(fmt::format("change 'service': must be strictly between 0 and 1, got {}", value));
            change.serviceTarget = v;
        } else if (key == "service-type") {
            const auto type = parseServiceType(lower(value));
            if (!type) throw util::UserError(fmt::format("change 'service-type': must be csl or fill-rate, got '{}'", value));
            change.serviceType = *type;
        } else if (key == "lead-time") {
            change.leadTimeDays = positive(key, value);
        } else if (key == "lead-time-factor") {
            change.leadTimeFactor = positive(key, value);
        } else if (key == "lead-time-sd") {
            change.leadTimeSdDays = nonNegative(key, value);
        } else if (key == "demand-factor") {
            change.demandFactor = positive(key, value);
        } else if (key == "error-factor") {
            change.errorFactor = nonNegative(key, value);
        } else if (key == "review-period") {
            change.reviewPeriodDays = nonNegative(key, value);
        } else if (key == "holding-rate") {
            change.holdingRate = positive(key, value);
        } else if (key == "order-cost") {
            change.orderCost = nonNegative(key, value);
        } else {
            throw util::UserError(fmt::format("change: unknown key '{}' (keys: {})", key, kKeys));
        }
    }
    if (!any) throw util::UserError(fmt::format("change '{}' changes nothing (keys: {})", text, kKeys));
    return change;
}

std::string formatParameterChange(const ParameterChange& c) {
    std::string out = "scope=";
    out += changeScopeKindName(c.scope.kind);
    if (c.scope.kind != ChangeScopeKind::All) out += ":" + c.scope.value;
    const auto add = [&](const char* key, const std::optional<double>& v) {
        if (v) out += fmt::format(",{}={}", key, formatNumber(*v));
    };
    add("service", c.serviceTarget);
    if (c.serviceType) out += fmt::format(",service-type={}", serviceTypeName(*c.serviceType));
    add("lead-time", c.leadTimeDays);
    add("lead-time-factor", c.leadTimeFactor);
    add("lead-time-sd", c.leadTimeSdDays);
    add("demand-factor", c.demandFactor);
    add("error-factor", c.errorFactor);
    add("review-period", c.reviewPeriodDays);
    add("holding-rate", c.holdingRate);
    add("order-cost", c.orderCost);
    return out;
}

namespace {

// Where each effective parameter came from, for the "why" panel: the same walk over the changes
// as effectiveParameters(), kept apart so that runs without explanations build no text.
ParameterSources parameterSources(const PolicyInput& input, std::span<const ParameterChange> changes) {
    using M = util::MessageId;
    const ExplainSource byDefault{{M::ExplainSourceDefault, {}}};
    ExplainSource demandSource = input.demandMean.source, sdSource = input.demandSd.source;
    ExplainSource leadSource = input.leadTimeDays ? input.leadTimeDays->source : byDefault;
    ExplainSource leadSdSource = input.leadTimeSdDays ? input.leadTimeSdDays->source : byDefault;
    ExplainSource reviewSource = input.reviewPeriodDays ? input.reviewPeriodDays->source : byDefault;
    ExplainSource serviceSource =
        input.serviceTarget ? input.serviceTarget->source : ExplainSource{{M::ExplainSourceDefaultForAbc, {std::string(1, input.abc)}}};
    ExplainSource typeSource = byDefault, holdingSource = byDefault, orderSource = byDefault;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const auto& c = changes[i];
        if (!changeApplies(c.scope, input)) continue;
        const util::Message change{M::ExplainSourceChange, {std::to_string(i + 1), formatParameterChange(c)}};
        const ExplainSource by{change};
        if (c.serviceTarget) serviceSource = by;
        if (c.serviceType) typeSource = by;
        if (c.leadTimeDays) leadSource = by;
        if (c.leadTimeFactor) leadSource.push_back(change);
        if (c.leadTimeSdDays) leadSdSource = by;
        if (c.demandFactor) {
            demandSource.push_back(change);
            sdSource.push_back(change);
        }
        if (c.errorFactor) sdSource.push_back(change);
        if (c.reviewPeriodDays) reviewSource = by;
        if (c.holdingRate) holdingSource = by;
        if (c.orderCost) orderSource = by;
    }
    return {{"demand_mean", demandSource},   {"demand_sd", sdSource},           {"lead_time", leadSource},
            {"lead_time_sd", leadSdSource},  {"review_period", reviewSource},   {"service_level", serviceSource},
            {"service_type", typeSource},    {"holding_rate", holdingSource},   {"order_cost", orderSource}};
}

} // namespace

EffectiveParameters effectiveParameters(const PolicyInput& input, const PolicyDefaults& defaults,
                                        std::span<const ParameterChange> changes,
                                        ParameterSources* sources) {
    EffectiveParameters p;
    p.demandMean = input.demandMean.value;
    p.demandSd = input.demandSd.value;
    p.leadTimeDays = input.leadTimeDays ? input.leadTimeDays->value : defaults.leadTimeDays;
    p.leadTimeSdDays = input.leadTimeSdDays ? input.leadTimeSdDays->value : defaults.leadTimeSdDays;
    p.reviewPeriodDays = input.reviewPeriodDays ? input.reviewPeriodDays->value : defaults.reviewPeriodDays;
    p.serviceTarget = input.serviceTarget ? input.serviceTarget->value : defaultServiceTarget(defaults, input.abc);
    p.serviceType = defaults.serviceType;
    p.holdingRate = defaults.holdingRate;
    p.orderCost = defaults.orderCost;

    for (const auto& c : changes) {
        if (!changeApplies(c.scope, input)) continue;
        if (c.serviceTarget) p.serviceTarget = *c.serviceTarget;
        if (c.serviceType) p.serviceType = *c.serviceType;
        if (c.leadTimeDays) p.leadTimeDays = *c.leadTimeDays;
        if (c.leadTimeFactor) p.leadTimeDays *= *c.leadTimeFactor;
        if (c.leadTimeSdDays) p.leadTimeSdDays = *c.leadTimeSdDays;
        if (c.demandFactor) {
            p.demandMean *= *c.demandFactor;
            p.demandSd *= *c.demandFactor;
        }
        if (c.errorFactor) p.demandSd *= *c.errorFactor;
        if (c.reviewPeriodDays) p.reviewPeriodDays = *c.reviewPeriodDays;
        if (c.holdingRate) p.holdingRate = *c.holdingRate;
        if (c.orderCost) p.orderCost = *c.orderCost;
    }
    if (sources) *sources = parameterSources(input, changes);
    return p;
}

} // namespace stocktower::inventory
