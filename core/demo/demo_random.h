// Seeded random streams for the demo data (one per seed, purpose and entity), and rounding.
#pragma once

#include <boost/random/mersenne_twister.hpp>
#include <boost/random/normal_distribution.hpp>
#include <boost/random/poisson_distribution.hpp>
#include <boost/random/uniform_int_distribution.hpp>
#include <boost/random/uniform_real_distribution.hpp>

#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

namespace stocktower::demo {

// Boost's engine and distributions are specified down to the algorithm, unlike std::'s
// distributions (which differ between libstdc++, libc++ and MSVC), so a seed gives the same
// workspace on every platform.
using Rng = boost::random::mt19937_64;

// Each purpose draws from its own stream, so adding a draw to one stage never shifts another.
enum class Stream : std::uint64_t {
    // Explicit values: renumbering would change every workspace a seed produces.
    Deck = 1,
    Supplier = 2,
    Item = 3,
    ItemSite = 4,
    Demand = 5,
    Supply = 7,
    Receipt = 8,
    Orders = 9,
    Layout = 10,
    CycleCount = 11,
    Labour = 12,
    PickCheck = 13,
};

// SplitMix64 finaliser: spreads neighbouring inputs (item 7, item 8) over unrelated seeds.
constexpr std::uint64_t mixBits(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// A generator that depends only on its arguments, never on what was generated before it.
inline Rng makeRng(std::uint64_t seed, Stream stream, std::uint64_t a = 0, std::uint64_t b = 0) {
    std::uint64_t h = mixBits(seed);
    h = mixBits(h ^ static_cast<std::uint64_t>(stream));
    h = mixBits(h ^ a);
    h = mixBits(h ^ (b * 0xD1B54A32D192ED03ULL));
    return Rng(h);
}

inline double uniform(Rng& rng, double low, double high) {
    return boost::random::uniform_real_distribution<double>(low, high)(rng);
}

inline double uniform01(Rng& rng) {
    return uniform(rng, 0.0, 1.0);
}

// Inclusive on both ends.
inline int uniformInt(Rng& rng, int low, int high) {
    return boost::random::uniform_int_distribution<int>(low, high)(rng);
}

inline std::size_t uniformIndex(Rng& rng, std::size_t size) {
    return boost::random::uniform_int_distribution<std::size_t>(0, size - 1)(rng);
}

inline bool chance(Rng& rng, double probability) {
    return uniform01(rng) < probability;
}

inline double normal(Rng& rng, double mean, double sd) {
    return boost::random::normal_distribution<double>(mean, sd)(rng);
}

// Log-normal parametrised by its median, which is how people state "typically about X".
inline double logNormal(Rng& rng, double median, double sigma) {
    return median * std::exp(sigma * normal(rng, 0.0, 1.0));
}

// Poisson count. Small means (nearly every draw in demand generation) use CDF inversion with a
// single uniform, which is exact and cheap; large means use Boost's PTRD sampler.
inline int poisson(Rng& rng, double mean) {
    if (mean <= 0) return 0;
    if (mean >= 30) return boost::random::poisson_distribution<int, double>(mean)(rng);
    const double u = uniform01(rng);
    double p = std::exp(-mean);
    double cumulative = p;
    int n = 0;
    while (u > cumulative && n < 200) {
        ++n;
        p *= mean / n;
        cumulative += p;
    }
    return n;
}

// Number of failures before the first success, P(k) = p (1-p)^k, by inversion.
inline int geometric(Rng& rng, double successProbability) {
    if (successProbability >= 1) return 0;
    const double u = 1.0 - uniform01(rng); // (0, 1]
    return static_cast<int>(std::floor(std::log(u) / std::log1p(-successProbability)));
}

template <typename T> const T& pickOne(Rng& rng, const std::vector<T>& values) {
    return values[uniformIndex(rng, values.size())];
}

// Fisher–Yates with Boost's integer distribution: std::shuffle's algorithm is unspecified.
template <typename T> void shuffleInPlace(std::vector<T>& values, Rng& rng) {
    for (std::size_t i = values.size(); i > 1; --i)
        std::swap(values[i - 1], values[uniformIndex(rng, i)]);
}

// Rounds a drawn value to a realistic precision (0.01, 0.5…), dividing by the exact integer
// 1/step so that 0.69 stays 0.69 (69 × 0.01 would be 0.6900000000000001 in a CSV file).
inline double roundTo(double value, double step) {
    const double perUnit = std::round(1.0 / step);
    return std::round(value * perUnit) / perUnit;
}

} // namespace stocktower::demo
