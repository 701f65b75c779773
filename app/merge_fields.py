"""The scalar fields a merge can take from either contact (app/duplicates.py): named in the command
line's help, which is built before the duplicates finder is loaded. "photo" brings its type and URI along."""

from __future__ import annotations

CHOOSABLE = (
    "prefix", "given", "additional", "family", "suffix", "display_name", "nickname", "job_title",
    "department", "birthday", "anniversary", "photo", "notes",
)
