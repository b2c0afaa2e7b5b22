// Service levels: z ↔ cycle service level, the standard normal loss function and its inverse.
#include "inventory/service_level.h"

#include "inventory/validation.h"

#include <boost/math/constants/constants.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/tools/roots.hpp>

#include <cmath>
#include <cstdint>

namespace stocktower::inventory {

namespace {
const boost::math::normal_distribution<double> kStandardNormal(0.0, 1.0);

// 1 − Φ(z) from the double-precision erfc, accurate in the right tail where safety stock lives.
// Boost's normal cdf computes the same in long double, several times slower, and every fill-rate
// search evaluates it dozens of times per item.
double upperTail(double z) {
    return 0.5 * std::erfc(z * boost::math::constants::one_div_root_two<double>());
}
} // namespace

std::string_view serviceTypeName(ServiceType type) {
    return type == ServiceType::FillRate ? "fill-rate" : "csl";
}

std::string_view serviceTypeLabel(ServiceType type) {
    return type == ServiceType::FillRate ? "fill rate" : "cycle service level";
}

std::optional<ServiceType> parseServiceType(std::string_view name) {
    if (name == "csl") return ServiceType::CycleServiceLevel;
    if (name == "fill-rate") return ServiceType::FillRate;
    return std::nullopt;
}

double standardNormalPdf(double z) {
    return boost::math::constants::one_div_root_two_pi<double>() * std::exp(-0.5 * z * z);
}

double standardNormalCdf(double z) {
    return upperTail(-z);
}

double zFromServiceLevel(double level) {
    requireOpenUnit("service_level", level);
    return boost::math::quantile(kStandardNormal, level);
}

double standardNormalLoss(double k) {
    requireFinite("loss_k", k);
    // The complement keeps 1 − Φ(k) accurate in the right tail, where G is small.
    return standardNormalPdf(k) - k * upperTail(k);
}

double standardNormalSecondLoss(double k) {
    requireFinite("loss_k", k);
    const double tail = upperTail(k);
    return 0.5 * ((k * k + 1.0) * tail - k * standardNormalPdf(k));
}

double inverseStandardNormalLoss(double value) {
    requirePositive("loss_value", value);
    // G(k) > −k, so G(−value) > value: the root lies right of −value − 1. On the right, G
    // tends to 0; step out until it is below the value.
    const double lo = -value - 1.0;
    double hi = 1.0;
    while (standardNormalLoss(hi) >= value && hi < 64.0)
        hi *= 2.0;
    if (standardNormalLoss(hi) >= value) return hi; // below what a double can resolve
    auto f = [value](double k) { return standardNormalLoss(k) - value; };
    std::uintmax_t iterations = 200;
    const auto [a, b] = boost::math::tools::toms748_solve(
        f, lo, hi, boost::math::tools::eps_tolerance<double>(50), iterations);
    return 0.5 * (a + b);
}

} // namespace stocktower::inventory
