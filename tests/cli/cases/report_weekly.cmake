# The weekly KPI report of a small deterministic demo workspace, produced by the CLI with an
# injected "today": its content as text (the 13 trend weeks computed and stored on the way) and as
# JSON from a read-only run, then the refusals. The PDF of the same report is checked by
# cli.report_weekly_pdf (check_report_pdf.cmake).
# Oracle: the reviewed transcript; the report's arithmetic is checked by tests/core/test_weekly_report.cpp.
section("A small demo workspace, history up to Sunday 22 November 2026")
cli_status(demo --out demo.stdb --items 600 --sites 2 --years 1 --seed 11 --last-day 2026-11-22 -q)

section("The report of 2026-W47 at DC-NORTH as text")
cli(report weekly -w demo.stdb --site DC-NORTH --week 2026-W47 --today 2026-11-24 -q)

section("DC-SOUTH as JSON without storing the weeks: two weeks of trend, three exceptions")
cli(report weekly -w demo.stdb --site DC-SOUTH --week 2026-W47 --today 2026-11-24 --trend 2 --top 3 --no-store --json -q)

section("Refusals: a bad week, an unknown site, an unknown paper are usage errors (exit 2); a missing workspace is an input problem (exit 1)")
cli(report weekly -w demo.stdb --site DC-NORTH --week 2026-47)
cli(report weekly -w demo.stdb --site DC-NOWHERE --week 2026-W47)
cli(report weekly -w demo.stdb --site DC-NORTH --week 2026-W47 --pdf out.pdf --paper a5)
cli(report weekly -w missing.stdb --site DC-NORTH --week 2026-W47)
