"""What a file is, judged by its content rather than its name.

Linear in what it looks at: a line at a time, each with an anchored pattern that cannot backtrack
over more than its own line (64 KB of blank lines or of commas took minutes with one pattern over
the whole head)."""

from __future__ import annotations

import codecs
import re

VCARD, ICALENDAR, CSV, UNKNOWN, EMPTY = "vcard", "icalendar", "csv", "unknown", "empty"

_LINE_END = re.compile(rb"\r\n|\r|\n")
_CONTENT = re.compile(rb"\S")
_BEGIN = re.compile(rb"[ \t\f\v]*(?:[\w-]+\.)?BEGIN[ \t\f\v]*:[ \t\f\v]*(VCARD|VCALENDAR)\b", re.IGNORECASE)
_DELIMITERS = (b",", b";", b"\t")


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
    """The kind of the first few kilobytes of a file: vcard, icalendar, csv, empty or unknown. A first
    line with a delimiter is a CSV header, also when `head` ends before its line does (a header longer
    than the bytes looked at)."""
    text = to_utf8_if_utf16(head).removeprefix(codecs.BOM_UTF8)
    if not text.strip():
        return EMPTY
    first = b""
    position = 0
    while found := _CONTENT.search(text, position):  # the lines with something on them
        start = max(text.rfind(b"\n", position, found.start()), text.rfind(b"\r", position, found.start())) + 1
        end_of_line = _LINE_END.search(text, found.start())
        end = end_of_line.start() if end_of_line else len(text)
        line = text[max(start, position) : end]
        first = first or line.lstrip()
        begin = _BEGIN.match(line)
        if begin:
            return VCARD if begin.group(1).upper() == b"VCARD" else ICALENDAR
        if end_of_line is None:
            break
        position = end_of_line.end()
    if any(delimiter in first for delimiter in _DELIMITERS):
        return CSV
    return UNKNOWN
