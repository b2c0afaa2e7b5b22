# Overrides from the command line — set, replace, list, show (marked), export (final values),
# remove — and the workspace's demand bucket setting, which a run without --bucket follows.
# Then the refusals. Oracle: the reviewed transcript (timestamps are placeholders; the user
# name is given, not the login's); the numbers themselves are checked by the core tests.
section("A small demo workspace; its bucket setting")
cli_status(demo --out demo.stdb --items 6 --sites 1 --years 2 --seed 11 --last-day 2026-11-27 -q)
cli(settings -w demo.stdb)
cli(settings get demand_bucket -w demo.stdb)

section("A run without --bucket uses the setting: months, then weeks again")
cli(settings set demand_bucket month -w demo.stdb)
cli(forecast -w demo.stdb --horizon 3 --threads 1 -q)
cli(settings set demand_bucket week -w demo.stdb --json)
cli(forecast -w demo.stdb --horizon 4 --threads 1 -q)

section("Override two weeks of one item, then change one of them")
cli(forecast override set -w demo.stdb --item SKU-000001 --site DC-NORTH --period 2026-12-07 --quantity 12 --comment "trade fair" --user planner1)
cli(forecast override set -w demo.stdb --item SKU-000001 --site DC-NORTH --period 2026-12-14 --quantity 0 --user planner1)
cli(forecast override set -w demo.stdb --item SKU-000001 --site DC-NORTH --period 2026-12-07 --quantity 15 --comment "trade fair, confirmed" --user planner2 --json)
cli(forecast override list -w demo.stdb)
cli(forecast show -w demo.stdb --item SKU-000001 --tail 2 --lead-time 2.5)

section("Export the run: statistical, override and final values side by side")
cli(forecast export -w demo.stdb --out forecast.csv)
show_file(forecast.csv)
cli(forecast export -w demo.stdb --run 1 --out monthly.csv --european -q)
show_file(monthly.csv)

section("Remove one override; the monthly run has none")
cli(forecast override remove -w demo.stdb --item SKU-000001 --site DC-NORTH --period 2026-12-14)
cli(forecast override list -w demo.stdb)
cli(forecast override list -w demo.stdb --run 1 --json)

section("Refusals")
# Not a forecast period of the run (a Tuesday), a negative quantity, not a date, nothing to
# remove, an unknown run, an unknown setting and a bad value.
cli(forecast override set -w demo.stdb --item SKU-000001 --site DC-NORTH --period 2026-12-08 --quantity 3)
cli(forecast override set -w demo.stdb --item SKU-000001 --site DC-NORTH --period 2026-12-07 --quantity -3)
cli(forecast override set -w demo.stdb --item SKU-000001 --site DC-NORTH --period 7.12.2026 --quantity 3)
cli(forecast override remove -w demo.stdb --item SKU-000001 --site DC-NORTH --period 2026-12-14)
cli(forecast export -w demo.stdb --run 9 --out none.csv)
show_exists(none.csv)
cli(settings get bucket_size -w demo.stdb)
cli(settings set demand_bucket day -w demo.stdb)
cli(settings get demand_bucket -w demo.stdb)
