// Order quantities: EOQ and its cost, all-units quantity discounts, MOQ / multiple / case-pack
// rounding.
#include "inventory/order_quantity.h"

#include "inventory/validation.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace stocktower::inventory {

EoqResult economicOrderQuantity(double demandRate, double orderCost, double holdingCost) {
    requireNonNegative("demand_rate", demandRate);
    requireNonNegative("order_cost", orderCost);
    requirePositive("holding_cost", holdingCost);
    EoqResult out;
    out.quantity = std::sqrt(2.0 * orderCost * demandRate / holdingCost);
    out.annualCost = std::sqrt(2.0 * orderCost * demandRate * holdingCost);
    auto& e = out.explain;
    e.addInput("demand_rate", demandRate, "units/yr");
    e.addInput("order_cost", orderCost, "money/order");
    e.addInput("holding_cost", holdingCost, "money/unit/yr");
    e.addResult("eoq", out.quantity, "units", "√(2·order_cost·demand_rate / holding_cost)");
    e.addResult("annual_cost", out.annualCost, "money/yr",
                "√(2·order_cost·demand_rate·holding_cost) = ordering + holding at eoq");
    return out;
}

double eoqCost(double quantity, double demandRate, double orderCost, double holdingCost) {
    requirePositive("order_quantity", quantity);
    requireNonNegative("demand_rate", demandRate);
    requireNonNegative("order_cost", orderCost);
    requireNonNegative("holding_cost", holdingCost);
    return orderCost * demandRate / quantity + holdingCost * quantity / 2.0;
}

namespace {

double bandHoldingCost(const DiscountInputs& in, double price) {
    return in.holdingRate > 0.0 ? in.holdingRate * price : in.holdingCost;
}

std::vector<PriceBreak> sortedBreaks(const DiscountInputs& in) {
    requireNonNegative("demand_rate", in.demandRate);
    requireNonNegative("order_cost", in.orderCost);
    requireNonNegative("holding_rate", in.holdingRate);
    if (in.holdingRate == 0.0) requirePositive("holding_cost", in.holdingCost);
    if (in.breaks.empty()) throw InvalidInput("breaks", "must list at least one price");
    auto breaks = in.breaks;
    for (const auto& b : breaks) {
        requireNonNegative("breaks", b.minQuantity);
        requirePositive("breaks", b.unitPrice);
    }
    std::sort(breaks.begin(), breaks.end(), [](const PriceBreak& a, const PriceBreak& b) {
        return a.minQuantity < b.minQuantity;
    });
    if (breaks.front().minQuantity != 0.0)
        throw InvalidInput("breaks", fmt::format("must start at quantity 0 (first break at {})",
                                                 breaks.front().minQuantity));
    for (std::size_t i = 1; i < breaks.size(); ++i)
        if (breaks[i].minQuantity == breaks[i - 1].minQuantity)
            throw InvalidInput("breaks",
                               fmt::format("lists quantity {} twice", breaks[i].minQuantity));
    return breaks;
}

double bandCost(const DiscountInputs& in, const PriceBreak& band, double quantity) {
    return band.unitPrice * in.demandRate + in.orderCost * in.demandRate / quantity +
           bandHoldingCost(in, band.unitPrice) * quantity / 2.0;
}

} // namespace

double discountCost(const DiscountInputs& in, double quantity) {
    requirePositive("order_quantity", quantity);
    const auto breaks = sortedBreaks(in);
    auto band = breaks.front();
    for (const auto& b : breaks)
        if (quantity >= b.minQuantity) band = b;
    return bandCost(in, band, quantity);
}

DiscountResult allUnitsDiscountQuantity(const DiscountInputs& in) {
    const auto breaks = sortedBreaks(in);
    DiscountResult out;
    auto& e = out.explain;
    e.addInput("demand_rate", in.demandRate, "units/yr");
    e.addInput("order_cost", in.orderCost, "money/order");
    if (in.holdingRate > 0.0)
        e.addInput("holding_rate", in.holdingRate, "1/yr");
    else
        e.addInput("holding_cost", in.holdingCost, "money/unit/yr");
    bool found = false;
    for (std::size_t i = 0; i < breaks.size(); ++i) {
        const auto& band = breaks[i];
        const double h = bandHoldingCost(in, band.unitPrice);
        const double eoq = std::sqrt(2.0 * in.orderCost * in.demandRate / h);
        const bool last = i + 1 == breaks.size();
        const std::vector<std::string> band3{std::to_string(i + 1), fmt::format("{:g}", band.minQuantity),
                                             fmt::format("{:g}", band.unitPrice)};
        const auto bandNote = [&](util::MessageId id, std::vector<std::string> more) {
            if (!e.recording) return;
            auto args = band3;
            args.insert(args.end(), more.begin(), more.end());
            e.addNote({id, std::move(args)});
        };
        if (!last && eoq >= breaks[i + 1].minQuantity) {
            bandNote(util::MessageId::ExplainNoteBandBeyond, {fmt::format("{:.2f}", eoq)});
            continue;
        }
        // A zero quantity (no demand or no order cost) still buys at least one unit.
        const double q = std::max({eoq, band.minQuantity, 1e-9});
        const double cost = bandCost(in, band, q);
        bandNote(util::MessageId::ExplainNoteBandCost,
                 {fmt::format("{:.2f}", eoq), fmt::format("{:.2f}", q), fmt::format("{:.2f}", cost)});
        if (!found || cost < out.annualCost - 1e-9) {
            found = true;
            out.quantity = q;
            out.unitPrice = band.unitPrice;
            out.annualCost = cost;
        }
    }
    e.addResult("order_quantity", out.quantity, "units",
                "max(√(2·order_cost·demand_rate / h(c)), band minimum) of the cheapest band, "
                "h(c) = holding_rate·c");
    e.addResult("unit_price", out.unitPrice, "money/unit",
                "price of the band order_quantity falls in");
    e.addResult("annual_cost", out.annualCost, "money/yr",
                "c·demand_rate + order_cost·demand_rate/Q + h(c)·Q/2");
    return out;
}

namespace {

// Least common multiple of two positive steps; non-integers must divide one another.
double commonStep(double a, double b) {
    if (a == 0.0) return b;
    if (b == 0.0) return a;
    const bool integral = std::floor(a) == a && std::floor(b) == b && a < 1e12 && b < 1e12;
    if (integral)
        return static_cast<double>(std::lcm(static_cast<long long>(a), static_cast<long long>(b)));
    auto divides = [](double small, double large) {
        const double ratio = large / small;
        return std::abs(ratio - std::round(ratio)) < 1e-9 * ratio;
    };
    if (divides(a, b)) return b;
    if (divides(b, a)) return a;
    throw InvalidInput("case_pack", fmt::format("and order_multiple {} have no common multiple; "
                                                "give whole numbers or one a multiple of the other",
                                                a));
}

} // namespace

RoundedQuantity roundOrderQuantity(double quantity, const OrderRounding& r) {
    requireNonNegative("order_quantity", quantity);
    requireNonNegative("moq", r.minimumOrderQuantity);
    requireNonNegative("order_multiple", r.orderMultiple);
    requireNonNegative("case_pack", r.casePack);
    RoundedQuantity out;
    auto& e = out.explain;
    e.addInput("order_quantity", quantity, "units");
    if (r.minimumOrderQuantity > 0.0) e.addInput("moq", r.minimumOrderQuantity, "units");
    if (r.orderMultiple > 0.0) e.addInput("order_multiple", r.orderMultiple, "units");
    if (r.casePack > 0.0) e.addInput("case_pack", r.casePack, "units");

    double q = std::max(quantity, r.minimumOrderQuantity);
    out.step = commonStep(r.orderMultiple, r.casePack);
    if (out.step > 0.0) {
        // A quantity already on a multiple stays (guard against 312.0000000001 → 324).
        const double cases = q / out.step;
        const double whole = std::round(cases);
        q = (std::abs(cases - whole) < 1e-9 ? whole : std::ceil(cases)) * out.step;
        e.addResult("step", out.step, "units", "lcm(order_multiple, case_pack)");
    }
    out.quantity = q;
    e.addResult("rounded_quantity", q, "units",
                out.step > 0.0 ? "⌈max(order_quantity, moq) / step⌉·step"
                               : "max(order_quantity, moq)");
    if (out.quantity != quantity && e.recording)
        e.addNote({util::MessageId::ExplainNoteRounded,
                   {fmt::format("{:.4g}", quantity), fmt::format("{:.4g}", out.quantity), fmt::format("{:g}", out.step)}});
    return out;
}

} // namespace stocktower::inventory
