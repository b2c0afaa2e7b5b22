# The demo generator is deterministic for a seed and a last day: the row counts are pinned here.
section("A small demo workspace")
cli(demo --out demo.stdb --items 30 --sites 2 --years 1 --seed 7 --last-day 2026-11-27)

section("Its summary")
cli(info --json -w demo.stdb)
cli(check -w demo.stdb)
