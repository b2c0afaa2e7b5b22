# ABC/XYZ segmentation of a small deterministic demo workspace: the matrix and class summaries
# per site, one site, across sites, JSON, the CSV list and count schedule, and the refusals
# (usage errors, exit code 2). Oracle: the reviewed transcript; the classification rules
# themselves are checked against hand computations by tests/core/test_segmentation*.cpp.
section("A small demo workspace")
cli_status(demo --out demo.stdb --items 12 --sites 2 --years 2 --seed 7 --last-day 2026-11-27 -q)

section("Each site ranked on its own by usage value; the list and the count schedule as CSV")
cli(segment -w demo.stdb -q --export segments.csv --count-plan counts.csv)
show_file(segments.csv)
show_file(counts.csv)

section("One site by picks, Netstock cut-offs, monthly CV with the 10-25 preset, as JSON")
cli(segment -w demo.stdb --site DC-NORTH --basis picks --cutoffs 80,16,4 --xyz-preset 10-25 --xyz-period month --json)

section("Items across all sites by units, thresholds 0.3 and 0.6, 26 weeks to 2026-09-30")
cli(segment -w demo.stdb -q --across-sites --basis units --xyz 0.3,0.6 --window-weeks 26 --today 2026-09-30)

section("By margin; counts 12/4/1 a year from the week of 2026-12-01, weeks 52, 53 and 1 closed")
cli(segment -w demo.stdb -q --basis margin --count-freq 12,4,1 --count-start 2026-12-01 --closed-weeks 52,53,1)

section("Refusals: cut-offs not adding up or negative, unknown basis, site or preset, conflicting options")
cli(segment -w demo.stdb --cutoffs 80,15,10)
cli(segment -w demo.stdb --cutoffs 90,15,-5)
cli(segment -w demo.stdb --cutoffs 80-15-5)
cli(segment -w demo.stdb --basis revenue)
cli(segment -w demo.stdb --site NOWHERE)
cli(segment -w demo.stdb --xyz-preset loose)
cli(segment -w demo.stdb --xyz 0.5,0.25)
cli(segment -w demo.stdb --xyz-preset 25-50 --xyz 0.2,0.4)
cli(segment -w demo.stdb --site DC-NORTH --across-sites)
cli(segment -w demo.stdb --count-freq 60,2,1)
