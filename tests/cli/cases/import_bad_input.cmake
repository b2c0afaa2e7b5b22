# Bad input: each problem is reported with file, line, column and field, the command exits 1
# and the workspace is unchanged (info --json before and after). Usage errors exit 2.
if(NOT SQLITE3 OR NOT TRUNCATE)
  skip_case("this case needs the sqlite3 shell and truncate")
endif()

section("A workspace with sites and items")
cli(init -w ws.stdb)
cli(import sites data/sites.csv -q -w ws.stdb)
cli(import items data/items.csv -q -w ws.stdb)
cli_keep(before info --json -w ws.stdb)

section("Malformed CSV: unterminated quote")
cli(import demand data/bad_quote.csv -w ws.stdb)

section("Wrong delimiter forced: ';' on a ',' file")
cli(import demand data/demand.csv --delimiter SEMICOLON -w ws.stdb)

section("A required column is missing")
cli(import demand data/bad_missing_column.csv -w ws.stdb)

section("Text in a number field")
cli(import demand data/bad_number.csv -w ws.stdb)
cli(import demand data/bad_number.csv --json -w ws.stdb)

section("Unknown item")
cli(import demand data/bad_unknown_item.csv -w ws.stdb)

section("Duplicate key within the file")
cli(import demand data/bad_duplicate.csv -w ws.stdb)

section("Ambiguous date column (every value fits DD/MM/YYYY and MM/DD/YYYY)")
cli(import demand data/demand_dmy.csv -w ws.stdb)

section("Nothing above changed the workspace")
cli_keep(after info --json -w ws.stdb)
expect_same("info --json before and after the rejected imports" before after)
cli(check -w ws.stdb)

section("The ambiguous file, with the date format given")
cli(import demand data/demand_dmy.csv --date-format DD/MM/YYYY -w ws.stdb)
cli_keep(before info --json -w ws.stdb)

section("A file that is not a workspace, renamed .stdb")
cli(info -w data/not_a_workspace.stdb)
cli(import demand data/demand.csv -w data/not_a_workspace.stdb)
tool("${SQLITE3}" other.stdb "CREATE TABLE t(x)")
cli(info -w other.stdb)

section("A truncated workspace")
cli(backup truncated.stdb -q -w ws.stdb)
truncate_to_half(truncated.stdb)
cli(info -w truncated.stdb)
cli(check -w truncated.stdb)
cli(import demand data/demand.csv -w truncated.stdb)

section("A workspace from a newer version: readable, not writable")
cli(backup newer.stdb -q -w ws.stdb)
tool("${SQLITE3}" newer.stdb "PRAGMA user_version = 999")
cli_keep(newer_before info --json -w newer.stdb)
cli(info -w newer.stdb)
cli(import sites data/sites.csv -w newer.stdb)
cli(export sites newer-sites.csv -w newer.stdb)
cli_keep(newer_after info --json -w newer.stdb)
expect_same("info --json of the newer workspace before and after" newer_before newer_after)

section("A workspace from an older version: reading commands say how to upgrade it; upgrade keeps a backup")
# Format 0: a file marked as a StockTower workspace (application_id "STKT") before any schema.
tool("${SQLITE3}" older.stdb "PRAGMA application_id = 1398033236")
cli(info -w older.stdb)
cli(export sites older-sites.csv -w older.stdb)
cli(upgrade -w older.stdb)
show_exists(older.v0-backup.stdb)
cli(upgrade -w older.stdb)
cli(info -w older.stdb)
cli(upgrade --json -w newer.stdb)

section("Export into a folder that does not exist")
cli(export items no-such-folder/items.csv -w ws.stdb)
show_exists(no-such-folder)

section("Usage errors: exit 2")
cli(import widgets data/demand.csv -w ws.stdb)
cli(export widgets widgets.csv -w ws.stdb)
cli(info)
cli(import demand data/demand.csv)
cli(import demand data/no-such-file.csv -w ws.stdb)
cli(import demand data/demand.csv --delimiter x -w ws.stdb)
cli(import demand data/demand.csv --date-format YY.MM.DD -w ws.stdb)
cli(frobnicate -w ws.stdb)

section("Still unchanged")
cli_keep(after info --json -w ws.stdb)
expect_same("info --json before and after the failed commands" before after)
