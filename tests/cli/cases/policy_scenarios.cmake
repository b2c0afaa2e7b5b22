# The workspace policy, what-if scenarios and the simulation check on a small deterministic demo
# workspace: the policy table, one item with its explanation, scenarios created, run, compared
# (with the CSV export), renamed, duplicated, promoted and deleted, a short simulation, and the
# refusals (usage errors, exit code 2). Oracle: the reviewed transcript; the numbers themselves
# are checked against textbook formulas by tests/core/test_policy_run.cpp and test_scenario.cpp.
section("A small demo workspace with a weekly forecast")
cli_status(demo --out demo.stdb --items 12 --sites 2 --years 2 --seed 7 --last-day 2026-11-27 -q)
cli_status(forecast -w demo.stdb --threads 2 -q)

section("The policy of every item-site, and one item with the explanation of each number")
cli(policy -w demo.stdb -q --export policy.csv)
show_file(policy.csv)
cli(policy -w demo.stdb -q --item SKU-000001 --site DC-NORTH)

section("Scenarios: fill rate 0.99 for A items; lead times of one site up by half")
cli(scenario create high-a -w demo.stdb --change "scope=abc:A,service=0.99,service-type=fill-rate" --description "A items at 99 % fill rate")
cli(scenario create slow-north -w demo.stdb --change "scope=site:DC-NORTH,lead-time-factor=1.5" --change "scope=all,holding-rate=0.2")
cli(scenario list -w demo.stdb)
cli(scenario run base -w demo.stdb -q)
cli(scenario run high-a -w demo.stdb -q)
cli(scenario run slow-north -w demo.stdb -q)
cli(scenario compare high-a slow-north -w demo.stdb --export compare.csv)
show_file(compare.csv)
cli(scenario compare high-a -w demo.stdb --json)

section("Rename, duplicate, promote and delete")
cli(scenario rename slow-north north-slow -w demo.stdb)
cli(scenario duplicate north-slow north-copy -w demo.stdb)
cli(scenario delete north-copy -w demo.stdb)
cli(scenario promote high-a -w demo.stdb)
cli(scenario list -w demo.stdb)

section("Simulation of the base policy: achieved service per demand class")
cli(simulate -w demo.stdb -q --replications 20 --threads 2)

section("Refusals: bad change, unknown scenario, base not deletable, bad site, bad simulation options")
cli(scenario create bad -w demo.stdb --change "scope=abc:Q,service=0.9")
cli(scenario create bad -w demo.stdb --change "service=1.5")
cli(scenario run nothing -w demo.stdb)
cli(scenario delete base -w demo.stdb)
cli(policy -w demo.stdb --site NOWHERE)
cli(simulate -w demo.stdb --periods 10 --warm-up 20)
cli(simulate -w demo.stdb --scenario nothing)
cli(simulate -w demo.stdb --replications 0)
