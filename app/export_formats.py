"""The export formats, as `rapport export --format` and the export dialog name them: a list the command
line's parser reads without loading the writers (app/exporting.py)."""

from __future__ import annotations

EXPORT_FORMATS = ("vcard4", "vcard3", "csv-google", "csv-outlook", "ics")
