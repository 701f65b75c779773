"""The names the command line's parser shows for the lists and their conditions, without the queries behind
them: `rapport --help` and every command's start-up read this, not peewee and the models (about 30 ms)."""

from __future__ import annotations

CUSTOM_PREFIX = "custom:"  # a custom field's column: "custom:KEY"
OPERATORS = ("is", "is_not", "contains", "less", "more", "empty", "filled")
# A list and the kind it lists. (The deals list is seen through a status, a pipeline and an owner a segment
# does not hold: its members would not be what the list showed.)
LISTS = {"contacts": "contact", "accounts": "account"}
