// Schema version 2: forecast runs with their settings, per-series results, values and overrides.
#pragma once

namespace stocktower::store {

// A run is kept with its inputs (settings JSON, engine version) so a number on screen can be
// traced to what produced it; past runs stay for forecast-versus-actual. forecast_value is
// WITHOUT ROWID because it is read by its key (one series' periods) and is the largest table.
inline constexpr const char* kSchemaV2 = R"SQL(
CREATE TABLE forecast_run (
  run_id         INTEGER PRIMARY KEY,
  created_at     TEXT NOT NULL,
  bucket         TEXT NOT NULL CHECK (bucket IN ('week','month')),
  horizon        INTEGER NOT NULL CHECK (horizon > 0),
  method         TEXT NOT NULL,
  settings       TEXT NOT NULL DEFAULT '{}',
  engine_version TEXT NOT NULL,
  series_count   INTEGER NOT NULL DEFAULT 0,
  seconds        REAL,
  status         TEXT NOT NULL DEFAULT 'complete' CHECK (status IN ('complete','failed'))
);

CREATE TABLE forecast_series (
  run_id       INTEGER NOT NULL REFERENCES forecast_run(run_id) ON DELETE CASCADE,
  item_id      INTEGER NOT NULL REFERENCES item(item_id) ON DELETE CASCADE,
  site_id      INTEGER NOT NULL REFERENCES site(site_id) ON DELETE CASCADE,
  demand_class TEXT NOT NULL,
  model        TEXT NOT NULL,
  parameters   TEXT NOT NULL DEFAULT '{}',
  candidates   TEXT NOT NULL DEFAULT '[]',
  mase         REAL,
  smape        REAL,
  bias         REAL,
  sigma        REAL,
  PRIMARY KEY (run_id, item_id, site_id)
) WITHOUT ROWID;

CREATE TABLE forecast_value (
  run_id       INTEGER NOT NULL,
  item_id      INTEGER NOT NULL,
  site_id      INTEGER NOT NULL,
  period_start TEXT NOT NULL,
  mean         REAL NOT NULL,
  lo80         REAL,
  hi80         REAL,
  lo95         REAL,
  hi95         REAL,
  PRIMARY KEY (run_id, item_id, site_id, period_start),
  FOREIGN KEY (run_id, item_id, site_id)
    REFERENCES forecast_series(run_id, item_id, site_id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE forecast_override (
  override_id  INTEGER PRIMARY KEY,
  run_id       INTEGER NOT NULL REFERENCES forecast_run(run_id) ON DELETE CASCADE,
  item_id      INTEGER NOT NULL REFERENCES item(item_id) ON DELETE CASCADE,
  site_id      INTEGER NOT NULL REFERENCES site(site_id) ON DELETE CASCADE,
  period_start TEXT NOT NULL,
  quantity     REAL NOT NULL,
  comment      TEXT NOT NULL DEFAULT '',
  user_name    TEXT NOT NULL,
  created_at   TEXT NOT NULL
);
CREATE INDEX forecast_override_key ON forecast_override(run_id, item_id, site_id, period_start);
)SQL";

} // namespace stocktower::store
