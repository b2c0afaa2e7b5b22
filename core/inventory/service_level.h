// Service levels: z ↔ cycle service level, the standard normal loss function and its inverse.
#pragma once

#include <optional>
#include <string_view>

namespace stocktower::inventory {

// Which promise a service target makes (reference/inventory.md, "Service level type"):
// type 1, cycle service level = probability of no stockout in a replenishment cycle;
// type 2, fill rate = share of demand met from stock. Every number says which one it is.
enum class ServiceType { CycleServiceLevel, FillRate };

std::string_view serviceTypeName(ServiceType type);  // "csl" / "fill-rate"
std::string_view serviceTypeLabel(ServiceType type); // "cycle service level" / "fill rate"
std::optional<ServiceType> parseServiceType(std::string_view name);

// Standard normal φ, Φ and Φ⁻¹ (Boost.Math).
double standardNormalPdf(double z);
double standardNormalCdf(double z);
// z = Φ⁻¹(level); level strictly inside (0, 1), else InvalidInput("service_level").
double zFromServiceLevel(double level);

// G(k) = φ(k) − k·(1 − Φ(k)) = E[(Z − k)⁺]: expected shortage per unit σ.
double standardNormalLoss(double k);
// G₂(k) = ½·E[((Z − k)⁺)²] = ½·[(k² + 1)(1 − Φ(k)) − k·φ(k)]: integral of G from k to ∞.
double standardNormalSecondLoss(double k);
// The k with G(k) = value. G falls strictly from +∞ to 0, so any value > 0 has one root,
// found by bracketing (Boost.Math TOMS 748); value ≤ 0 is InvalidInput("loss_value").
double inverseStandardNormalLoss(double value);

} // namespace stocktower::inventory
