# The inventory calculator against the reference oracles (shared/reference/inventory.md rows 3,
# 5, 8, 10, 11, 12 and 1/9), as a planner would type them, and its refusals (exit 2).

section("Row 3: safety stock with lead-time variability, z = 1.28 as published (SS 153.94)")
cli(calc safety-stock --demand-mean 30 --demand-sd 3 --lead-time 7 --lead-time-sd 4 --z 1.28)

section("Row 3 with a 90 % cycle service level instead of the rounded z")
cli(calc safety-stock --demand-mean 30 --demand-sd 3 --lead-time 7 --lead-time-sd 4 --service 0.90 --json)

section("Row 5: evaluate ROP 6,000 and Q 10,000 (ss 1,000, CSL 0.9214, ESC 25.13, fill rate 0.9975)")
cli(calc fill-rate --demand-mean 2500 --demand-sd 500 --lead-time 2 --reorder-point 6000 --order-quantity 10000)
cli(calc fill-rate --demand-mean 2500 --demand-sd 500 --lead-time 2 --reorder-point 6000 --order-quantity 10000 --json)

section("Row 8: (R,S) periodic review, T = 4, L = 2 (σ 1,225, ss 1,570, order-up-to 16,570)")
cli(calc safety-stock --demand-mean 2500 --demand-sd 500 --lead-time 2 --review-period 4 --service 0.90)

section("Row 10: fill-rate target 0.99 with Q = 10,000 (G 0.1414, k 0.706, ss 499)")
cli(calc safety-stock --demand-mean 2500 --demand-sd 500 --lead-time 2 --service 0.99 --service-type fill-rate --order-quantity 10000)

section("A slow mover: Poisson demand chosen by class (d = 2, L = 3, CSL 0.90 → ROP 9)")
cli(calc safety-stock --demand-mean 2 --demand-sd 1.4 --lead-time 3 --service 0.90 --distribution auto --demand-class intermittent)

section("Row 11: EOQ (Q* 304.05, cost 68.41), then rounded to multiples of 12 (312)")
cli(calc eoq --demand-rate 1300 --order-cost 8 --holding-cost 0.225)
cli(calc eoq --demand-rate 1300 --order-cost 8 --unit-cost 0.75 --holding-rate 0.3 --moq 250 --multiple 12)

section("Row 12: all-units discount (Q 800, cost 978.60)")
cli(calc eoq --demand-rate 1300 --order-cost 8 --holding-rate 0.3 --breaks "0:0.75,400:0.72,800:0.68")
cli(calc eoq --demand-rate 1300 --order-cost 8 --holding-rate 0.3 --breaks "0:0.75,400:0.72,800:0.68" --json)

section("Rows 1 and 9: z ↔ level and the loss function")
cli(calc service --level 0.95)
cli(calc service --loss-k 0.3)
cli(calc service --loss-value 0.1414)

section("Refusals: usage errors, exit 2")
cli(calc safety-stock --demand-mean 30 --demand-sd -3 --lead-time 7 --service 0.9)
cli(calc safety-stock --demand-mean 30 --demand-sd 3 --lead-time 7 --service 1.2)
cli(calc safety-stock --demand-mean 30 --demand-sd 3 --lead-time 0 --service 0.9)
cli(calc safety-stock --demand-mean 30 --demand-sd 3 --lead-time 7 --service 0.98 --service-type fill-rate)
cli(calc safety-stock --demand-mean 30 --demand-sd 3 --lead-time 7 --service 0.9 --service-type type2)
cli(calc safety-stock --demand-mean 30 --demand-sd 3 --lead-time 7)
cli(calc safety-stock --demand-mean 30 --lead-time 7 --service 0.9)
cli(calc safety-stock --demand-mean 30 --demand-sd 3 --lead-time 7 --service 0.9 --z 1.28)
cli(calc fill-rate --demand-mean 2500 --demand-sd 500 --lead-time 2 --reorder-point 6000 --order-quantity 0)
cli(calc eoq --demand-rate 1300 --order-cost 8)
cli(calc eoq --demand-rate 1300 --order-cost 8 --holding-cost 0.225 --breaks "0:0.75,400")
cli(calc service --level 0.9 --z 1.2)
cli(calc service --loss-value -1)
