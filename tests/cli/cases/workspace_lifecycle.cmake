# A workspace from creation to backup: init, the refusals, info (text and JSON), check, backup.
section("Create a workspace (absolute path: shown as <TMP>)")
cli(init -w "${WORK}/ws.stdb")

section("init refuses to overwrite an existing file")
cli(init -w "${WORK}/ws.stdb")

section("Summary, as text and as JSON")
cli(-w ws.stdb info)
cli(info --json -w ws.stdb)

section("Integrity check")
cli(check -w ws.stdb)
cli(check --json -w ws.stdb)

section("Backup, then a backup onto the existing copy (refused)")
cli(backup ws-copy.stdb -w ws.stdb)
cli(backup ws-copy.stdb -w ws.stdb)
cli(info --json -w ws-copy.stdb)
