"""What a file is, judged by its content rather than its name."""

from __future__ import annotations

import codecs
import re

VCARD, ICALENDAR, CSV, UNKNOWN, EMPTY = "vcard", "icalendar", "csv", "unknown", "empty"

_BEGIN = re.compile(rb"^\s*(?:[\w-]+\.)?BEGIN\s*:\s*(VCARD|VCALENDAR)\b", re.IGNORECASE | re.MULTILINE)
_CSV_HEADER = re.compile(rb"^[^\r\n]*[,;\t][^\r\n]*[\r\n]", re.MULTILINE)


def to_utf8_if_utf16(head: bytes) -> bytes:
    """UTF-16 (with a BOM, or given away by NUL bytes) re-encoded as UTF-8; other bytes unchanged."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", errors="replace").encode("utf-8")
    if len(head) >= 4 and head[1:2] == b"\0" and head[3:4] == b"\0":
        return head.decode("utf-16-le", errors="replace").encode("utf-8")
    if len(head) >= 4 and head[0:1] == b"\0" and head[2:3] == b"\0":
        return head.decode("utf-16-be", errors="replace").encode("utf-8")
    return head


def sniff(head: bytes) -> str:
    """The kind of the first few kilobytes of a file: vcard, icalendar, csv, empty or unknown."""
    text = to_utf8_if_utf16(head).removeprefix(codecs.BOM_UTF8)
    if not text.strip():
        return EMPTY
    found = _BEGIN.search(text)
    if found:
        return VCARD if found.group(1).upper() == b"VCARD" else ICALENDAR
    if _CSV_HEADER.match(text.lstrip()):
        return CSV
    return UNKNOWN
