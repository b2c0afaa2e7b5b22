// Schema version 3: KPIs — cycle counts, labour hours, pick checks, site cut-off, KPI
// configuration (targets, benchmarks, settings, comments) and weekly KPI snapshots.
#pragma once

namespace stocktower::store {

// Configuration is data, not code: targets, tolerance bands, owners and benchmark values are
// seeded here (benchmarks from the sources named in each row) and edited by the user
// afterwards. Weekly snapshots keep every KPI value with its numerator, denominator, sample and
// inputs, so a trend line is stable after the fact and can be traced to what produced it.
inline constexpr const char* kSchemaV3 = R"SQL(
ALTER TABLE site ADD COLUMN cutoff_time TEXT CHECK (cutoff_time IS NULL OR cutoff_time GLOB '[0-2][0-9]:[0-5][0-9]');
-- Errors found when the order line was checked (pack check, customer claim): NULL = not checked.
ALTER TABLE order_line ADD COLUMN pick_errors INTEGER CHECK (pick_errors >= 0);

-- Service KPIs read the lines due in a week: due = promised date, else requested date.
CREATE INDEX order_line_site_due ON order_line(site_id, COALESCE(promised_date, requested_date));
-- Shipments by site and time carry the item and quantity, so that cost of goods, usage value and
-- the stockout roll over months of lines read the index alone (no row look-ups); it replaces
-- v1's (site_id, shipped_at) index, whose queries it still serves.
DROP INDEX order_line_site_shipped;
CREATE INDEX order_line_site_shipped ON order_line(site_id, shipped_at, item_id, shipped_qty);
-- Dock-to-stock reads receipts by put-away time; stale receipts are the ones not put away.
CREATE INDEX receipt_site_put_away ON receipt(site_id, put_away_at);
-- Ageing matches stock to each item's receipts newest first: read from this index in order,
-- without a sort or row look-ups.
CREATE INDEX receipt_site_item_arrived ON receipt(site_id, item_id, arrived_at DESC, quantity);
-- Late purchase orders: open lines by site and due date.
CREATE INDEX po_line_site_open_due ON purchase_order_line(site_id, due_date) WHERE status = 'open';

CREATE TABLE cycle_count (
  cycle_count_id INTEGER PRIMARY KEY,
  count_ref      TEXT NOT NULL,
  line_no        INTEGER NOT NULL,
  site_id        INTEGER NOT NULL REFERENCES site(site_id) ON DELETE CASCADE,
  item_id        INTEGER NOT NULL REFERENCES item(item_id) ON DELETE CASCADE,
  location_id    INTEGER REFERENCES location(location_id) ON DELETE SET NULL,
  lot            TEXT NOT NULL DEFAULT '',
  counted_at     TEXT NOT NULL,
  book_qty       REAL NOT NULL,
  counted_qty    REAL NOT NULL CHECK (counted_qty >= 0),
  unit_cost      REAL CHECK (unit_cost >= 0),
  abc_class      TEXT CHECK (abc_class IN ('a','b','c')),
  counter        TEXT,
  import_id      INTEGER REFERENCES import_log(import_id),
  UNIQUE (count_ref, line_no)
);
CREATE INDEX cycle_count_site_counted ON cycle_count(site_id, counted_at);

CREATE TABLE labour_hours (
  labour_id  INTEGER PRIMARY KEY,
  site_id    INTEGER NOT NULL REFERENCES site(site_id) ON DELETE CASCADE,
  day        TEXT NOT NULL,
  activity   TEXT NOT NULL CHECK (activity IN ('picking','packing','receiving','put_away',
                                               'replenishment','counting','shipping','other')),
  employee   TEXT NOT NULL DEFAULT '',
  hours      REAL NOT NULL CHECK (hours >= 0 AND hours <= 24000),
  import_id  INTEGER REFERENCES import_log(import_id),
  UNIQUE (site_id, day, activity, employee)
);

-- One row per KPI and scope: site_id NULL is the workspace-wide default, a site row overrides it.
-- amber_band: how far past the target (in the KPI's unit) is still amber; hysteresis: how far a
-- value must cross a band edge before the status changes from last week's.
CREATE TABLE kpi_target (
  kpi_id     TEXT NOT NULL,
  site_id    INTEGER REFERENCES site(site_id) ON DELETE CASCADE,
  target     REAL,
  amber_band REAL NOT NULL DEFAULT 0 CHECK (amber_band >= 0),
  hysteresis REAL NOT NULL DEFAULT 0 CHECK (hysteresis >= 0),
  owner      TEXT NOT NULL DEFAULT '',
  comment    TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX kpi_target_key ON kpi_target(kpi_id, IFNULL(site_id, 0));

CREATE TABLE kpi_benchmark (
  benchmark_id INTEGER PRIMARY KEY,
  kpi_id       TEXT NOT NULL,
  level        TEXT NOT NULL,
  value        REAL NOT NULL,
  source       TEXT NOT NULL,
  year         INTEGER,
  note         TEXT NOT NULL DEFAULT '',
  UNIQUE (kpi_id, level, source)
);

CREATE TABLE kpi_setting (
  key         TEXT PRIMARY KEY,
  value       REAL NOT NULL,
  description TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE kpi_comment (
  site_id    INTEGER NOT NULL REFERENCES site(site_id) ON DELETE CASCADE,
  iso_week   TEXT NOT NULL,
  kpi_id     TEXT NOT NULL,
  comment    TEXT NOT NULL,
  user_name  TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  PRIMARY KEY (site_id, iso_week, kpi_id)
) WITHOUT ROWID;

-- A computed KPI week: when, as of when, with which settings (JSON) and engine.
CREATE TABLE kpi_week (
  site_id        INTEGER NOT NULL REFERENCES site(site_id) ON DELETE CASCADE,
  iso_week       TEXT NOT NULL,
  computed_at    TEXT NOT NULL,
  as_of          TEXT NOT NULL,
  engine_version TEXT NOT NULL,
  settings       TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (site_id, iso_week)
) WITHOUT ROWID;

CREATE TABLE kpi_snapshot (
  site_id     INTEGER NOT NULL,
  iso_week    TEXT NOT NULL,
  kpi_id      TEXT NOT NULL,
  value       REAL,
  numerator   REAL,
  denominator REAL,
  sample      INTEGER NOT NULL DEFAULT 0,
  status      TEXT NOT NULL DEFAULT 'n/a' CHECK (status IN ('green','amber','red','n/a')),
  note        TEXT NOT NULL DEFAULT '',
  inputs      TEXT NOT NULL DEFAULT '{}',
  computed_at TEXT NOT NULL,
  PRIMARY KEY (site_id, iso_week, kpi_id),
  FOREIGN KEY (site_id, iso_week) REFERENCES kpi_week(site_id, iso_week) ON DELETE CASCADE
) WITHOUT ROWID;

INSERT INTO kpi_setting(key, value, description) VALUES
  ('carrying_cost_rate', 0.25, 'Annual carrying cost as a share of average inventory value (published totals 20-30%)'),
  ('otif_early_days', 1, 'OTIF: days a shipment may be before the commit date and still count as on time'),
  ('otif_late_days', 0, 'OTIF: days a shipment may be after the commit date and still count as on time'),
  ('in_full_tolerance', 0, 'Share of the ordered quantity a line may be short and still count as in full'),
  ('record_tolerance_a', 0.01, 'Cycle count tolerance for A items (share of book quantity)'),
  ('record_tolerance_b', 0.03, 'Cycle count tolerance for B items'),
  ('record_tolerance_c', 0.05, 'Cycle count tolerance for C items'),
  ('abc_a_share', 0.80, 'ABC: items making up this cumulative share of usage value are A'),
  ('abc_b_share', 0.95, 'ABC: up to this cumulative share they are B, the rest C'),
  ('demand_window_days', 91, 'Trailing days of shipments behind turns, ABC classes and average demand'),
  ('stale_receipt_hours', 24, 'Exceptions: a receipt not put away this many hours after arrival is stale'),
  ('expiry_days', 30, 'Exceptions: lots expiring within this many days'),
  ('slow_mover_days', 180, 'Exceptions: stock with no movement for this many days is a slow mover'),
  ('dead_stock_days', 365, 'Exceptions: stock with no movement for this many days is dead stock'),
  ('excess_days_of_supply', 180, 'Exceptions: stock covering more than this many days of demand is excess');

INSERT INTO kpi_target(kpi_id, site_id, target, amber_band, hysteresis, owner, comment, updated_at) VALUES
  ('unit_fill_rate', NULL, 0.98, 0.02, 0.002, '', '', '2026-01-01T00:00:00Z'),
  ('line_fill_rate', NULL, 0.97, 0.02, 0.002, '', '', '2026-01-01T00:00:00Z'),
  ('order_fill_rate', NULL, 0.95, 0.03, 0.003, '', '', '2026-01-01T00:00:00Z'),
  ('otif', NULL, 0.95, 0.03, 0.003, '', '', '2026-01-01T00:00:00Z'),
  ('on_time_shipment', NULL, 0.97, 0.02, 0.002, '', '', '2026-01-01T00:00:00Z'),
  ('stockout_rate', NULL, 0.02, 0.02, 0.002, '', '', '2026-01-01T00:00:00Z'),
  ('dock_to_stock_hours', NULL, 8, 8, 0.5, '', '', '2026-01-01T00:00:00Z'),
  ('order_cycle_time_hours', NULL, 48, 24, 2, '', '', '2026-01-01T00:00:00Z'),
  ('picking_accuracy', NULL, 0.995, 0.005, 0.0005, '', '', '2026-01-01T00:00:00Z'),
  ('record_accuracy', NULL, 0.95, 0.03, 0.003, '', '', '2026-01-01T00:00:00Z'),
  ('record_accuracy_value', NULL, 0.98, 0.02, 0.002, '', '', '2026-01-01T00:00:00Z'),
  ('lines_per_labour_hour', NULL, 60, 10, 1, '', '', '2026-01-01T00:00:00Z'),
  ('capacity_used', NULL, 0.85, 0.05, 0.005, '', '', '2026-01-01T00:00:00Z'),
  ('inventory_turns', NULL, 8, 2, 0.2, '', '', '2026-01-01T00:00:00Z'),
  ('days_on_hand', NULL, 45, 15, 1, '', '', '2026-01-01T00:00:00Z'),
  ('days_of_supply', NULL, 45, 15, 1, '', '', '2026-01-01T00:00:00Z'),
  ('carrying_cost', NULL, NULL, 0, 0, '', '', '2026-01-01T00:00:00Z'),
  ('aged_over_90_share', NULL, 0.10, 0.10, 0.01, '', '', '2026-01-01T00:00:00Z');

INSERT INTO kpi_benchmark(kpi_id, level, value, source, year, note) VALUES
  ('capacity_used', 'best in class', 0.90, 'WERC DC Measures', 2020, 'average warehouse capacity used'),
  ('capacity_used', 'median', 0.85, 'reported elsewhere (check before quoting)', NULL, ''),
  ('picking_accuracy', 'best in class', 0.999, 'WERC DC Measures', 2020, 'order picking accuracy by order'),
  ('on_time_shipment', 'best in class', 0.997, 'WERC DC Measures', 2020, 'on-time shipments'),
  ('otif', 'best in class', 0.9948, 'WERC DC Measures', 2020, 'orders delivered on time'),
  ('order_fill_rate', 'best in class', 0.9956, 'WERC DC Measures', 2020, 'shipped complete per order'),
  ('dock_to_stock_hours', 'best in class', 3.5, 'reported elsewhere (check before quoting)', NULL, 'under about 3.5 h'),
  ('dock_to_stock_hours', 'median', 15, 'APQC', NULL, ''),
  ('lines_per_labour_hour', 'median', 10, 'reported elsewhere (check before quoting)', NULL, 'orders (not lines) picked and shipped per person-hour'),
  ('lines_per_labour_hour', 'best in class', 35, 'reported elsewhere (check before quoting)', NULL, 'orders (not lines) picked and shipped per person-hour'),
  ('days_of_supply', 'median', 45.6, 'APQC', NULL, ''),
  ('inventory_turns', 'median', 8.0, 'APQC', NULL, ''),
  ('record_accuracy', 'typical target', 0.95, 'inventory record accuracy practice', NULL, ''),
  ('record_accuracy', 'best in class', 0.99, 'inventory record accuracy practice', NULL, '');
)SQL";

} // namespace stocktower::store
