// The first workspace schema (version 1), as SQL text compiled into the program.
#pragma once

namespace stocktower::store {

// Conventions: surrogate INTEGER keys for joins on large tables, natural keys kept UNIQUE;
// dates as ISO 8601 text (YYYY-MM-DD) and timestamps as UTC text (YYYY-MM-DDTHH:MM:SSZ) so the
// file stays readable by any SQLite tool and sorts correctly; import_id traces each row to the
// import that last wrote it.
inline constexpr const char* kSchemaV1 = R"SQL(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE import_log (
  import_id     INTEGER PRIMARY KEY,
  file_name     TEXT NOT NULL,
  sha256        TEXT NOT NULL,
  record_type   TEXT NOT NULL,
  rows_read     INTEGER NOT NULL DEFAULT 0,
  rows_written  INTEGER NOT NULL DEFAULT 0,
  rows_skipped  INTEGER NOT NULL DEFAULT 0,
  started_at    TEXT NOT NULL,
  finished_at   TEXT,
  result        TEXT NOT NULL CHECK (result IN ('running','committed','rejected','skipped','cancelled','failed')),
  problem_count INTEGER NOT NULL DEFAULT 0,
  problems      TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX import_log_sha ON import_log(sha256, record_type);

CREATE TABLE audit_log (
  audit_id   INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  user_name  TEXT NOT NULL,
  table_name TEXT NOT NULL,
  row_key    TEXT NOT NULL,
  field      TEXT NOT NULL,
  old_value  TEXT,
  new_value  TEXT,
  reason     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_row ON audit_log(table_name, row_key);

CREATE TABLE site (
  site_id   INTEGER PRIMARY KEY,
  code      TEXT NOT NULL UNIQUE,
  name      TEXT NOT NULL DEFAULT '',
  country   TEXT,
  timezone  TEXT,
  import_id INTEGER REFERENCES import_log(import_id)
);

CREATE TABLE item (
  item_id           INTEGER PRIMARY KEY,
  sku               TEXT NOT NULL UNIQUE,
  description       TEXT NOT NULL DEFAULT '',
  gtin              TEXT,
  category          TEXT,
  uom               TEXT NOT NULL DEFAULT 'EA',
  unit_cost         REAL CHECK (unit_cost >= 0),
  unit_price        REAL CHECK (unit_price >= 0),
  case_pack         INTEGER CHECK (case_pack > 0),
  length_cm         REAL CHECK (length_cm >= 0),
  width_cm          REAL CHECK (width_cm >= 0),
  height_cm         REAL CHECK (height_cm >= 0),
  weight_kg         REAL CHECK (weight_kg >= 0),
  handling_class    TEXT,
  supplier          TEXT,
  lead_time_days    REAL CHECK (lead_time_days >= 0),
  lead_time_sd_days REAL CHECK (lead_time_sd_days >= 0),
  moq               REAL CHECK (moq >= 0),
  order_multiple    REAL CHECK (order_multiple >= 0),
  status            TEXT NOT NULL DEFAULT 'active'
                    CHECK (status IN ('active','new','discontinued','inactive')),
  import_id         INTEGER REFERENCES import_log(import_id)
);
CREATE INDEX item_supplier ON item(supplier);
CREATE INDEX item_category ON item(category);

CREATE TABLE item_site (
  item_id            INTEGER NOT NULL REFERENCES item(item_id) ON DELETE CASCADE,
  site_id            INTEGER NOT NULL REFERENCES site(site_id) ON DELETE CASCADE,
  lead_time_days     REAL CHECK (lead_time_days >= 0),
  lead_time_sd_days  REAL CHECK (lead_time_sd_days >= 0),
  service_target     REAL CHECK (service_target > 0 AND service_target < 1),
  review_period_days REAL CHECK (review_period_days >= 0),
  min_qty            REAL CHECK (min_qty >= 0),
  max_qty            REAL CHECK (max_qty >= 0),
  import_id          INTEGER REFERENCES import_log(import_id),
  PRIMARY KEY (item_id, site_id)
) WITHOUT ROWID;
CREATE INDEX item_site_site ON item_site(site_id);

CREATE TABLE location (
  location_id   INTEGER PRIMARY KEY,
  site_id       INTEGER NOT NULL REFERENCES site(site_id) ON DELETE CASCADE,
  code          TEXT NOT NULL,
  zone          TEXT,
  aisle         TEXT,
  bay           INTEGER,
  level         INTEGER,
  position      INTEGER,
  x             REAL,
  y             REAL,
  z             REAL,
  width_cm      REAL CHECK (width_cm >= 0),
  depth_cm      REAL CHECK (depth_cm >= 0),
  height_cm     REAL CHECK (height_cm >= 0),
  max_weight_kg REAL CHECK (max_weight_kg >= 0),
  kind          TEXT NOT NULL DEFAULT 'reserve' CHECK (kind IN ('forward','reserve','dock','pack')),
  usable        INTEGER NOT NULL DEFAULT 1 CHECK (usable IN (0,1)),
  import_id     INTEGER REFERENCES import_log(import_id),
  UNIQUE (site_id, code)
);

-- Daily demand history: the forecasting engine's input. WITHOUT ROWID so the natural key is
-- the storage order (one B-tree, item-major, the order every engine reads). Deliberately no
-- second index: each one doubles the cost of importing millions of rows, and site-wide
-- views read weekly snapshots instead.
CREATE TABLE demand (
  item_id     INTEGER NOT NULL REFERENCES item(item_id) ON DELETE CASCADE,
  site_id     INTEGER NOT NULL REFERENCES site(site_id) ON DELETE CASCADE,
  day         TEXT NOT NULL,
  channel     TEXT NOT NULL DEFAULT '',
  quantity    REAL NOT NULL CHECK (quantity >= 0),
  order_lines INTEGER CHECK (order_lines >= 0),
  import_id   INTEGER REFERENCES import_log(import_id),
  PRIMARY KEY (item_id, site_id, day, channel)
) WITHOUT ROWID;

CREATE TABLE on_hand (
  on_hand_id  INTEGER PRIMARY KEY,
  item_id     INTEGER NOT NULL REFERENCES item(item_id) ON DELETE CASCADE,
  site_id     INTEGER NOT NULL REFERENCES site(site_id) ON DELETE CASCADE,
  location_id INTEGER REFERENCES location(location_id) ON DELETE SET NULL,
  lot         TEXT NOT NULL DEFAULT '',
  expiry      TEXT,
  status      TEXT NOT NULL DEFAULT 'available'
              CHECK (status IN ('available','hold','qc','returns','consigned')),
  quantity    REAL NOT NULL,
  as_of       TEXT NOT NULL,
  import_id   INTEGER REFERENCES import_log(import_id)
);
CREATE UNIQUE INDEX on_hand_key ON on_hand(item_id, site_id, IFNULL(location_id, 0), lot, status, as_of);
CREATE INDEX on_hand_site ON on_hand(site_id, as_of);
CREATE INDEX on_hand_expiry ON on_hand(expiry) WHERE expiry IS NOT NULL;

-- Purchase order lines carry their header fields; the purchase_order view groups them.
CREATE TABLE purchase_order_line (
  po_line_id   INTEGER PRIMARY KEY,
  po_number    TEXT NOT NULL,
  line_no      INTEGER NOT NULL,
  supplier     TEXT,
  site_id      INTEGER NOT NULL REFERENCES site(site_id) ON DELETE CASCADE,
  item_id      INTEGER NOT NULL REFERENCES item(item_id) ON DELETE CASCADE,
  order_date   TEXT,
  due_date     TEXT NOT NULL,
  ordered_qty  REAL NOT NULL CHECK (ordered_qty >= 0),
  received_qty REAL NOT NULL DEFAULT 0 CHECK (received_qty >= 0),
  open_qty     REAL NOT NULL CHECK (open_qty >= 0),
  status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed','cancelled')),
  import_id    INTEGER REFERENCES import_log(import_id),
  UNIQUE (po_number, line_no)
);
CREATE INDEX po_line_item ON purchase_order_line(item_id, site_id, due_date);
-- Open lines are what planning reads (projected available, the item grid): a covering partial
-- index answers those without touching the much larger history of closed lines.
CREATE INDEX po_line_open ON purchase_order_line(item_id, site_id, due_date, open_qty) WHERE status = 'open';
CREATE VIEW purchase_order AS
  SELECT po_number, MIN(supplier) AS supplier, MIN(site_id) AS site_id,
         MIN(order_date) AS order_date, MIN(due_date) AS first_due_date,
         COUNT(*) AS lines, SUM(open_qty) AS open_qty
  FROM purchase_order_line GROUP BY po_number;

CREATE TABLE receipt (
  receipt_id  INTEGER PRIMARY KEY,
  document    TEXT NOT NULL,
  line_no     INTEGER NOT NULL,
  po_number   TEXT,
  site_id     INTEGER NOT NULL REFERENCES site(site_id) ON DELETE CASCADE,
  item_id     INTEGER NOT NULL REFERENCES item(item_id) ON DELETE CASCADE,
  quantity    REAL NOT NULL CHECK (quantity >= 0),
  arrived_at  TEXT NOT NULL,
  put_away_at TEXT,
  location_id INTEGER REFERENCES location(location_id) ON DELETE SET NULL,
  import_id   INTEGER REFERENCES import_log(import_id),
  UNIQUE (document, line_no)
);
CREATE INDEX receipt_site_arrived ON receipt(site_id, arrived_at);
CREATE INDEX receipt_item ON receipt(item_id);

-- Customer order lines carry their header fields; the customer_order view groups them.
CREATE TABLE order_line (
  order_line_id    INTEGER PRIMARY KEY,
  order_number     TEXT NOT NULL,
  line_no          INTEGER NOT NULL,
  customer         TEXT,
  site_id          INTEGER NOT NULL REFERENCES site(site_id) ON DELETE CASCADE,
  item_id          INTEGER NOT NULL REFERENCES item(item_id) ON DELETE CASCADE,
  ordered_qty      REAL NOT NULL CHECK (ordered_qty >= 0),
  shipped_qty      REAL NOT NULL DEFAULT 0 CHECK (shipped_qty >= 0),
  ordered_at       TEXT NOT NULL,
  requested_date   TEXT,
  promised_date    TEXT,
  shipped_at       TEXT,
  pick_location_id INTEGER REFERENCES location(location_id) ON DELETE SET NULL,
  import_id        INTEGER REFERENCES import_log(import_id),
  UNIQUE (order_number, line_no)
);
CREATE INDEX order_line_site_shipped ON order_line(site_id, shipped_at);
CREATE INDEX order_line_site_ordered ON order_line(site_id, ordered_at);
CREATE INDEX order_line_item ON order_line(item_id);
CREATE VIEW customer_order AS
  SELECT order_number, MIN(customer) AS customer, MIN(site_id) AS site_id,
         MIN(ordered_at) AS ordered_at, MAX(shipped_at) AS last_shipped_at,
         COUNT(*) AS lines, SUM(ordered_qty) AS ordered_qty, SUM(shipped_qty) AS shipped_qty
  FROM order_line GROUP BY order_number;
)SQL";

} // namespace stocktower::store
