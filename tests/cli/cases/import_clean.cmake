# Clean imports of every record type, synonym headers, a ';' file with decimal commas, then
# the repeated import of the same file (refused without --force, skipped rows with it).
section("A new workspace")
cli(init -w ws.stdb)

section("Master data")
cli(import sites data/sites.csv -w ws.stdb)
# Headers "Item Code", "Name", "EAN", "Product Group", "Cost", "Pack Size", "Lead Time", "Vendor"
cli(import items data/items.csv -w ws.stdb)
# ';' delimiter, decimal comma, a quoted ';' inside a value
cli(import items data/items_eu.csv -w ws.stdb)
cli(import locations data/locations.csv -w ws.stdb)
cli(import item_sites data/item_sites.csv -w ws.stdb)

section("Transactions")
cli(import demand data/demand.csv -w ws.stdb)
cli(import on_hand data/on_hand.csv -w ws.stdb)
cli(import purchase_orders data/purchase_orders.csv -w ws.stdb)
cli(import receipts data/receipts.csv -w ws.stdb)
cli(import orders data/orders.csv -w ws.stdb)

section("What the workspace holds now")
cli(info -w ws.stdb)
cli(info --json -w ws.stdb)

section("The same demand file again: already imported, nothing done, exit 0")
cli(import demand data/demand.csv -w ws.stdb)

section("With --force: every row read, all already present and skipped")
cli(import demand data/demand.csv --force -w ws.stdb)
cli(import demand data/demand.csv --force --json -w ws.stdb)
# Same row counts; "imports" counts the two forced runs.
cli(info --json -w ws.stdb)
cli(check -w ws.stdb)
