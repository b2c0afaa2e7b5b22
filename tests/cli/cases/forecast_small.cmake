# A forecast run over a small deterministic demo workspace, stored and shown per item; then a
# monthly run with another method, and the refusals. Oracle: the reviewed transcript (timings
# are placeholders); the numbers themselves are checked by the core tests.
section("A small demo workspace")
cli_status(demo --out demo.stdb --items 12 --sites 2 --years 2 --seed 7 --last-day 2026-11-27 -q)

section("Weekly auto forecast on 2 threads, then one item at one site")
cli(forecast -w demo.stdb --threads 2)
cli(forecast show -w demo.stdb --item SKU-000003 --site DC-NORTH --tail 4)

section("Monthly simple exponential smoothing, 3 months, then one item at every site")
cli(forecast -w demo.stdb --bucket month --horizon 3 --method ses --threads 1 -q)
cli(forecast show -w demo.stdb --item SKU-000003 --tail 2)

section("Refusals: bad horizon (usage), unknown method, unknown item")
cli(forecast -w demo.stdb --horizon 0)
cli(forecast -w demo.stdb --method best-guess)
cli(forecast show -w demo.stdb --item NO-SUCH-SKU)
