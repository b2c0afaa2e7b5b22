#!/usr/bin/env Rscript
# Produces r_reference.csv for tests/core/test_forecast_r_reference.cpp: R forecast 8.20
# (Debian r-cran-forecast 8.20-1) point forecasts on the train parts of the tiny fixture.
# Run from tests/data/forecast: Rscript r_reference/make_reference.R > r_reference/r_reference.csv
suppressPackageStartupMessages(library(forecast))
s <- read.csv("tiny/series.csv"); meta <- read.csv("tiny/meta.csv")
cat("series_id,method,h,value\n")
for (id in c("Y2", "Q1", "M1")) {
  m <- meta[meta$series_id == id, ]
  d <- s[s$series_id == id & s$split == "train", ]; d <- d[order(d$period), ]
  x <- ts(d$value, frequency = m$frequency)
  out <- list(theta = thetaf(x, h = m$horizon)$mean,
              ses = ses(x, h = m$horizon)$mean,
              damped = forecast(ets(x, model = "AAN", damped = TRUE), h = m$horizon)$mean)
  for (method in names(out)) for (h in seq_along(out[[method]]))
    cat(sprintf("%s,%s,%d,%.10g\n", id, method, h, out[[method]][h]))
}
