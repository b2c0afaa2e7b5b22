# The CSV templates: all record types as text, and one as JSON.
section("All templates")
cli(templates)

section("One template as JSON")
cli(templates items --json)

section("Unknown record type: usage error")
cli(templates widgets)
