// Random streams of the policy simulation: one per (seed, purpose, item-site, replication).
#pragma once

#include <boost/random/mersenne_twister.hpp>

#include <cstdint>

namespace stocktower::inventory::sim {

// Boost's engine and distributions are specified down to the algorithm, unlike std::'s
// distributions (which differ between libstdc++, libc++ and MSVC), so a seed gives the same results
// on every platform.
using Rng = boost::random::mt19937_64;

// Demand and lead times draw from separate streams, so a policy that orders at other times still
// meets the same demand path (common random numbers when comparing policies). Explicit values:
// renumbering would change every result a seed produces.
enum class Stream : std::uint64_t {
    Demand = 1,
    LeadTime = 2,
};

// SplitMix64 finaliser: spreads neighbouring inputs (item 7, item 8) over unrelated seeds.
constexpr std::uint64_t mixBits(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// Depends only on its arguments, never on what was simulated before: the key to identical results
// for any thread count and any order of work.
constexpr std::uint64_t streamSeed(std::uint64_t seed, Stream stream, std::uint64_t itemIndex,
                                   std::uint64_t replication) {
    std::uint64_t h = mixBits(seed);
    h = mixBits(h ^ static_cast<std::uint64_t>(stream));
    h = mixBits(h ^ itemIndex);
    return mixBits(h ^ (replication * 0xD1B54A32D192ED03ULL));
}

} // namespace stocktower::inventory::sim
