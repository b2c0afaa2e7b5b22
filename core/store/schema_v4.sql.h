// Schema version 4: policy defaults, what-if scenarios with their parameter changes, and each
// scenario's stored results (per item-site and totals).
#pragma once

namespace stocktower::store {

// The base is a reserved scenario row (is_base = 1) so that its promoted changes and its stored
// results live where every scenario's do, and a comparison reads them the same way. Changes are
// kept as canonical text ("scope=abc:A,service=0.99"): one parser (inventory/policy_change.h)
// defines them for the command line, the GUI and the file alike. Results are WITHOUT ROWID by
// (scenario, item, site): read per scenario in key order, replaced as a whole on recompute.
inline constexpr const char* kSchemaV4 = R"SQL(
CREATE TABLE policy_setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE scenario (
  scenario_id     INTEGER PRIMARY KEY,
  name            TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  description     TEXT NOT NULL DEFAULT '',
  is_base         INTEGER NOT NULL DEFAULT 0 CHECK (is_base IN (0,1)),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  computed_at     TEXT,
  forecast_run_id INTEGER REFERENCES forecast_run(run_id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX scenario_one_base ON scenario(is_base) WHERE is_base = 1;

CREATE TABLE scenario_change (
  scenario_id INTEGER NOT NULL REFERENCES scenario(scenario_id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  spec        TEXT NOT NULL,
  PRIMARY KEY (scenario_id, seq)
) WITHOUT ROWID;

CREATE TABLE scenario_result (
  scenario_id          INTEGER NOT NULL REFERENCES scenario(scenario_id) ON DELETE CASCADE,
  item_id              INTEGER NOT NULL REFERENCES item(item_id) ON DELETE CASCADE,
  site_id              INTEGER NOT NULL REFERENCES site(site_id) ON DELETE CASCADE,
  error                TEXT NOT NULL DEFAULT '',
  policy_kind          TEXT NOT NULL,
  service_type         TEXT NOT NULL,
  service_target       REAL NOT NULL,
  lead_time_days       REAL NOT NULL,
  review_period_days   REAL NOT NULL,
  demand_per_period    REAL NOT NULL,
  demand_sd_per_period REAL NOT NULL,
  unit_cost            REAL NOT NULL,
  safety_stock         REAL NOT NULL,
  reorder_point        REAL NOT NULL,
  order_quantity       REAL NOT NULL,
  min_level            REAL NOT NULL,
  max_level            REAL NOT NULL,
  achieved_csl         REAL,
  achieved_fill_rate   REAL,
  annual_demand        REAL NOT NULL,
  expected_stockout    REAL NOT NULL,
  safety_stock_value   REAL NOT NULL,
  cycle_stock_value    REAL NOT NULL,
  holding_cost         REAL NOT NULL,
  ordering_cost        REAL NOT NULL,
  total_cost           REAL NOT NULL,
  proposed_quantity    REAL NOT NULL,
  PRIMARY KEY (scenario_id, item_id, site_id)
) WITHOUT ROWID;

CREATE TABLE scenario_total (
  scenario_id          INTEGER PRIMARY KEY REFERENCES scenario(scenario_id) ON DELETE CASCADE,
  item_sites           INTEGER NOT NULL,
  errors               INTEGER NOT NULL,
  proposals            INTEGER NOT NULL,
  safety_stock_value   REAL NOT NULL,
  cycle_stock_value    REAL NOT NULL,
  inventory_investment REAL NOT NULL,
  expected_csl         REAL,
  expected_fill_rate   REAL,
  turns                REAL,
  expected_stockout    REAL NOT NULL,
  holding_cost         REAL NOT NULL,
  ordering_cost        REAL NOT NULL,
  total_cost           REAL NOT NULL,
  annual_demand_value  REAL NOT NULL,
  proposed_value       REAL NOT NULL
);
)SQL";

} // namespace stocktower::store
