"""A tolerant iCalendar (RFC 5545) reader and a writer: bytes in, one meeting, task or journal entry
at a time out; meetings and tasks in, a VCALENDAR out.

What real programs write, and how it is read:
- a UTF-8 BOM, UTF-16, else UTF-8, else the Windows code page the text reads best in (with a warning);
- any line ending (CRLF, LF, the CR CR LF of some exports, bare CRs), folds with a space or a TAB,
  a continuation line that is only a space, empty lines between components (a warning);
- several VCALENDARs in one file, content after END:VCALENDAR;
- time zones: IANA names, Windows names (W. Europe Standard Time), libical's
  /freeassociation.sourceforge.net/... prefixes and X-LIC-LOCATION are read as IANA zones; a
  calendar's own VTIMEZONE (Outlook's "Canberra, Melbourne, Sydney") converts the times and is kept
  with the record; an empty TZID, a VTIMEZONE that comes after its events, TZID with a UTC "Z";
- values: an empty PRIORITY or CLASS, escaped ';' inside an RRULE, a space after the ':', dates
  written with a "Z", both DTEND and DURATION, several RRULEs, iTIP messages without a DTSTART.

A broken component becomes a Rejected record naming its number (its position among the components
of the file, VTIMEZONEs included), its line and the reason; the components around it are read as
usual. Whatever Rapport does not model is kept verbatim (CalendarProperty) and written back.
icalendar (the library) builds time zones from VTIMEZONEs, for both reading and writing; the
content lines are read here, because line numbers and verbatim values are needed.
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import re
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, BinaryIO
from zoneinfo import ZoneInfo

from app.activities import (
    FLOATING,
    ActivityData,
    ActivityRecord,
    Alarm,
    CalendarProperty,
    iana_zones,
    kept_timezones,
    rule_problem,
    unescape_tzid,
)
from app.formats import detect
from app.formats.legacy_text import guess_encoding
from app.formats.vcard import cannot_read, unescape
from app.links import Link
from app.messages import QT_TRANSLATE_NOOP, Said, message_of, said
from app.tasks import TaskData, TaskRecord, next_due

PRODID = "-//Rapport//Rapport CRM//EN"
INSTANCE_MARK = ";RECURRENCE-ID="  # joins a UID and the RECURRENCE-ID of a detached instance into a record uid
MEETING, TASK, NOTE = "meeting", "task", "note"
# Levels of components a record may have, itself included (real ones have 3: VEVENT, VALARM, and a
# VTIMEZONE's STANDARD). Deeper ones are rejected before anything walks them (icalendar's copy of a
# VTIMEZONE recurses once per level).
MAX_DEPTH = 20
REMINDER_MARK = "X-RAPPORT-REMINDER"  # the VALARM that carries a task's own reminder_at
# A meeting's or task's links to the records it is about, by UID (the README lists Rapport's properties).
LINK_PROPERTY = {"contact": "X-RAPPORT-CONTACT", "account": "X-RAPPORT-ACCOUNT", "deal": "X-RAPPORT-DEAL",
                 "lead": "X-RAPPORT-LEAD"}
LINK_KIND = {name: kind for kind, name in LINK_PROPERTY.items()}
# A call, e-mail or note is a VJOURNAL (a plain client shows it as a journal entry on its day); what kind
# of activity it is, how it went and how long it took travel in Rapport's own properties.
OWNER = "X-RAPPORT-OWNER"  # who does a task (a deal's owner: app/formats/ical_deals.py)
ACTIVITY_KIND, OUTCOME, MINUTES = "X-RAPPORT-KIND", "X-RAPPORT-OUTCOME", "X-RAPPORT-DURATION"
JOURNAL_KINDS = ("call", "email", "note")

_HEAD = 65536
_NAME = re.compile(r"^[A-Za-z0-9-]+$")
_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(Z?)$", re.IGNORECASE)
_DATETIME = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$", re.IGNORECASE)
_DURATION = re.compile(r"^([+-]?)P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$", re.IGNORECASE)
_OFFSET = re.compile(r"^[+-](\d{2})(\d{2})(\d{2})?$")
_RECORDS = {"VEVENT": MEETING, "VTODO": TASK, "VJOURNAL": NOTE}
_TOP_LEVEL = {"VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE", "VAVAILABILITY"}
_UNSUPPORTED = {
    "VFREEBUSY": said(QT_TRANSLATE_NOOP("Services", "a VFREEBUSY (free/busy times)")),
    "VAVAILABILITY": said(QT_TRANSLATE_NOOP("Services", "a VAVAILABILITY (available times)")),
}
# Properties whose empty value means nothing (an empty TEXT value, on the other hand, is a value).
_NOT_EMPTY = {"CLASS", "PRIORITY", "STATUS", "TRANSP", "GEO", "SEQUENCE", "DTSTAMP", "CREATED", "LAST-MODIFIED",
              "URL", "ORGANIZER", "ATTENDEE", "RRULE", "RDATE", "EXDATE", "DUE", "COMPLETED", "PERCENT-COMPLETE",
              "DTSTART", "DTEND", "DURATION", "RECURRENCE-ID", "TRIGGER", "REPEAT", "UID", "RELATED-TO"}
_TEXT_FIELDS = ("SUMMARY", "DESCRIPTION", "LOCATION")  # kept beside their field when they have parameters
_TASK_STATUS = {"NEEDS-ACTION": "needs-action", "IN-PROCESS": "in-process", "COMPLETED": "completed",
                "CANCELLED": "cancelled"}
_TIMEZONE_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError)
# The longer messages (a template is one literal, and a line has room for it only here).
_NOT_VALID = QT_TRANSLATE_NOOP("Services", "%1 %2 is not valid (%3); left it out")
_NOT_A_DATE = QT_TRANSLATE_NOOP(
    "Services", "%1 %2 is not a date or a date and time (YYYYMMDD or YYYYMMDDTHHMMSS)")
_DATE_WITH_Z = QT_TRANSLATE_NOOP("Services", "%1 %2 is a date with a 'Z'; read it as the date")
_UNKNOWN_ZONE = QT_TRANSLATE_NOOP(
    "Services",
    "the time zone %1 is neither defined in the file nor known; read the time as a floating (local) time")
_UNKNOWN_ZONE_KEPT = QT_TRANSLATE_NOOP(
    "Services", "%1 uses the time zone %2, which is neither defined in the file nor known; kept it as it was")
_ONE_WITHOUT_UID = QT_TRANSLATE_NOOP(
    "Services", "it got one made from its content, so importing the file again finds the same records")
_SEVERAL_WITHOUT_UID = QT_TRANSLATE_NOOP(
    "Services", "each got one made from its content, so importing the file again finds the same records")
_RECURRENCE_DATE = QT_TRANSLATE_NOOP(
    "Services",
    "RECURRENCE-ID is a date but the recurring event starts at a date and time (RFC 5545 wants the same type)")
_RECURRENCE_TIME = QT_TRANSLATE_NOOP(
    "Services",
    "RECURRENCE-ID is a date and time but the recurring event starts at a date (RFC 5545 wants the same type)")


_BOTH = QT_TRANSLATE_NOOP("Services", "%1; %2")  # two messages in one sentence


def _left_out(reason: str) -> Said:
    """`reason` (a message), and that the value was left out."""
    return said(QT_TRANSLATE_NOOP("Services", "%1; left it out"), reason)


class ICalFileError(Exception):
    """The file as a whole cannot be read as iCalendar (empty, contacts, not a calendar at all)."""


@dataclass(frozen=True)
class Rejected:
    number: int
    line: int
    reason: str

    def __str__(self) -> str:
        return f"record {self.number} (line {self.line}): {self.reason}"


@dataclass(frozen=True)
class Notice:
    """A warning about the file; number 0 when it concerns no component."""

    line: int
    text: str
    number: int = 0

    def __str__(self) -> str:
        where = f"record {self.number}, line {self.line}" if self.number else f"line {self.line}"
        return f"{where}: {self.text}"


@dataclass
class Entry:
    """One meeting (VEVENT), task (VTODO) or journal entry (VJOURNAL, a note), mapped."""

    number: int
    line: int
    kind: str  # MEETING, TASK or NOTE
    uid: str  # the calendar's UID (made from the content when it had none)
    key: str  # the record's uid in Rapport: the UID, or UID + INSTANCE_MARK + RECURRENCE-ID
    data: ActivityData | TaskData
    completed_at: datetime | None = None  # COMPLETED of a task, naive UTC
    sequence: int = 0
    dtstamp: datetime | None = None
    method: str = ""  # the calendar's iTIP METHOD (REQUEST, REPLY, CANCEL, ...) or ""
    has_start: bool = True  # False: an iTIP message without DTSTART (its DTSTAMP stands in)
    warnings: list[tuple[int, str]] = field(default_factory=list)  # (line, text)


@dataclass(frozen=True)
class DealText:
    """A deal's VTODO (X-RAPPORT-KIND:deal), whole: app/formats/ical_deals.py reads it (a deal is not a task)."""

    number: int
    line: int
    text: str  # a VCALENDAR holding just this VTODO


Item = Entry | Rejected | Notice | DealText


def read(stream: BinaryIO) -> Iterator[Item]:
    """Every component of an iCalendar file, in order (a component whose VTIMEZONE comes later in its
    calendar waits for it). Raises ICalFileError when the file is not a calendar at all."""
    head = stream.read(_HEAD)
    kind = detect.sniff(head)
    if kind == detect.EMPTY:
        raise ICalFileError(said(QT_TRANSLATE_NOOP("Services", "the file is empty")))
    if kind == detect.VCARD:
        raise ICalFileError(said(QT_TRANSLATE_NOOP(
            "Services", "this is a vCard file (contacts, BEGIN:VCARD), not a calendar: import it as contacts")))
    if kind != detect.ICALENDAR:
        raise ICalFileError(said(QT_TRANSLATE_NOOP(
            "Services", "this is not an iCalendar file: it has no BEGIN:VCALENDAR")))
    yield from _Reader().items(_numbered(_byte_lines(head, stream)))


def instance_key(uid: str, recurrence_id: date | datetime | None) -> str:
    """The record uid of a meeting: its UID, or for a detached instance UID + RECURRENCE-ID (a uid is
    unique in Rapport, and the instances of a recurring meeting share the master's UID)."""
    return uid if recurrence_id is None else f"{uid}{INSTANCE_MARK}{recurrence_id.isoformat()}"


def calendar_uid(key: str) -> str:
    """The iCalendar UID of a record uid made by instance_key()."""
    return key.rpartition(INSTANCE_MARK)[0] or key


# === lines ====================================================================================


def _byte_lines(head: bytes, stream: BinaryIO) -> Iterator[bytes]:
    """The file's lines, line ends removed; UTF-16 re-encoded as UTF-8; bare CR line ends too."""
    utf16 = _utf16_codec(head)
    if utf16:
        text = (head + stream.read()).decode(utf16, errors="replace").lstrip("\ufeff")
        yield from (line.encode("utf-8") for line in re.split(r"\r\n|\r|\n", text))
        return
    if b"\n" not in head and b"\r" in head:  # classic Mac OS: CR alone ends a line
        yield from (head + stream.read()).split(b"\r")
        return
    pieces = head.split(b"\n")
    tail = pieces.pop()
    for piece in pieces:
        yield piece.rstrip(b"\r")
    rest = tail + stream.readline()
    if rest:
        yield rest.rstrip(b"\r\n")
    for line in stream:  # a loop, not `yield from`: closing this generator must not close the caller's file
        yield line.rstrip(b"\r\n")


def _utf16_codec(head: bytes) -> str | None:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(head) >= 4 and head[1:2] == b"\0" and head[3:4] == b"\0":
        return "utf-16-le"
    if len(head) >= 4 and head[0:1] == b"\0" and head[2:3] == b"\0":
        return "utf-16-be"
    return None


def _numbered(lines: Iterable[bytes]) -> Iterator[tuple[int, bytes]]:
    for number, line in enumerate(lines, start=1):
        yield number, line.removeprefix(codecs.BOM_UTF8) if number == 1 else line


def _unfold(lines: Iterable[tuple[int, bytes]], blanks: list[int]) -> Iterator[tuple[int, bytes]]:
    """Logical lines (first line number, bytes): folds undone on bytes (a fold may split a UTF-8
    character). Empty lines are skipped and the numbers of the first twelve collected in `blanks`."""
    current: list[bytes] | None = None  # joined once: adding bytes to bytes copies them every time
    start = 0
    for number, line in lines:
        if current is not None and line[:1] in (b" ", b"\t"):
            current.append(line[1:])  # also a line of one space: an empty piece of a value
            continue
        if current is not None:
            yield start, b"".join(current)
            current = None
        if not line.strip():
            if len(blanks) < 12:  # the report names the first eleven (a file of them must not fill memory)
                blanks.append(number)
            continue
        current, start = [line], number
    if current is not None:
        yield start, b"".join(current)


def _begin_end(line: bytes | str) -> tuple[str, str]:
    """("BEGIN" | "END", the component name in upper case) for such a line, else ("", "")."""
    text = line.decode("utf-8", "replace") if isinstance(line, bytes) else line
    name, colon, value = text.partition(":")
    key = name.strip().upper()
    if colon and key in ("BEGIN", "END"):
        return key, value.strip().upper()
    return "", ""


# === properties and components ================================================================


class _LineError(Exception):
    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


@dataclass(frozen=True)
class _Prop:
    name: str  # upper case
    params: tuple[tuple[str, str], ...]  # (NAME upper case, value as written, quotes included)
    value: str  # as written: still escaped
    line: int

    def param(self, name: str) -> str | None:
        for key, value in self.params:
            if key == name:
                return value.strip('"')
        return None

    def kept(self) -> CalendarProperty:
        return CalendarProperty(self.name, self.value, self.params)

    def without(self, *names: str) -> _Prop:
        return replace(self, params=tuple((k, v) for k, v in self.params if k not in names))


@dataclass
class _Component:
    name: str
    line: int
    props: list[_Prop] = field(default_factory=list)
    children: list[_Component] = field(default_factory=list)
    text: list[str] = field(default_factory=list)  # its unfolded lines, BEGIN to END

    def first(self, name: str) -> _Prop | None:
        return next((p for p in self.props if p.name == name), None)


def _split_quoted(text: str, separator: str) -> list[str]:
    """Split on separators outside double quotes; "\\;" stays (iOS escapes ';' in X-TITLE=...)."""
    parts, current, quoted = [], "", False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == separator and not quoted and not current.endswith("\\"):
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    return parts


def _parse_line(text: str, line: int, warnings: list[tuple[int, str]]) -> _Prop:
    """NAME;PARAM=value;...:value, split at the first ':' that is not inside a quoted parameter."""
    quoted = False
    for index, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            header, value = text[:index], text[index + 1 :]
            break
    else:
        if quoted:
            raise _LineError(line, said(QT_TRANSLATE_NOOP(
                "Services", "line %1: a parameter value has an opening quote but no closing one"), line))
        raise _LineError(line, said(QT_TRANSLATE_NOOP(
            "Services", "line %1 is not a property: no ':' after a name (%2)"), line, _preview(text)))
    name, *pieces = _split_quoted(header, ";")
    name = name.strip()
    if not _NAME.match(name):
        raise _LineError(line, said(QT_TRANSLATE_NOOP("Services", "line %1: %2 is not a property name"),
                                    line, _preview(name)))
    params: list[tuple[str, str]] = []
    for piece in pieces:
        key, equals, param_value = piece.partition("=")
        if not piece.strip():
            warnings.append((line, said(QT_TRANSLATE_NOOP(
                "Services", "%1 has an empty parameter (';;' or ';:'); ignored it"), name.upper())))
        elif not equals or not _NAME.match(key.strip()):
            raise _LineError(line, said(QT_TRANSLATE_NOOP(
                "Services", "line %1: %2 has a parameter %3 that is not NAME=value"),
                line, name.upper(), _preview(piece)))
        else:
            params.append((key.strip().upper(), param_value.strip()))
    return _Prop(name.upper(), tuple(params), value, line)


def _preview(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:37] + "...")


def _tree(name: str, start: int, lines: list[tuple[int, str]], warnings: list[tuple[int, str]]) -> _Component:
    """The component from its lines (BEGIN and END of the component itself left out)."""
    root = _Component(name, start, text=[f"BEGIN:{name}"])
    stack = [root]
    for number, text in lines:
        key, value = _begin_end(text)
        for component in stack:
            component.text.append(text)
        if key == "BEGIN":
            child = _Component(value, number, text=[text])
            stack[-1].children.append(child)
            stack.append(child)
        elif key == "END" and len(stack) > 1:
            stack.pop()
        else:
            stack[-1].props.append(_parse_line(text, number, warnings))
    root.text.append(f"END:{name}")
    return root


# === the reader ===============================================================================


@dataclass
class _Raw:
    """A top-level component as it is read: its lines, until its END."""

    number: int
    line: int
    name: str
    lines: list[tuple[int, bytes]] = field(default_factory=list)
    open: list[tuple[str, int]] = field(default_factory=list)  # nested components begun, not ended
    problem: tuple[int, str] | None = None


@dataclass
class _Calendar:
    line: int
    method: str = ""
    version: str = ""
    wr_timezone: str = ""  # Google's X-WR-TIMEZONE: where floating times are


class _Reader:
    def __init__(self) -> None:
        self.number = 0
        self.zones = _Zones()
        self.mapper = _Mapper(self.zones)
        self.calendar: _Calendar | None = None
        self.calendars = 0
        self.codepage: str | None = None
        self.pending: list[tuple[_Component, int, _Calendar, list[tuple[int, str]]]] = []
        self.stray: tuple[int, str] | None = None

    def items(self, lines: Iterable[tuple[int, bytes]]) -> Iterator[Item]:
        blanks: list[int] = []
        raw: _Raw | None = None
        for number, line in _unfold(lines, blanks):
            if raw is not None:
                raw, items = self._inside(raw, number, line)
                yield from items
                continue
            yield from self._outside(number, line)
            key, value = _begin_end(line)
            if key == "BEGIN" and value != "VCALENDAR":
                self.number += 1
                raw = _Raw(self.number, number, value)
        yield from self._end_of_file(raw, blanks)

    # --- structure ---

    def _inside(self, raw: _Raw, number: int, line: bytes) -> tuple[_Raw | None, list[Item]]:
        """One line of an open top-level component: the component, or None when it ended."""
        key, value = _begin_end(line)
        if key == "BEGIN" and value in _TOP_LEVEL and raw.name in _RECORDS and not raw.open:
            # Two events in a row, the first without its END: reject the first, read the second.
            rejected = Rejected(raw.number, raw.line, said(QT_TRANSLATE_NOOP(
                "Services", "BEGIN:%1 at line %2 begins inside this %3: END:%4 is missing"),
                value, number, raw.name, raw.name))
            self.number += 1
            return _Raw(self.number, number, value), [rejected]
        if key == "BEGIN":
            raw.open.append((value, number))
            if len(raw.open) >= MAX_DEPTH and raw.problem is None:
                raw.problem = (raw.line, said(QT_TRANSLATE_NOOP("Services", "components nested deeper than %1"),
                                              MAX_DEPTH))
        elif key == "END" and raw.open and raw.open[-1][0] == value:
            raw.open.pop()
        elif key == "END" and not raw.open and value == raw.name:
            return None, list(self._finish(raw))
        elif key == "END" and value == "VCALENDAR":
            reason = said(QT_TRANSLATE_NOOP(
                "Services", "END:VCALENDAR at line %1 comes before END:%2: the component is not complete"),
                number, raw.name)
            rejected = Rejected(raw.number, *(raw.problem or (raw.line, reason)))
            return None, [rejected, *self._flush_pending(), *self._close_calendar()]
        elif key == "END":
            inner = raw.open[-1] if raw.open else (raw.name, raw.line)
            raw.problem = raw.problem or (number, said(QT_TRANSLATE_NOOP(
                "Services", "END:%1 at line %2 does not close BEGIN:%3 (line %4)"), value, number, inner[0], inner[1]))
        raw.lines.append((number, line))
        return raw, []

    def _outside(self, number: int, line: bytes) -> Iterator[Item]:
        """A line outside every component: BEGIN/END:VCALENDAR, a calendar property or a stray line."""
        key, value = _begin_end(line)
        if key == "BEGIN" and value == "VCALENDAR":
            yield from self._flush_stray()
            if self.calendar is not None:
                yield from self._flush_pending()
            self.calendar = _Calendar(number)
            self.calendars += 1
        elif key == "END" and value == "VCALENDAR" and self.calendar is not None:
            yield from self._flush_pending()
            yield from self._close_calendar()
        elif key == "BEGIN":
            yield from self._flush_stray()
            if self.calendar is None:
                yield Notice(number, said(QT_TRANSLATE_NOOP(
                    "Services", "BEGIN:%1 is outside BEGIN:VCALENDAR ... END:VCALENDAR; read it anyway"), value),
                    self.number + 1)
        elif self.calendar is not None and key == "":
            yield from self._calendar_property(number, line)
        else:
            yield from self._stray(number, line)

    def _stray(self, number: int, line: bytes) -> Iterator[Item]:
        """A line outside every calendar (or an END that closes nothing): a property is ignored with a
        warning (Podio writes one after END:VCALENDAR); anything else may be a lost record."""
        text = self._text(line)
        try:
            prop = _parse_line(text, number, [])
        except _LineError as exc:
            if self.stray is None:
                self.stray = (number, exc.reason)
            return
        if self.calendar is None:
            yield Notice(number, said(QT_TRANSLATE_NOOP(
                "Services", "%1 is outside BEGIN:VCALENDAR ... END:VCALENDAR; ignored it"), prop.name))
        else:
            yield Notice(number, said(QT_TRANSLATE_NOOP("Services", "%1 is in no component; ignored it"), prop.name))

    def _calendar_property(self, number: int, line: bytes) -> Iterator[Item]:
        assert self.calendar is not None
        warnings: list[tuple[int, str]] = []
        try:
            prop = _parse_line(self._text(line), number, warnings)
        except _LineError as exc:
            if self.stray is None:
                self.stray = (number, exc.reason)
            return
        yield from (Notice(n, text) for n, text in warnings)
        value = prop.value.strip()
        if prop.name == "METHOD":
            self.calendar.method = value.upper()
        elif prop.name == "VERSION":
            self.calendar.version = value
        elif prop.name == "X-WR-TIMEZONE" and value in iana_zones():
            self.calendar.wr_timezone = value

    def _close_calendar(self) -> Iterator[Item]:
        calendar, self.calendar = self.calendar, None
        if calendar is not None and calendar.version != "2.0":
            yield Notice(calendar.line, said(QT_TRANSLATE_NOOP(
                "Services", "the calendar says VERSION:%1; read it as iCalendar 2.0"), calendar.version)
                if calendar.version else
                said(QT_TRANSLATE_NOOP("Services", "the calendar has no VERSION; read it as iCalendar 2.0")))

    def _flush_stray(self) -> Iterator[Item]:
        if self.stray is not None:
            self.number += 1
            yield Rejected(self.number, *self.stray)
            self.stray = None

    def _end_of_file(self, raw: _Raw | None, blanks: list[int]) -> Iterator[Item]:
        if raw is not None:
            yield Rejected(raw.number, raw.line, said(QT_TRANSLATE_NOOP(
                "Services", "the file ends before the END of BEGIN:%1 (line %2): it may be cut short"),
                raw.open[-1][0], raw.open[-1][1]) if raw.open else said(QT_TRANSLATE_NOOP(
                    "Services", "the file ends before the END of BEGIN:%1: it may be cut short"), raw.name))
        yield from self._flush_pending()
        yield from self._flush_stray()
        notice = self.mapper.uid_notice()
        if notice is not None:
            yield notice
        if self.calendar is not None:
            if raw is None:
                yield Notice(self.calendar.line, said(QT_TRANSLATE_NOOP(
                    "Services", "the calendar has no END:VCALENDAR (the file may be cut short)")))
            yield from self._close_calendar()
        if blanks:
            if len(blanks) > 1:
                more = ", ".join(map(str, blanks[1:11])) + (", ..." if len(blanks) > 11 else "")
                yield Notice(blanks[0], said(QT_TRANSLATE_NOOP(
                    "Services", "an empty line, which iCalendar does not allow; skipped (also at line %1)"), more))
            else:
                yield Notice(blanks[0], said(QT_TRANSLATE_NOOP(
                    "Services", "an empty line, which iCalendar does not allow; skipped")))
        if self.calendars == 0:
            raise ICalFileError(said(QT_TRANSLATE_NOOP(
                "Services", "this is not an iCalendar file: no line is BEGIN:VCALENDAR")))

    # --- one component ---

    def _finish(self, raw: _Raw) -> Iterator[Item]:
        if raw.problem:
            yield Rejected(raw.number, raw.problem[0], raw.problem[1])
            return
        warnings: list[tuple[int, str]] = []
        try:
            lines = self._decode(raw, warnings)
            component = _tree(raw.name, raw.line, lines, warnings)
            if component.name == "VTIMEZONE":
                warnings.extend(self.zones.define(component))
        except _LineError as exc:
            yield Rejected(raw.number, exc.line, exc.reason)
            return
        except Exception as exc:  # one component's failure is that record's rejection
            yield Rejected(raw.number, raw.line, cannot_read(exc))
            return
        calendar = self.calendar or _Calendar(raw.line)
        if component.name == "VTIMEZONE":
            yield from (Notice(line, text, raw.number) for line, text in warnings)
        elif component.name not in _RECORDS:
            what = _UNSUPPORTED.get(component.name) or said(
                QT_TRANSLATE_NOOP("Services", "a %1 component"), component.name)
            yield Rejected(raw.number, raw.line, said(QT_TRANSLATE_NOOP(
                "Services", "%1 is not something Rapport imports (it keeps events, tasks and journal entries)"), what))
        elif self.calendar is not None and self._waits_for_zone(component):
            self.pending.append((component, raw.number, calendar, warnings))
        else:
            yield self._entry(component, raw.number, calendar, warnings)

    def _entry(self, component: _Component, number: int, calendar: _Calendar,
               warnings: list[tuple[int, str]]) -> Entry | Rejected | DealText:
        try:
            return self.mapper.entry(component, number, calendar, warnings)
        except Exception as exc:  # one component's failure is that record's rejection
            return Rejected(number, component.line, cannot_read(exc))

    def _waits_for_zone(self, component: _Component) -> bool:
        """Whether a TZID it uses may be defined by a VTIMEZONE further down the calendar."""
        return any((tzid := p.param("TZID")) is not None and not self.zones.known(tzid)
                   for c in _walk(component) for p in c.props)

    def _flush_pending(self) -> Iterator[Item]:
        pending, self.pending = self.pending, []
        for component, number, calendar, warnings in pending:
            yield self._entry(component, number, calendar, warnings)

    def _decode(self, raw: _Raw, warnings: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """UTF-8, else the code page the file reads best in (guessed once for the file)."""
        decoded = []
        for number, line in raw.lines:
            try:
                decoded.append((number, line.decode("utf-8")))
            except UnicodeDecodeError:
                if self.codepage is None:
                    self.codepage = guess_encoding(b"\n".join(b for _, b in raw.lines))
                    warnings.append((number, said(QT_TRANSLATE_NOOP(
                        "Services", "the file is not UTF-8; read it as %1"), self.codepage)))
                decoded.append((number, line.decode(self.codepage, "replace")))
        return decoded

    def _text(self, line: bytes) -> str:
        try:
            return line.decode("utf-8")
        except UnicodeDecodeError:
            return line.decode(self.codepage or "cp1252", "replace")


def _walk(component: _Component) -> Iterator[_Component]:
    yield component
    for child in component.children:
        yield from _walk(child)


# === time zones ===============================================================================


@dataclass(frozen=True)
class _Zone:
    name: str  # "UTC", an IANA name, or the TZID of a calendar's own VTIMEZONE
    tz: tzinfo
    definition: str | None = None  # that VTIMEZONE's text, kept with the record


_UTC_ZONE = _Zone("UTC", UTC)


@functools.cache
def _icalendar() -> Any:
    """The parts of the icalendar library this module uses, imported on first need: a command that reads
    and writes no calendar object (a sync with nothing to pull) does not pay their 35 ms."""
    from types import SimpleNamespace

    from icalendar import Timezone
    from icalendar.prop import TypesFactory
    from icalendar.timezone import tzp
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return SimpleNamespace(Timezone=Timezone, types=TypesFactory.instance(), tzp=tzp, WINDOWS_TO_OLSON=WINDOWS_TO_OLSON)


def iana_name(tzid: str, location: str | None = None) -> str | None:
    """The IANA zone a TZID means: itself, a Windows name, a libical path, or X-LIC-LOCATION."""
    zones = iana_zones()
    clean = unescape_tzid(tzid)
    if clean in ("Z", "UTC", "GMT"):
        return "UTC"
    if clean in zones:
        return clean
    windows = _icalendar().WINDOWS_TO_OLSON
    if clean in windows and windows[clean] in zones:
        return str(windows[clean])
    parts = clean.strip("/").split("/")
    for start in range(1, len(parts)):  # /freeassociation.sourceforge.net/Tzfile/Europe/Vienna
        candidate = "/".join(parts[start:])
        if candidate in zones:
            return candidate
    if location and location.strip() in zones:
        return location.strip()
    return None


class _Zones:
    """The VTIMEZONEs of the file read so far, and what a TZID stands for."""

    def __init__(self) -> None:
        self._defined: dict[str, tuple[_Component, tzinfo | None]] = {}

    def define(self, component: _Component) -> list[tuple[int, str]]:
        tzid_prop = component.first("TZID")
        if tzid_prop is None:
            return [(component.line, said(QT_TRANSLATE_NOOP("Services", "a VTIMEZONE without TZID; ignored it")))]
        tzid = unescape_tzid(tzid_prop.value)
        problems = _zone_problems(component)
        warnings: list[tuple[int, str]] = [
            (line, said(QT_TRANSLATE_NOOP("Services", "the time zone %1: %2"), repr(tzid), text))
            for line, text in problems]
        built = None if problems else _build_zone(component, tzid)
        if not problems and built is None:
            warnings.append((component.line, said(QT_TRANSLATE_NOOP(
                "Services", "the time zone %1 could not be read; ignored it"), repr(tzid))))
        self._defined[tzid] = (component, built)
        if warnings and iana_name(tzid, self._location(tzid)):
            warnings.append((component.line, said(QT_TRANSLATE_NOOP("Services", "Rapport uses its own rules for %1"),
                                                  iana_name(tzid, self._location(tzid)))))
        return warnings

    def known(self, tzid: str) -> bool:
        clean = unescape_tzid(tzid)
        return clean in self._defined or iana_name(clean) is not None

    def resolve(self, tzid: str) -> _Zone | None:
        clean = unescape_tzid(tzid)
        iana = iana_name(clean, self._location(clean))
        if iana == "UTC":
            return _UTC_ZONE
        if iana is not None:
            return _Zone(iana, ZoneInfo(iana))
        component, built = self._defined.get(clean, (None, None))
        if component is None or built is None:
            return None
        return _Zone(clean, built, "\n".join(component.text))

    def _location(self, tzid: str) -> str | None:
        component, _ = self._defined.get(tzid, (None, None))
        location = component.first("X-LIC-LOCATION") if component else None
        return location.value if location else None


def _either(words: list[str]) -> str:
    """The words joined by "or" (A or B or C), each "or" a message of its own."""
    text = words[-1]
    for word in reversed(words[:-1]):
        text = said(QT_TRANSLATE_NOOP("Services", "%1 or %2"), word, text)
    return text


def _zone_problems(component: _Component) -> list[tuple[int, str]]:
    problems: list[tuple[int, str]] = []
    parts = [c for c in component.children if c.name in ("STANDARD", "DAYLIGHT")]
    if not parts:
        problems.append((component.line, said(QT_TRANSLATE_NOOP(
            "Services", "has neither STANDARD nor DAYLIGHT rules"))))
    for part in parts:
        missing = [n for n in ("DTSTART", "TZOFFSETFROM", "TZOFFSETTO") if part.first(n) is None]
        if missing:
            problems.append((part.line, said(QT_TRANSLATE_NOOP("Services", "its %1 has no %2"), part.name,
                                             _either(missing))))
        for prop in part.props:
            if prop.name in ("TZOFFSETFROM", "TZOFFSETTO") and not _valid_offset(prop.value.strip()):
                problems.append((prop.line, said(QT_TRANSLATE_NOOP("Services", "%1:%2 is not a UTC offset (+hhmm)"),
                                                 prop.name, prop.value.strip())))
    return problems


def _valid_offset(text: str) -> bool:
    match = _OFFSET.match(text)
    return match is not None and int(match[1]) < 24 and int(match[2]) < 60 and int(match[3] or 0) < 60


def _build_zone(component: _Component, tzid: str) -> tzinfo | None:
    text = "\r\n".join(component.text)
    if not tzid:  # icalendar needs a TZID; an empty one (Exchange) gets a stand-in
        text = re.sub(r"^TZID(;[^:\r\n]*)?:\s*$", "TZID:Rapport-empty-TZID", text, count=1, flags=re.MULTILINE)
    try:
        library = _icalendar()
        parsed = library.Timezone.from_ical(text)
        if not isinstance(parsed, library.Timezone):
            return None
        built: tzinfo = parsed.to_tz(library.tzp, lookup_tzid=False)
        datetime(2020, 6, 1, tzinfo=built).utcoffset()  # some broken rules fail only when used
    except _TIMEZONE_ERRORS:
        return None
    return built


# === values ===================================================================================


@dataclass(frozen=True)
class _When:
    """A DATE or DATE-TIME value and where it is."""

    value: date | datetime  # as written (naive)
    zone: _Zone | None  # None: a date, or a floating time
    line: int

    @property
    def is_date(self) -> bool:
        return not isinstance(self.value, datetime)

    def utc(self) -> datetime:
        """Naive UTC (a date: its midnight; floating: the wall clock as it is)."""
        if not isinstance(self.value, datetime):
            return datetime.combine(self.value, time())
        if self.zone is None:
            return self.value
        return self.value.replace(tzinfo=self.zone.tz).astimezone(UTC).replace(tzinfo=None)


def _checked(when: _When, prop: _Prop) -> _When:
    """The value, once it is known to convert to UTC (a year-1 time east of Greenwich does not)."""
    try:
        when.utc()
    except (OverflowError, ValueError):
        raise _LineError(prop.line, said(QT_TRANSLATE_NOOP("Services", "%1 %2 is out of range"),
                                         prop.name, _preview(prop.value.strip()))) from None
    return when


def _type_problem(prop: _Prop) -> str | None:
    """Why icalendar cannot read the value as its property's type; None when it can (X- names: any)."""
    if prop.name.startswith("X-"):
        return None
    factory: Any = _icalendar().types.for_property(prop.name, prop.param("VALUE"))  # untyped there
    try:
        factory.from_ical(prop.value)
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        return str(exc).strip() or type(exc).__name__
    return None


def _moment(text: str) -> tuple[date | datetime, bool, bool]:
    """(value, in UTC, a date written with a "Z") of a DATE or DATE-TIME; ValueError if neither."""
    text = text.strip()
    match = _DATETIME.match(text)
    if match:
        year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
        return datetime(year, month, day, hour, minute, min(second, 59)), bool(match[7]), False
    match = _DATE.match(text)
    if match:
        return date(int(match[1]), int(match[2]), int(match[3])), False, bool(match[4])
    raise ValueError(text)


def _duration(text: str) -> timedelta:
    match = _DURATION.match(text.strip())
    if not match or not any(match.groups()[1:]):
        raise ValueError(text)
    weeks, days, hours, minutes, seconds = (int(g or 0) for g in match.groups()[1:])
    span = timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes, seconds=seconds)
    return -span if match[1] == "-" else span


# === mapping ==================================================================================


@dataclass
class _Context:
    """What mapping one component gathers besides its fields."""

    number: int
    calendar: _Calendar
    warnings: list[tuple[int, str]]
    extra: list[CalendarProperty] = field(default_factory=list)
    extra_lines: list[int] = field(default_factory=list)
    definitions: dict[str, str] = field(default_factory=dict)  # TZID -> VTIMEZONE text to keep

    def warn(self, line: int, text: str) -> None:
        self.warnings.append((line, text))

    def keep(self, prop: _Prop) -> None:
        """Keep a property Rapport does not model, verbatim, if its value is valid for its type (else
        the calendar Rapport writes would not be valid either): left out with a warning."""
        problem = _type_problem(prop)
        if problem:
            self.warn(prop.line, said(_NOT_VALID, prop.name, _preview(prop.value.strip()), problem))
        else:
            self.add(prop.kept(), prop.line)

    def set_aside(self, prop: _Prop, reason: str) -> None:
        """A value Rapport cannot use: kept verbatim while it is valid for its type, else left out."""
        if _type_problem(prop) is None:
            self.warn(prop.line, said(QT_TRANSLATE_NOOP("Services", "%1; kept it as it was"), reason))
            self.add(prop.kept(), prop.line)
        else:
            self.warn(prop.line, _left_out(reason))

    def add(self, kept: CalendarProperty, line: int) -> None:
        self.extra.append(kept)
        self.extra_lines.append(line)

    def all_extra(self) -> tuple[CalendarProperty, ...]:
        zones = tuple(CalendarProperty("BEGIN:VTIMEZONE", text) for text in self.definitions.values())
        return (*self.extra, *zones)


class _Mapper:
    """Components to Rapport's records. Remembers what the file taught it so far (derived UIDs,
    whether a recurring event starts on a date) to check the components that come after."""

    def __init__(self, zones: _Zones) -> None:
        self.zones = zones
        self.derived: dict[str, int] = {}
        self.master_dates: dict[str, bool] = {}
        self.without_uid: list[tuple[int, int]] = []  # (record number, line): one warning for them all

    def uid_notice(self) -> Notice | None:
        if not self.without_uid:
            return None
        number, line = self.without_uid[0]
        count = len(self.without_uid)
        if count == 1:
            return Notice(line, said(_BOTH, said(QT_TRANSLATE_NOOP("Services", "this component has no UID")),
                                     said(_ONE_WITHOUT_UID)), number)
        return Notice(line, said(_BOTH, said(QT_TRANSLATE_NOOP("Services", "this and %1 other components have no UID"),
                                             count - 1), said(_SEVERAL_WITHOUT_UID)), number)

    def entry(self, component: _Component, number: int, calendar: _Calendar,
              warnings: list[tuple[int, str]]) -> Entry | Rejected | DealText:
        context = _Context(number, calendar, warnings)
        try:
            if component.name == "VTODO" and any(p.name == ACTIVITY_KIND and p.value.strip().lower() == "deal"
                                                 for p in component.props):
                body = "\r\n".join(component.text)
                return DealText(number, component.line,
                                f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{body}\r\nEND:VCALENDAR\r\n")
            if component.name == "VTODO":
                return self._task(component, context)
            return self._activity(component, context)
        except _LineError as exc:
            return Rejected(number, exc.line, exc.reason)

    # --- shared ---

    def _uid(self, component: _Component, context: _Context) -> str:
        uids = [p for p in component.props if p.name == "UID" and p.value.strip()]
        for extra in uids[1:]:
            if extra.value.strip() != uids[0].value.strip():
                context.warn(extra.line, said(QT_TRANSLATE_NOOP(
                    "Services", "a second, different UID (%1); kept the first"), _preview(extra.value)))
        if uids:
            return unescape(uids[0].value.strip())
        digest = hashlib.sha256("\n".join(p.name + p.value for p in component.props).encode()).digest()
        uid = str(uuid.UUID(bytes=digest[:16], version=5))
        seen = self.derived.get(uid, 0)
        self.derived[uid] = seen + 1
        self.without_uid.append((context.number, component.line))
        return f"{uid}-{seen + 1}" if seen else uid  # the same content twice: still two records

    def _when(self, prop: _Prop, context: _Context) -> _When:
        """A DTSTART-like property; _LineError when it is not a date or date-time."""
        try:
            value, utc, date_with_z = _moment(prop.value)
        except ValueError:
            raise _LineError(prop.line, said(_NOT_A_DATE, prop.name, _preview(prop.value.strip()))) from None
        if prop.value != prop.value.strip():
            context.warn(prop.line, said(QT_TRANSLATE_NOOP("Services", "%1 has spaces around its value; ignored them"),
                                         prop.name))
        if date_with_z:
            context.warn(prop.line, said(_DATE_WITH_Z, prop.name, prop.value.strip()))
        tzid = prop.param("TZID")
        if not isinstance(value, datetime):
            return _When(value, None, prop.line)
        if utc:
            if tzid:
                context.warn(prop.line, said(QT_TRANSLATE_NOOP(
                    "Services", "%1 has both TZID=%2 and a UTC 'Z'; read it as UTC"), prop.name, tzid))
            return _checked(_When(value, _UTC_ZONE, prop.line), prop)
        if tzid is None:
            wr = context.calendar.wr_timezone
            return _checked(_When(value, _Zone(wr, ZoneInfo(wr)) if wr else None, prop.line), prop)
        return _checked(_When(value, self._zone(tzid, prop.line, context), prop.line), prop)

    def _when_or_drop(self, prop: _Prop, context: _Context) -> _When | None:
        """A date property that is not essential: when it cannot be read it is left out."""
        try:
            return self._when(prop, context)
        except _LineError as exc:
            context.warn(prop.line, _left_out(exc.reason))
            return None

    def _zone(self, tzid: str, line: int, context: _Context) -> _Zone | None:
        zone = self.zones.resolve(tzid)
        if zone is None:
            context.warn(line, said(_UNKNOWN_ZONE, repr(tzid)))
            return None
        if zone.definition is not None:
            if not zone.name:  # Exchange's empty TZID: its times are converted and stored in UTC
                context.warn(line, said(QT_TRANSLATE_NOOP(
                    "Services", "an empty TZID; converted the time to UTC with its VTIMEZONE")))
                return _Zone("UTC", zone.tz)
            context.definitions[zone.name] = zone.definition
        return zone

    def _moments(self, prop: _Prop, context: _Context, event_zone: _Zone | None) -> list[date | datetime]:
        """The dates or naive UTC date-times of an RDATE or EXDATE list; periods stay verbatim."""
        if (prop.param("VALUE") or "").upper() == "PERIOD" or "/" in prop.value:
            context.keep(prop)
            return []
        tzid = prop.param("TZID")
        zone = self._zone(tzid, prop.line, context) if tzid is not None else event_zone
        found: list[date | datetime] = []
        for item in (i.strip() for i in prop.value.split(",")):
            try:
                value, utc, date_with_z = _moment(item)
            except ValueError:
                if item:
                    context.warn(prop.line, said(QT_TRANSLATE_NOOP(
                        "Services", "%1 has %2, which is not a date; left it out"), prop.name, _preview(item)))
                else:
                    context.warn(prop.line, said(QT_TRANSLATE_NOOP(
                        "Services", "%1 has an empty item; left it out"), prop.name))
                continue
            if date_with_z:
                context.warn(prop.line, said(_DATE_WITH_Z, prop.name, item))
            try:
                found.append(_When(value, _UTC_ZONE if utc else zone, prop.line).utc()
                             if isinstance(value, datetime) else value)
            except (OverflowError, ValueError):
                context.warn(prop.line, said(QT_TRANSLATE_NOOP("Services", "%1 %2 is out of range; left it out"),
                                             prop.name, _preview(item)))
        return found

    def _rrule(self, prop: _Prop, context: _Context) -> str | None:
        rule = prop.value.strip()
        if "\\" in rule:
            context.warn(prop.line, said(QT_TRANSLATE_NOOP(
                "Services", "RRULE has escaped separators (\\;); read them as plain ones")))
            rule = rule.replace("\\;", ";").replace("\\,", ",")
        if prop.params:
            context.warn(prop.line, said(QT_TRANSLATE_NOOP("Services", "RRULE takes no parameters; ignored %1"),
                                         ";".join(k for k, _ in prop.params)))
        problem = rule_problem(rule)
        if problem:
            context.warn(prop.line, _left_out(problem))
            return None
        return rule

    def _sequence(self, prop: _Prop, context: _Context) -> int:
        text = prop.value.strip()
        if text.isdigit() and int(text) < 2**63:
            return int(text)
        context.set_aside(prop, said(QT_TRANSLATE_NOOP("Services", "SEQUENCE %1 is not a number"), _preview(text)))
        return 0

    def _dtstamp(self, component: _Component) -> datetime | None:
        prop = component.first("DTSTAMP")
        try:
            value, _, _ = _moment(prop.value) if prop else (None, False, False)
        except ValueError:
            return None
        return value if isinstance(value, datetime) else None

    def _common(self, prop: _Prop, context: _Context) -> bool:
        """Checks every component's properties get; True when the property is dealt with (dropped)."""
        if not prop.value.strip() and prop.name in _NOT_EMPTY:
            context.warn(prop.line, said(QT_TRANSLATE_NOOP("Services", "%1 has no value; ignored it"), prop.name))
            return True
        if prop.name in ("ATTENDEE", "ORGANIZER") and re.search(r"\s", prop.value.strip()):
            context.warn(prop.line, said(QT_TRANSLATE_NOOP(
                "Services", "%1 %2 has spaces, so it is not an address; kept it as it was"), prop.name,
                _preview(prop.value)))
        return False

    @staticmethod
    def _once(prop: _Prop, seen: set[str], context: _Context) -> bool:
        """False for a second DTSTART, DUE, ... (it would make the record ambiguous): dropped, with a warning."""
        if prop.name in seen:
            context.warn(prop.line, said(QT_TRANSLATE_NOOP("Services", "a second %1; ignored it (kept the first)"),
                                         prop.name))
            return False
        seen.add(prop.name)
        return True

    def _text_field(self, prop: _Prop, context: _Context, current: str | None) -> str | None:
        """The text of SUMMARY, DESCRIPTION or LOCATION; a second one, or parameters, stay verbatim."""
        if current is not None:
            context.keep(prop)
            return current
        if prop.params:
            context.keep(prop)  # written back instead of the plain field while the text is unchanged
        return unescape(prop.value)

    def _tzid_params(self, context: _Context) -> None:
        """Kept properties with a TZID (a task's DTSTART, say) need their VTIMEZONE kept too."""
        for prop, line in zip(context.extra, context.extra_lines, strict=True):
            tzid = prop.param("TZID")
            if tzid is None:
                continue
            zone = self.zones.resolve(tzid)
            if zone is None:
                context.warn(line, said(_UNKNOWN_ZONE_KEPT, prop.name, repr(tzid)))
            elif zone.definition is not None and zone.name:
                context.definitions[zone.name] = zone.definition

    # --- VEVENT and VJOURNAL ---

    def _activity(self, component: _Component, context: _Context) -> Entry:
        kind = MEETING if component.name == "VEVENT" else NOTE
        uid = self._uid(component, context)
        texts: dict[str, str | None] = dict.fromkeys(_TEXT_FIELDS)
        times: dict[str, _Prop] = {}
        rrules: list[str] = []
        rdates: list[_Prop] = []
        exdates: list[_Prop] = []
        sequence = 0
        seen: set[str] = set()
        journal: dict[str, str] = {}
        owner = ""
        for prop in component.props:
            if self._common(prop, context) or prop.name == "UID":
                continue
            if prop.name == OWNER and not owner and " ".join(unescape(prop.value).split()):
                owner = " ".join(unescape(prop.value).split())
            elif kind == NOTE and prop.name in (ACTIVITY_KIND, OUTCOME, MINUTES) and prop.name not in journal:
                journal[prop.name] = unescape(prop.value).strip()
            elif prop.name in texts and not (kind == NOTE and prop.name == "LOCATION"):
                texts[prop.name] = self._text_field(prop, context, texts[prop.name])
            elif prop.name in ("DTSTART", "DTEND", "DURATION", "RECURRENCE-ID", "SEQUENCE"):
                if not self._once(prop, seen, context):
                    continue
                if prop.name == "SEQUENCE":
                    sequence = self._sequence(prop, context)
                else:
                    times[prop.name] = prop
            elif prop.name == "RRULE":
                rule = self._rrule(prop, context)
                rrules.extend([rule] if rule else [])
            elif prop.name in ("RDATE", "EXDATE"):
                (rdates if prop.name == "RDATE" else exdates).append(prop)
            else:
                context.keep(prop)
        start, has_start = self._start(component, uid, times, context)
        zone = start.zone
        data = ActivityData(
            kind=kind, occurred_at=start.utc(), subject=texts["SUMMARY"] or "", text=texts["DESCRIPTION"] or "",
            location=texts["LOCATION"] or "", all_day=start.is_date, timezone=self._zone_name(start),
            rrules=tuple(rrules), sequence=sequence,
            rdates=tuple(m for p in rdates for m in self._moments(p, context, zone)),
            exdates=tuple(m for p in exdates for m in self._moments(p, context, zone)), owner=owner,
        )
        data = self._end(data, start, times, context)
        if journal:
            data = self._journal(data, journal)
        recurrence_id, this_and_future = self._recurrence_id(uid, start, times.get("RECURRENCE-ID"), context)
        data = replace(data, recurrence_id=recurrence_id, this_and_future=this_and_future,
                       alarms=self._alarms(component, context))
        if data.kind == NOTE and not (data.subject.strip() or data.text.strip()):
            context.warn(component.line, said(QT_TRANSLATE_NOOP(
                "Services", "the journal entry has no text; imported it as 'Journal entry'")))
            data = replace(data, subject="Journal entry")
        self._tzid_params(context)
        data = replace(data, ical_extra=context.all_extra())
        return Entry(context.number, component.line, kind, uid, instance_key(uid, recurrence_id), data,
                     sequence=sequence, dtstamp=self._dtstamp(component), method=context.calendar.method,
                     has_start=has_start, warnings=context.warnings)

    @staticmethod
    def _journal(data: ActivityData, journal: dict[str, str]) -> ActivityData:
        """A VJOURNAL Rapport wrote: the kind of activity, its outcome and its length."""
        kind = journal.get(ACTIVITY_KIND, "").lower()
        minutes = journal.get(MINUTES, "")
        return replace(data, kind=kind if kind in JOURNAL_KINDS else data.kind, outcome=journal.get(OUTCOME, ""),
                       duration_minutes=int(minutes) if minutes.isdigit() else None)

    def _start(self, component: _Component, uid: str, times: dict[str, _Prop],
               context: _Context) -> tuple[_When, bool]:
        prop = times.get("DTSTART")
        if prop is not None:
            start = self._when(prop, context)
            if component.name == "VEVENT" and "RECURRENCE-ID" not in times:
                self.master_dates.setdefault(uid, start.is_date)  # to check its instances' RECURRENCE-ID
            return start, True
        stamp = component.first("DTSTAMP")
        if component.name == "VJOURNAL" and stamp is not None:
            return self._when(stamp, context), True  # a journal entry is dated by when it was written
        if context.calendar.method and stamp is not None:
            # An iTIP message (a REPLY, a CANCEL) need not say when: its DTSTAMP stands in until
            # the importer finds the meeting it is about.
            return self._when(stamp, context), False
        if component.name == "VJOURNAL":
            raise _LineError(component.line, said(QT_TRANSLATE_NOOP(
                "Services", "a journal entry needs a date (DTSTART), and this %1 has none"), component.name))
        raise _LineError(component.line, said(QT_TRANSLATE_NOOP(
            "Services", "an event needs a start (DTSTART), and this %1 has none"), component.name))

    @staticmethod
    def _zone_name(start: _When) -> str:
        if start.is_date or (start.zone is not None and start.zone.name == "UTC"):
            return ""
        if start.zone is None:
            return FLOATING
        return start.zone.name

    def _end(self, data: ActivityData, start: _When, times: dict[str, _Prop], context: _Context) -> ActivityData:
        assert data.occurred_at is not None
        end_prop, duration_prop = times.get("DTEND"), times.get("DURATION")
        ends: datetime | None = None
        if end_prop is not None:
            if duration_prop is not None:
                context.warn(duration_prop.line, said(QT_TRANSLATE_NOOP(
                    "Services", "both DTEND and DURATION (RFC 5545 allows one); used DTEND")))
            end = self._when_or_drop(end_prop, context)
            if end is not None and end.is_date != start.is_date:
                context.warn(end_prop.line, said(QT_TRANSLATE_NOOP(
                    "Services", "DTEND and DTSTART differ in type (a date and a date-time)")))
            if end is not None:
                ends = datetime.combine(end.utc().date(), time()) if start.is_date else end.utc()
        elif duration_prop is not None:
            try:
                ends = data.occurred_at + _duration(duration_prop.value)
            except (ValueError, OverflowError):
                context.set_aside(duration_prop, said(QT_TRANSLATE_NOOP("Services", "DURATION %1 is not a duration"),
                                                      _preview(duration_prop.value)))
        if ends is not None and ends < data.occurred_at:
            culprit = end_prop or duration_prop
            assert culprit is not None
            context.warn(culprit.line, said(QT_TRANSLATE_NOOP(
                "Services", "the event ends before it starts; left its end out")))
            ends = None
        minutes = None if ends is None or start.is_date else int((ends - data.occurred_at).total_seconds() // 60)
        return replace(data, ends_at=ends, duration_minutes=minutes)

    def _recurrence_id(self, uid: str, start: _When, prop: _Prop | None,
                       context: _Context) -> tuple[date | datetime | None, bool]:
        if prop is None:
            return None, False
        when = self._when(prop, context)
        if uid in self.master_dates and self.master_dates[uid] != when.is_date:
            context.warn(prop.line, said(_RECURRENCE_DATE if when.is_date else _RECURRENCE_TIME))
        moment: date | datetime = when.value if when.is_date else when.utc()
        return moment, (prop.param("RANGE") or "").upper() == "THISANDFUTURE"

    # --- VALARM ---

    def _alarms(self, component: _Component, context: _Context) -> tuple[Alarm, ...]:
        alarms = []
        for child in component.children:
            if child.name != "VALARM":
                context.add(CalendarProperty(f"BEGIN:{child.name}", "\n".join(child.text)), child.line)
                continue
            alarm = self._alarm(child, context)
            if alarm is not None:
                alarms.append(alarm)
        return tuple(alarms)

    def _alarm(self, component: _Component, context: _Context) -> Alarm | None:
        alarm = Alarm(action="")
        extra: list[CalendarProperty] = []
        for prop in component.props:
            if self._common(prop, context):
                continue
            if prop.name == "ACTION" and not alarm.action:
                alarm = replace(alarm, action=prop.value.strip().upper())
            elif prop.name == "TRIGGER" and alarm.trigger_minutes is None and alarm.trigger_at is None:
                alarm = self._trigger(alarm, prop, context, extra)
            elif prop.name == "DESCRIPTION" and not alarm.description:
                alarm = replace(alarm, description=unescape(prop.value))
            elif (problem := _type_problem(prop)) is not None:
                context.warn(prop.line, said(_NOT_VALID, prop.name, _preview(prop.value.strip()), problem))
            else:
                extra.append(prop.kept())
        if not alarm.action:
            context.warn(component.line, said(QT_TRANSLATE_NOOP(
                "Services", "a VALARM without ACTION; read it as ACTION:DISPLAY")))
            alarm = replace(alarm, action="DISPLAY")
        if alarm.trigger_minutes is None and alarm.trigger_at is None and not any(p.name == "TRIGGER" for p in extra):
            context.warn(component.line, said(QT_TRANSLATE_NOOP(
                "Services", "a VALARM without a TRIGGER (when to go off); left it out")))
            return None
        extra.extend(CalendarProperty(f"BEGIN:{c.name}", "\n".join(c.text)) for c in component.children)
        return replace(alarm, extra=tuple(extra))

    def _trigger(self, alarm: Alarm, prop: _Prop, context: _Context, extra: list[CalendarProperty]) -> Alarm:
        if (prop.param("VALUE") or "").upper() == "DATE-TIME" or _DATETIME.match(prop.value.strip()):
            try:
                return replace(alarm, trigger_at=self._when(prop.without("VALUE"), context).utc())
            except _LineError as exc:
                context.warn(prop.line, _left_out(exc.reason))
                return alarm
        related = (prop.param("RELATED") or "START").upper()
        try:
            span = _duration(prop.value)
        except ValueError:
            context.warn(prop.line, said(QT_TRANSLATE_NOOP("Services", "TRIGGER %1 is not a duration; left it out"),
                                         _preview(prop.value)))
            return alarm
        if span.total_seconds() % 60 or related not in ("START", "END"):
            extra.append(prop.kept())  # seconds, or an odd RELATED: written back exactly as it came
            return alarm
        return replace(alarm, trigger_minutes=int(span.total_seconds() // 60), trigger_related=related)

    # --- VTODO ---

    def _task(self, component: _Component, context: _Context) -> Entry:
        uid = self._uid(component, context)
        data = TaskData()
        texts: dict[str, str | None] = {"SUMMARY": None, "DESCRIPTION": None}
        seen: set[str] = set()
        rules: list[_Prop] = []
        completed_prop: _Prop | None = None
        status_prop: _Prop | None = None
        for prop in component.props:
            if self._common(prop, context) or prop.name == "UID":
                continue
            if prop.name in ("DUE", "PRIORITY", "PERCENT-COMPLETE", "STATUS", "COMPLETED") \
                    and not self._once(prop, seen, context):
                continue
            if prop.name in texts:
                texts[prop.name] = self._text_field(prop, context, texts[prop.name])
            elif prop.name == "DUE":
                data = self._due(data, prop, context)
            elif prop.name == "PRIORITY":
                data = replace(data, priority=self._number(prop, context, 0, 9))
            elif prop.name == "PERCENT-COMPLETE":
                data = replace(data, percent_complete=self._number(prop, context, 0, 100))
            elif prop.name == "STATUS":
                status_prop = prop
                data = self._status(data, prop, context)
            elif prop.name == "COMPLETED":
                completed_prop = prop
            elif prop.name == "RRULE":
                rules.append(prop)
            elif prop.name == "RELATED-TO" and not data.related_to and self._is_parent(prop):
                data = replace(data, related_to=unescape(prop.value.strip()))
            elif prop.name == OWNER and not data.owner and " ".join(unescape(prop.value).split()):
                data = replace(data, owner=" ".join(unescape(prop.value).split()))
            else:
                context.keep(prop)
        completed = self._completed(completed_prop, status_prop, data, context)
        if completed is not None and status_prop is None:
            data = replace(data, status="completed")  # COMPLETED alone says it is done
        data = replace(data, title=self._title(texts["SUMMARY"], component, context), notes=texts["DESCRIPTION"] or "")
        data = self._task_rules(data, rules, context)
        data, reminder = self._task_alarms(component, data, context)
        self._tzid_params(context)
        data = replace(data, reminder_at=reminder, ical_extra=context.all_extra())
        recurrence_id = self._kept_recurrence_id(context)
        return Entry(context.number, component.line, TASK, uid, instance_key(uid, recurrence_id), data,
                     completed_at=completed if data.status == "completed" else None,
                     sequence=_kept_sequence(data.ical_extra), dtstamp=self._dtstamp(component),
                     method=context.calendar.method, warnings=context.warnings)

    @staticmethod
    def _title(summary: str | None, component: _Component, context: _Context) -> str:
        title = " ".join((summary or "").split())
        if not title:
            context.warn(component.line, said(QT_TRANSLATE_NOOP(
                "Services", "the task has no title (SUMMARY); imported it as 'Untitled task'")))
        return title or "Untitled task"

    @staticmethod
    def _status(data: TaskData, prop: _Prop, context: _Context) -> TaskData:
        status = _TASK_STATUS.get(prop.value.strip().upper())
        if status is None:
            context.set_aside(prop, said(QT_TRANSLATE_NOOP("Services", "STATUS %1 is not a task status"),
                                         _preview(prop.value)))
            return data
        return replace(data, status=status)

    def _completed(self, prop: _Prop | None, status: _Prop | None, data: TaskData,
                   context: _Context) -> datetime | None:
        if prop is None:
            return None
        when = self._when_or_drop(prop, context)
        if when is None:
            return None
        if status is not None and data.status != "completed":
            context.keep(prop)  # done once, then reopened: the moment stays with the task
            return None
        return when.utc()

    def _due(self, data: TaskData, prop: _Prop, context: _Context) -> TaskData:
        when = self._when_or_drop(prop, context)
        if when is None:
            return data
        if not isinstance(when.value, datetime):
            return replace(data, due_date=when.value)
        if when.value.second:
            context.warn(prop.line, said(QT_TRANSLATE_NOOP(
                "Services", "DUE %1 has seconds; Rapport keeps due times to the minute"), prop.value.strip()))
        wall = when.value
        if when.zone is not None and when.zone.name == "UTC" and when.zone.tz is not UTC:
            wall = when.utc()  # an empty TZID: converted to UTC
        zone = "" if when.zone is None else when.zone.name
        return replace(data, due_date=wall.date(), due_time=wall.strftime("%H:%M"), timezone=zone)

    def _number(self, prop: _Prop, context: _Context, low: int, high: int) -> int:
        text = prop.value.strip()
        if text.isdigit() and low <= int(text) <= high:
            return int(text)
        context.set_aside(prop, said(QT_TRANSLATE_NOOP("Services", "%1 %2 is not a number from %3 to %4"),
                                     prop.name, _preview(text), low, high))
        return 0

    @staticmethod
    def _is_parent(prop: _Prop) -> bool:
        return (prop.param("RELTYPE") or "PARENT").upper() == "PARENT" and all(k == "RELTYPE" for k, _ in prop.params)

    def _task_rules(self, data: TaskData, rules: list[_Prop], context: _Context) -> TaskData:
        for index, prop in enumerate(rules):
            rule = self._rrule(prop, context) if index == 0 else None
            if index > 0:
                context.keep(prop)  # Rapport repeats a task by one rule
            elif rule and data.due_date is None:
                context.set_aside(prop, said(QT_TRANSLATE_NOOP(
                    "Services", "a recurring task without DUE: Rapport repeats tasks from their due date")))
            elif rule and data.due_date is not None:
                try:
                    next_due(rule, data.due_date)
                except (ValueError, TypeError, OverflowError) as exc:
                    context.set_aside(prop, said(QT_TRANSLATE_NOOP(
                        "Services", "RRULE %1 does not work from the due date (%2)"), _preview(rule), message_of(exc)))
                    continue
                data = replace(data, recurrence=rule)
        return data

    def _task_alarms(self, component: _Component, data: TaskData,
                     context: _Context) -> tuple[TaskData, datetime | None]:
        alarms = list(self._alarms(component, context))
        for alarm in alarms:
            if alarm.trigger_at is not None and any(p.name == REMINDER_MARK for p in alarm.extra):
                alarms.remove(alarm)  # Rapport's own reminder, as export writes it
                return replace(data, alarms=tuple(alarms)), alarm.trigger_at
        return replace(data, alarms=tuple(alarms)), None

    @staticmethod
    def _kept_recurrence_id(context: _Context) -> date | datetime | None:
        prop = next((p for p in context.extra if p.name == "RECURRENCE-ID"), None)
        try:
            return _moment(prop.value)[0] if prop is not None else None
        except ValueError:
            return None


def _kept_sequence(extra: Iterable[CalendarProperty]) -> int:
    prop = next((p for p in extra if p.name == "SEQUENCE"), None)
    return int(prop.value.strip()) if prop is not None and prop.value.strip().isdigit() else 0


def kept_dtstamp(extra: Iterable[CalendarProperty]) -> datetime | None:
    """The DTSTAMP kept with a record (which version of it this is, with SEQUENCE)."""
    prop = next((p for p in extra if p.name == "DTSTAMP"), None)
    if prop is None:
        return None
    try:
        value, _, _ = _moment(prop.value)
    except ValueError:
        return None
    return value if isinstance(value, datetime) else None


def without_dtstamp(extra: tuple[CalendarProperty, ...]) -> tuple[CalendarProperty, ...]:
    """The kept properties but DTSTAMP, which many programs set to the moment of export: a record whose
    DTSTAMP alone differs has not changed."""
    return tuple(p for p in extra if p.name != "DTSTAMP")


def kept_sequence(data: ActivityData | TaskData) -> int:
    return data.sequence if isinstance(data, ActivityData) else _kept_sequence(data.ical_extra)


# === the writer ===============================================================================


def write(meetings: Iterable[ActivityRecord], tasks: Iterable[TaskRecord],
          journals: Iterable[ActivityRecord] = ()) -> bytes:
    """A VCALENDAR holding these meetings (VEVENT), tasks (VTODO) and calls, e-mails and notes (VJOURNAL),
    their alarms, the VTIMEZONEs they need and every property they kept."""
    zones = _ExportZones()
    body: list[str] = []
    for meeting in meetings:
        body.extend(_vevent(meeting, zones))
    for task in tasks:
        body.extend(_vtodo(task, zones))
    for entry in journals:
        body.extend(_vjournal(entry, zones))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             *zones.components(), *body, "END:VCALENDAR"]
    return b"".join(_fold(line) + b"\r\n" for line in lines)


def categories(values: Iterable[str]) -> tuple[str, ...]:
    """The names CATEGORIES values hold (still escaped, as read; one property or several): commas part them
    unless escaped; one each whatever the case, sorted as tags are listed."""
    names: dict[str, str] = {}
    for value in values:
        for part in re.split(r"(?<!\\),", value.replace("\\\\", "\x00")):
            name = " ".join(unescape(part.replace("\x00", "\\\\")).split())
            if name:
                names.setdefault(name.casefold(), name)
    return tuple(sorted(names.values(), key=lambda n: (n.casefold(), n)))


def categories_value(names: Iterable[str]) -> str:
    """CATEGORIES' value for these names, escaped."""
    return ",".join(escape(name) for name in names)


def escape(text: str) -> str:
    """TEXT as iCalendar writes it."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> bytes:
    """Lines of at most 75 octets, never splitting a UTF-8 character."""
    data = line.encode("utf-8")
    pieces, start, limit = [], 0, 75
    while len(data) - start > limit:
        end = start + limit
        while (data[end] & 0xC0) == 0x80:  # a continuation byte: cut before its character
            end -= 1
        pieces.append(data[start:end])
        start, limit = end, 74
    pieces.append(data[start:])
    return b"\r\n ".join(pieces)


class _ExportZones:
    """The VTIMEZONEs the written records use, each once. Two records may keep different definitions
    under one TZID (two Outlook versions' "Canberra, Melbourne, Sydney"): the second is written under
    "<TZID> (2)", so that neither record's times change."""

    def __init__(self) -> None:
        self._texts: dict[str, str] = {}
        self._tz: dict[str, tzinfo | None] = {}

    def use(self, tzid: str, extra: tuple[CalendarProperty, ...],
            since: date | None = None) -> tuple[str, tzinfo | None]:
        """The TZID to write and its zone (None: write UTC) for a TZID kept with a record, or IANA."""
        kept = kept_timezones(extra).get(unescape_tzid(tzid))
        if kept is not None:
            return self._kept(unescape_tzid(tzid), kept)
        iana = iana_name(tzid)
        if iana is None or iana == "UTC":
            return tzid, None
        if tzid not in self._texts:
            self._texts[tzid] = self._generated(tzid, iana, since)
            self._tz[tzid] = ZoneInfo(iana)
        return tzid, self._tz[tzid]

    def _kept(self, tzid: str, text: str) -> tuple[str, tzinfo | None]:
        name, count = tzid, 1
        while name in self._texts and self._texts[name] != _renamed(text, name, tzid):
            count += 1
            name = f"{tzid} ({count})"
        if name not in self._texts:
            self._texts[name] = _renamed(text, name, tzid)
            self._tz[name] = _build_zone(_Component("VTIMEZONE", 0, text=text.split("\n")), tzid)
        return name, self._tz[name]

    @staticmethod
    def _generated(tzid: str, iana: str, since: date | None) -> str:
        first = date(max(1970, (since or date(1970, 1, 1)).year - 1), 1, 1)
        text = _icalendar().Timezone.from_tzid(iana, first_date=first).to_ical().decode("utf-8")
        lines = re.sub(r"\r\n[ \t]", "", text).splitlines()
        return "\n".join(f"TZID:{_tzid_text(tzid)}" if line.startswith("TZID:") else line for line in lines)

    def components(self) -> list[str]:
        return [line for text in self._texts.values() for line in text.split("\n")]


def _renamed(text: str, name: str, tzid: str) -> str:
    """A kept VTIMEZONE as written: verbatim, or under another TZID."""
    if name == tzid:
        return text
    return re.sub(r"^TZID(;[^:\n]*)?:.*$", lambda _: f"TZID:{_tzid_text(name)}", text, count=1, flags=re.MULTILINE)


def _tzid_text(tzid: str) -> str:
    return tzid.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


def _tzid_param(tzid: str) -> str:
    return f'"{tzid}"' if re.search(r'[,;:]', tzid) else tzid


def _stamp(moment: datetime, utc: bool) -> str:
    return _basic_date(moment) + moment.strftime("T%H%M%S") + ("Z" if utc else "")


def _datetime_property(name: str, moment: date | datetime, zone: str, tz: tzinfo | None,
                       params: str = "") -> str:
    """NAME;...:value of a date (VALUE=DATE), a naive UTC date-time in UTC, floating or in a zone."""
    if not isinstance(moment, datetime):
        return f"{name}{params};VALUE=DATE:{_basic_date(moment)}"
    if zone == FLOATING:
        return f"{name}{params}:{_stamp(moment, False)}"
    if tz is None or zone in ("", "UTC"):
        return f"{name}{params}:{_stamp(moment, True)}"
    local = moment.replace(tzinfo=UTC).astimezone(tz).replace(tzinfo=None)
    return f"{name}{params};TZID={_tzid_param(zone)}:{_stamp(local, False)}"


def _text_property(name: str, value: str, extra: tuple[CalendarProperty, ...]) -> list[str]:
    """A modelled TEXT property, unless its kept version (with parameters) still holds the same text:
    that one is written in its place among the kept properties."""
    if _kept_text(name, value, extra) is not None:
        return []
    return [f"{name}:{escape(value)}"] if value else []


def _kept_text(name: str, value: str, extra: tuple[CalendarProperty, ...]) -> CalendarProperty | None:
    kept = next((p for p in extra if p.name == name), None)
    return kept if kept is not None and kept.params and unescape(kept.value) == value else None


def _kept_line(prop: CalendarProperty, tzid: str | None = None) -> str:
    """A kept property as it came (with the TZID it is written under, if that differs)."""
    params = [(k, _tzid_param(tzid) if k == "TZID" and tzid is not None else v) for k, v in prop.params]
    return prop.name + "".join(f";{k}={v}" for k, v in params) + ":" + prop.value


def _kept_lines(extra: tuple[CalendarProperty, ...], texts: dict[str, str], zones: _ExportZones) -> list[str]:
    """The kept properties, then kept sub-components; a kept SUMMARY, DESCRIPTION or LOCATION only
    while the field (`texts`) still says the same (else the field was edited and is written plainly)."""
    lines: list[str] = []
    for prop in extra:
        if prop.is_component:
            continue
        if prop.name in texts and prop is extra[_first(extra, prop.name)] and prop.params \
                and _kept_text(prop.name, texts[prop.name], extra) is None:
            continue
        tzid = prop.param("TZID")
        written = zones.use(tzid, extra)[0] if tzid is not None else None
        lines.append(_kept_line(prop, written if written != tzid else None))
    for prop in extra:
        if prop.is_component and prop.name != "BEGIN:VTIMEZONE":
            lines.extend(prop.value.split("\n"))
    return lines


def _first(extra: tuple[CalendarProperty, ...], name: str) -> int:
    return next(i for i, p in enumerate(extra) if p.name == name)


def _vevent(record: ActivityRecord, zones: _ExportZones) -> list[str]:
    data = record.data
    assert data.occurred_at is not None
    zone, tz = "", None
    if data.timezone not in ("", FLOATING, "UTC") and not data.all_day:
        zone, tz = zones.use(data.timezone, data.ical_extra, data.occurred_at.date())
    zone = zone if tz is not None else FLOATING if data.timezone == FLOATING else ""
    start: date | datetime = data.occurred_at.date() if data.all_day else data.occurred_at
    lines = ["BEGIN:VEVENT", f"UID:{escape(calendar_uid(record.uid))}"]
    if not any(p.name == "DTSTAMP" for p in data.ical_extra):
        lines.append(f"DTSTAMP:{_stamp(record.meta.updated_at, True)}")
    lines.append(_datetime_property("DTSTART", start, zone, tz))
    end = data.ends_at
    if end is None and data.duration_minutes is not None and not data.all_day:
        end = data.occurred_at + timedelta(minutes=data.duration_minutes)
    if end is not None:
        lines.append(_datetime_property("DTEND", end.date() if data.all_day else end, zone, tz))
    lines += _recurrence_lines(data, zone, tz)
    lines += _text_property("SUMMARY", data.subject, data.ical_extra)
    lines += _text_property("LOCATION", data.location, data.ical_extra)
    lines += _text_property("DESCRIPTION", data.text, data.ical_extra)
    texts = {"SUMMARY": data.subject, "LOCATION": data.location, "DESCRIPTION": data.text}
    if data.owner:
        lines.append(f"{OWNER}:{escape(data.owner)}")
    lines += _link_lines(data.links, data.ical_extra)
    lines += _kept_lines(data.ical_extra, texts, zones)
    for alarm in data.alarms:
        lines += _valarm(alarm, zones)
    return [*lines, "END:VEVENT"]


def _vjournal(record: ActivityRecord, zones: _ExportZones) -> list[str]:
    data = record.data
    assert data.occurred_at is not None
    zone, tz = "", None
    if data.timezone not in ("", FLOATING, "UTC"):
        zone, tz = zones.use(data.timezone, data.ical_extra, data.occurred_at.date())
    zone = zone if tz is not None else FLOATING if data.timezone == FLOATING else ""
    lines = ["BEGIN:VJOURNAL", f"UID:{escape(calendar_uid(record.uid))}"]
    if not any(p.name == "DTSTAMP" for p in data.ical_extra):
        lines.append(f"DTSTAMP:{_stamp(record.meta.updated_at, True)}")
    lines.append(_datetime_property("DTSTART", data.occurred_at.date() if data.all_day else data.occurred_at, zone,
                                    tz))
    lines += _recurrence_lines(data, zone, tz)  # RFC 5545 lets a journal entry recur: read, so written back
    lines += _text_property("SUMMARY", data.subject, data.ical_extra)
    lines += _text_property("DESCRIPTION", data.text, data.ical_extra)
    lines.append(f"{ACTIVITY_KIND}:{data.kind}")
    if data.outcome:
        lines.append(f"{OUTCOME}:{escape(data.outcome)}")
    if data.duration_minutes is not None:
        lines.append(f"{MINUTES}:{data.duration_minutes}")
    if data.owner:
        lines.append(f"{OWNER}:{escape(data.owner)}")
    lines += _link_lines(data.links, data.ical_extra)
    lines += _kept_lines(data.ical_extra, {"SUMMARY": data.subject, "DESCRIPTION": data.text}, zones)
    return [*lines, "END:VJOURNAL"]


def _recurrence_lines(data: ActivityData, zone: str, tz: Any) -> list[str]:
    """An event's or journal entry's RECURRENCE-ID, RRULE, RDATE, EXDATE and SEQUENCE, in its zone."""
    lines = []
    if data.recurrence_id is not None:
        range_ = ";RANGE=THISANDFUTURE" if data.this_and_future else ""
        lines.append(_datetime_property("RECURRENCE-ID", data.recurrence_id, zone, tz, range_))
    lines += [f"RRULE:{rule}" for rule in data.rrules]
    lines += [_datetime_property("RDATE", m, zone, tz) for m in data.rdates]
    lines += [_datetime_property("EXDATE", m, zone, tz) for m in data.exdates]
    if data.sequence:
        lines.append(f"SEQUENCE:{data.sequence}")
    return lines


def _vtodo(record: TaskRecord, zones: _ExportZones) -> list[str]:
    data = record.data
    lines = ["BEGIN:VTODO", f"UID:{escape(calendar_uid(record.uid))}"]
    if not any(p.name == "DTSTAMP" for p in data.ical_extra):
        lines.append(f"DTSTAMP:{_stamp(record.meta.updated_at, True)}")
    lines += _text_property("SUMMARY", data.title, data.ical_extra)
    lines += _text_property("DESCRIPTION", data.notes, data.ical_extra)
    if data.due_date is not None:
        lines.append(_due_property(data, zones))
    if data.priority:
        lines.append(f"PRIORITY:{data.priority}")
    lines.append(f"STATUS:{data.status.upper()}")
    if data.percent_complete:
        lines.append(f"PERCENT-COMPLETE:{data.percent_complete}")
    if record.completed_at is not None and data.status == "completed":
        lines.append(f"COMPLETED:{_stamp(record.completed_at, True)}")
    if data.recurrence:
        lines.append(f"RRULE:{data.recurrence}")
    if data.related_to:
        lines.append(f"RELATED-TO:{escape(data.related_to)}")
    if data.owner:
        lines.append(f"{OWNER}:{escape(data.owner)}")
    lines += _link_lines(data.links, data.ical_extra)
    lines += _kept_lines(data.ical_extra, {"SUMMARY": data.title, "DESCRIPTION": data.notes}, zones)
    for alarm in data.alarms:
        lines += _valarm(alarm, zones)
    if data.reminder_at is not None:
        lines += _valarm(Alarm(trigger_at=data.reminder_at, description=data.title,
                               extra=(CalendarProperty(REMINDER_MARK, "TRUE"),)), zones)
    return [*lines, "END:VTODO"]


def _link_lines(links: Iterable[Link], extra: tuple[CalendarProperty, ...]) -> list[str]:
    """X-RAPPORT-CONTACT/-ACCOUNT/-DEAL per link (one kept as a property already is written with those)."""
    kept = {(p.name, p.value.strip()) for p in extra if p.name in LINK_KIND}
    return [f"{LINK_PROPERTY[link.kind]}:{escape(link.uid)}" for link in links
            if link.kind in LINK_PROPERTY and (LINK_PROPERTY[link.kind], link.uid) not in kept]


def _due_property(data: TaskData, zones: _ExportZones) -> str:
    assert data.due_date is not None
    if not data.due_time:
        return f"DUE;VALUE=DATE:{_basic_date(data.due_date)}"
    wall = datetime.combine(data.due_date, time.fromisoformat(data.due_time))
    if data.timezone == "UTC":
        return f"DUE:{_stamp(wall, True)}"
    zone, tz = zones.use(data.timezone, data.ical_extra, data.due_date) if data.timezone else ("", None)
    if tz is not None:
        return f"DUE;TZID={_tzid_param(zone)}:{_stamp(wall, False)}"
    return f"DUE:{_stamp(wall, False)}"


def _valarm(alarm: Alarm, zones: _ExportZones) -> list[str]:
    lines = ["BEGIN:VALARM", f"ACTION:{alarm.action}"]
    if alarm.trigger_at is not None:
        lines.append(f"TRIGGER;VALUE=DATE-TIME:{_stamp(alarm.trigger_at, True)}")
    elif alarm.trigger_minutes is not None:
        related = ";RELATED=END" if alarm.trigger_related == "END" else ""
        lines.append(f"TRIGGER{related}:{_duration_text(alarm.trigger_minutes)}")
    if alarm.description or alarm.action in ("DISPLAY", "EMAIL"):
        lines.append(f"DESCRIPTION:{escape(alarm.description)}")  # required for these actions, if empty
    lines += _kept_lines(alarm.extra, {}, zones)
    return [*lines, "END:VALARM"]


def _duration_text(minutes: int) -> str:
    sign = "-" if minutes < 0 else ""
    days, rest = divmod(abs(minutes), 1440)
    hours, mins = divmod(rest, 60)
    clock = (f"{hours}H" if hours else "") + (f"{mins}M" if mins else "")
    if not days and not clock:
        return "PT0S"
    return f"{sign}P" + (f"{days}D" if days else "") + (f"T{clock}" if clock else "")


def _basic_date(day: date | datetime) -> str:
    """YYYYMMDD with a four-digit year: strftime's %Y drops the zeros of years before 1000 on glibc
    ("10101" for 1 January of year 1), which no reader takes back."""
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"
