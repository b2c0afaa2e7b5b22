# The weekly KPI scorecard and the exception queues of a small deterministic demo workspace,
# produced by the CLI with an injected "today"; then targets edited and the refusals.
# Oracle: the reviewed transcript; each KPI's arithmetic is checked by tests/core/test_kpi_*.cpp.
section("A small demo workspace, history up to Sunday 22 November 2026")
cli_status(demo --out demo.stdb --items 600 --sites 2 --years 1 --seed 11 --last-day 2026-11-22 -q)

section("Thirteen weekly snapshots, then the scorecard of 2026-W47 read from them")
cli(kpi snapshot -w demo.stdb --site DC-NORTH --weeks 2026-W35..2026-W47 --today 2026-11-24 -q)
cli(kpi scorecard -w demo.stdb --site DC-NORTH --week 2026-W47 --today 2026-11-24 -q)

section("The exception queues, three rows each")
cli(kpi exceptions -w demo.stdb --site DC-NORTH --limit 3 --today 2026-11-24)

section("A site target, owner and comment; the scorecard re-rates with the new target")
cli(kpi targets set -w demo.stdb --kpi otif --site DC-NORTH --target 0.9 --band 0.05 --owner "Transport lead")
cli(kpi comment -w demo.stdb --site DC-NORTH --week 2026-W47 --kpi otif --text "Carrier missed two Friday pick-ups")
cli(kpi targets list -w demo.stdb --site DC-NORTH)
cli(kpi scorecard -w demo.stdb --site DC-SOUTH --week 2026-W47 --today 2026-11-24 --trend 2 --json -q)

section("Refusals: a bad week string and an unknown site are usage errors (exit 2)")
cli(kpi scorecard -w demo.stdb --site DC-NORTH --week 2026-47)
cli(kpi scorecard -w demo.stdb --site DC-NOWHERE --week 2026-W47)
cli(kpi snapshot -w demo.stdb --site DC-NORTH --weeks 2026-W47..2026-W35)
cli(kpi targets set -w demo.stdb --kpi happiness --target 1)
