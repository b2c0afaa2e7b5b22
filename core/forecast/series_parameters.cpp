// The JSON of a stored series' parameters and candidates.
#include "forecast/series_parameters.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace stocktower::forecast {

namespace {

// Insertion order: parameters read in the order the model names them (α before ℓ0).
using Json = nlohmann::ordered_json;

Json number(double value) { return std::isfinite(value) ? Json(value) : Json(); }

double numberOr(const Json& object, const char* key, double fallback) {
    const auto found = object.find(key);
    return found != object.end() && found->is_number() ? found->get<double>() : fallback;
}

bool isReserved(std::string_view key) {
    return key == kIntervalMethodKey || key == kErrorModelKey || key == kErrorSigmaKey ||
           key == kIntervalErrorsKey || key == kDemandKey;
}

Json errorModelJson(const InnovationsErrorModel& model) {
    // Only what differs from the defaults: most series are SES-like and 175,000 of them add up.
    Json object{{"sigma", number(model.sigma)}, {"alpha", number(model.alpha)}};
    if (model.relative) object["relative"] = true;
    if (model.beta != 0.0) object["beta"] = number(model.beta);
    if (model.phi != 1.0) object["phi"] = number(model.phi);
    if (model.period > 0) {
        object["gamma"] = number(model.gamma);
        object["period"] = model.period;
    }
    return object;
}

InnovationsErrorModel parseErrorModel(const Json& object) {
    InnovationsErrorModel model;
    model.sigma = numberOr(object, "sigma", std::nan(""));
    model.alpha = numberOr(object, "alpha", 0.0);
    model.beta = numberOr(object, "beta", 0.0);
    model.phi = numberOr(object, "phi", 1.0);
    model.gamma = numberOr(object, "gamma", 0.0);
    model.period = static_cast<int>(numberOr(object, "period", 0.0));
    const auto relative = object.find("relative");
    model.relative = relative != object.end() && relative->is_boolean() && relative->get<bool>();
    return model;
}

} // namespace

std::string_view intervalMethodName(IntervalMethod method) {
    switch (method) {
    case IntervalMethod::Analytic: return "analytic";
    case IntervalMethod::Empirical: return "empirical";
    case IntervalMethod::NormalFallback: return "normal-fallback";
    case IntervalMethod::None: break;
    }
    return "none";
}

IntervalMethod parseIntervalMethod(std::string_view name) {
    for (auto method : {IntervalMethod::Analytic, IntervalMethod::Empirical, IntervalMethod::NormalFallback})
        if (intervalMethodName(method) == name) return method;
    return IntervalMethod::None;
}

std::string toJson(const SeriesParameters& parameters) {
    Json object = Json::object();
    for (const auto& [name, value] : parameters.model)
        object[name] = number(value);
    if (parameters.intervalMethod != IntervalMethod::None)
        object[std::string(kIntervalMethodKey)] = std::string(intervalMethodName(parameters.intervalMethod));
    if (!parameters.errorModels.empty()) {
        Json models = Json::array();
        for (const auto& model : parameters.errorModels)
            models.push_back(errorModelJson(model));
        object[std::string(kErrorModelKey)] = std::move(models);
    }
    if (parameters.errorSigma && std::isfinite(*parameters.errorSigma))
        object[std::string(kErrorSigmaKey)] = *parameters.errorSigma;
    if (parameters.intervalErrors > 0) object[std::string(kIntervalErrorsKey)] = parameters.intervalErrors;
    if (parameters.demand)
        object[std::string(kDemandKey)] = {{"adi", number(parameters.demand->adi)},
                                           {"cv2", number(parameters.demand->cv2)},
                                           {"periods", parameters.demand->periods},
                                           {"demand_periods", parameters.demand->demandPeriods}};
    return object.dump();
}

SeriesParameters parseSeriesParameters(std::string_view json) {
    SeriesParameters parameters;
    const Json object = Json::parse(json, nullptr, false);
    if (!object.is_object()) return parameters;
    for (const auto& [key, value] : object.items()) {
        if (isReserved(key)) continue;
        if (value.is_number()) parameters.model.emplace_back(key, value.get<double>());
        else if (value.is_null()) parameters.model.emplace_back(key, std::nan(""));
    }
    if (const auto method = object.find(std::string(kIntervalMethodKey)); method != object.end() && method->is_string())
        parameters.intervalMethod = parseIntervalMethod(method->get<std::string>());
    if (const auto models = object.find(std::string(kErrorModelKey)); models != object.end() && models->is_array())
        for (const auto& model : *models)
            if (model.is_object()) parameters.errorModels.push_back(parseErrorModel(model));
    if (const auto sigma = object.find(std::string(kErrorSigmaKey)); sigma != object.end() && sigma->is_number())
        parameters.errorSigma = sigma->get<double>();
    if (const auto errors = object.find(std::string(kIntervalErrorsKey)); errors != object.end() && errors->is_number())
        parameters.intervalErrors = errors->get<int>();
    if (const auto demand = object.find(std::string(kDemandKey)); demand != object.end() && demand->is_object())
        parameters.demand = DemandStatistics{numberOr(*demand, "adi", std::nan("")),
                                             numberOr(*demand, "cv2", std::nan("")),
                                             static_cast<int>(numberOr(*demand, "periods", 0.0)),
                                             static_cast<int>(numberOr(*demand, "demand_periods", 0.0))};
    return parameters;
}

std::vector<CandidateScore> parseCandidates(std::string_view json) {
    std::vector<CandidateScore> candidates;
    const Json array = Json::parse(json, nullptr, false);
    if (!array.is_array()) return candidates;
    for (const auto& entry : array) {
        if (!entry.is_object()) continue;
        CandidateScore candidate;
        if (const auto model = entry.find("model"); model != entry.end() && model->is_string())
            candidate.model = model->get<std::string>();
        if (const auto score = entry.find("score"); score != entry.end() && score->is_number())
            candidate.score = score->get<double>();
        candidates.push_back(std::move(candidate));
    }
    return candidates;
}

} // namespace stocktower::forecast
