"""The fields a CSV column can be mapped to: read by the command line's help without loading the reader."""

from __future__ import annotations

NAME_FIELDS = ("given", "family", "additional", "prefix", "suffix", "display_name", "nickname")
TEXT_FIELDS = (*NAME_FIELDS, "job_title", "department", "organisation", "notes")
DATE_FIELDS = ("birthday", "anniversary")
PART_FIELDS = ("email", "phone", "url", "related", "date")
ADDRESS_FIELDS = ("street", "locality", "region", "postal_code", "country", "po_box", "extended")
# What a column can be mapped to. "" in a mapping leaves a column out altogether.
FIELDS = (*TEXT_FIELDS, *DATE_FIELDS, *PART_FIELDS, *ADDRESS_FIELDS, "tags")
