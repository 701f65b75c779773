"""A deal as an iCalendar VTODO: what a small office's calendar server carries of its pipeline.

A plain task app or phone shows a deal as a task due at its expected close, titled with the deal's
title, its description starting with one line of where it stands ("Proposal · 12,000.00 EUR · 50 %")
and then the deal's notes; won is a completed task, lost a cancelled one. What Rapport needs beyond
that travels in X-RAPPORT-* properties (the README lists them): the stage and the definition of every
stage the deal names (so that another laptop can make the pipeline), the company and the people with
their part in the deal, amount, currency, probability, lead source, owner, status, lost reason, and
the whole stage history, one X-RAPPORT-MOVE per move.

What a phone edits in the standard properties comes back: SUMMARY (the title), DUE (the expected
close), DESCRIPTION (the notes, below the line Rapport wrote), STATUS (completed: won; cancelled: lost;
open again: reopened). Every other line (an alarm, a priority, a category a phone added) is kept
verbatim and written back with the deal.

Writer and reader are ours: a few lines of text in a fixed order (the same deal always gives the same
text), and a content-line parser (quoted parameters, RFC 6868's caret escapes) that keeps unmodelled
lines exactly as they came. The icalendar library read a deal in 4.3 ms, 8.6 s of the first pull of an
office's 2,000 deals; it and vobject stay as the tests' check of what we write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from app.errors import RapportError
from app.formats.ical import PRODID, categories, categories_value, escape
from app.formats.ical_carried import FIELD, TAGS, param_text  # the deal's tags and custom field values
from app.formats.vcard import unescape

DEAL_KIND = "deal"  # X-RAPPORT-KIND of a VTODO that is a deal
KIND = "X-RAPPORT-KIND"
STAGE, STAGE_DEF, MOVE = "X-RAPPORT-STAGE", "X-RAPPORT-STAGE-DEF", "X-RAPPORT-MOVE"
ACCOUNT, CONTACT = "X-RAPPORT-ACCOUNT", "X-RAPPORT-CONTACT"
AMOUNT, CURRENCY, PROBABILITY = "X-RAPPORT-AMOUNT", "X-RAPPORT-CURRENCY", "X-RAPPORT-PROBABILITY"
LEAD_SOURCE, OWNER = "X-RAPPORT-LEAD-SOURCE", "X-RAPPORT-OWNER"
STATUS, LOST_REASON = "X-RAPPORT-STATUS", "X-RAPPORT-LOST-REASON"
CLOSED, STAGE_ENTERED = "X-RAPPORT-CLOSED", "X-RAPPORT-STAGE-ENTERED"
# Written from the deal itself each time, so never kept from the text read.
MODELLED = frozenset({
    "UID", "DTSTAMP", "CREATED", "LAST-MODIFIED", "SUMMARY", "DESCRIPTION", "DUE", "STATUS", "COMPLETED", KIND,
    STAGE, STAGE_DEF, MOVE, ACCOUNT, CONTACT, AMOUNT, CURRENCY, PROBABILITY, LEAD_SOURCE, OWNER, STATUS,
    LOST_REASON, CLOSED, STAGE_ENTERED, TAGS, FIELD,
})
_STANDARD_STATUS = {"open": "NEEDS-ACTION", "won": "COMPLETED", "lost": "CANCELLED"}
_NAME = re.compile(r"^[A-Za-z0-9-]+")
_PARAM = re.compile(r'([A-Za-z0-9-]+)=("[^"]*"|[^";:]*)')
_KIND_LINE = re.compile(r"^X-RAPPORT-KIND(;[^:]*)?:deal\s*$", re.IGNORECASE | re.MULTILINE)


class DealFormatError(RapportError):
    """A deal's calendar object that cannot be read back."""


@dataclass(frozen=True, order=True)
class StageDef:
    """A stage as a deal's text defines it, with its pipeline: enough to make both on another laptop."""

    pipeline_uid: str
    position: int
    uid: str
    name: str
    probability: int
    pipeline_name: str
    changed: str = ""  # when the pipeline's definition last changed, as a UTC stamp ("" never): the newer wins


@dataclass(frozen=True)
class DealEntry:
    """A deal as its calendar object holds it. Times are naive UTC, as the store keeps them."""

    uid: str
    title: str
    stage: str  # the stage's uid
    stages: tuple[StageDef, ...]  # sorted
    account: str = ""  # the company's uid
    people: tuple[tuple[str, str], ...] = ()  # (contact uid, part in the deal), in the deal's order
    amount: str = ""  # a decimal in plain digits ("12000.00"); "" when none
    currency: str = ""
    probability: int | None = None  # the deal's own; None: its stage's
    expected_close: date | None = None
    lead_source: str = ""
    owner: str = ""
    notes: str = ""
    status: str = "open"  # open | won | lost
    lost_reason: str = ""
    closed_at: datetime | None = None
    stage_entered_at: datetime | None = None
    history: tuple[tuple[datetime, str, str], ...] = ()  # (when, from stage uid or "", to stage uid), sorted
    extra: tuple[str, ...] = ()  # unmodelled lines (and sub-components) of the VTODO, verbatim
    tags: tuple[str, ...] = ()  # sorted as tags are (app.tags.tag_key)
    fields: tuple[tuple[str, str, str, str, str], ...] = ()  # custom values: (key, label, type, choices, value)
    created_at: datetime | None = field(default=None, compare=False)
    updated_at: datetime | None = field(default=None, compare=False)

    def stage_def(self, uid: str) -> StageDef | None:
        return next((s for s in self.stages if s.uid == uid), None)


def is_deal(text: str) -> bool:
    """Whether a calendar object's text is a deal Rapport wrote (cheap: no parsing)."""
    return _KIND_LINE.search(text.replace("\r\n ", "").replace("\n ", "")) is not None


def headline(entry: DealEntry) -> str:
    """The line a phone shows first: stage, amount, probability, and the outcome of a closed deal."""
    stage = entry.stage_def(entry.stage)
    parts = [stage.name if stage else ""]
    if entry.amount:
        parts.append(f"{_grouped(entry.amount)} {entry.currency}".strip())
    probability = entry.probability if entry.probability is not None else (stage.probability if stage else None)
    if entry.status == "open" and probability is not None:
        parts.append(f"{probability} %")
    if entry.status != "open":
        parts.append(entry.status)
    return " · ".join(p for p in parts if p)


def _grouped(amount: str) -> str:
    try:
        value = Decimal(amount)
    except InvalidOperation:
        return amount
    return f"{value:,}"


# --- writing ----------------------------------------------------------------------------------------


def write(entry: DealEntry, now: datetime) -> str:
    """The VCALENDAR text of one deal (CRLF line ends, folded at 75 octets)."""
    from app.formats.ical import _fold  # one folding rule for every calendar text Rapport writes

    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "BEGIN:VTODO", f"UID:{escape(entry.uid)}",
             f"DTSTAMP:{_stamp(now)}"]
    if entry.created_at is not None:
        lines.append(f"CREATED:{_stamp(entry.created_at)}")
    if entry.updated_at is not None:
        lines.append(f"LAST-MODIFIED:{_stamp(entry.updated_at)}")
    lines.append(f"SUMMARY:{escape(entry.title)}")
    description = headline(entry) + ("\n\n" + entry.notes if entry.notes else "")
    lines.append(f"DESCRIPTION:{escape(description)}")
    if entry.expected_close is not None:
        lines.append(f"DUE;VALUE=DATE:{entry.expected_close:%Y%m%d}")
    lines.append(f"STATUS:{_STANDARD_STATUS.get(entry.status, 'NEEDS-ACTION')}")
    if entry.status == "won" and entry.closed_at is not None:
        lines.append(f"COMPLETED:{_stamp(entry.closed_at)}")
    lines += [f"{KIND}:{DEAL_KIND}", f"{STAGE}:{escape(entry.stage)}"]
    for stage in entry.stages:
        lines.append(f"{STAGE_DEF};X-UID={param_text(stage.uid)};X-PIPELINE={param_text(stage.pipeline_uid)}"
                     f";X-PIPELINE-NAME={param_text(stage.pipeline_name)};X-POSITION={stage.position}"
                     f";X-PROBABILITY={stage.probability}{f';X-CHANGED={stage.changed}' if stage.changed else ''}"
                     f":{escape(stage.name)}")
    if entry.account:
        lines.append(f"{ACCOUNT}:{escape(entry.account)}")
    for uid, role in entry.people:
        lines.append(f"{CONTACT}{f';X-ROLE={param_text(role)}' if role else ''}:{escape(uid)}")
    for name, value in ((AMOUNT, entry.amount), (CURRENCY, entry.currency), (LEAD_SOURCE, entry.lead_source),
                        (OWNER, entry.owner), (STATUS, entry.status), (LOST_REASON, entry.lost_reason)):
        if value:
            lines.append(f"{name}:{escape(value)}")
    if entry.probability is not None:
        lines.append(f"{PROBABILITY}:{entry.probability}")
    if entry.closed_at is not None:
        lines.append(f"{CLOSED}:{_stamp(entry.closed_at)}")
    if entry.stage_entered_at is not None:
        lines.append(f"{STAGE_ENTERED}:{_stamp(entry.stage_entered_at)}")
    for when, source, target in entry.history:
        origin = f";X-FROM={param_text(source)}" if source else ""
        lines.append(f"{MOVE}{origin};X-TO={param_text(target)}:{_stamp(when)}")
    if entry.tags:
        lines.append(f"{TAGS}:{categories_value(entry.tags)}")
    for key, label, kind, choices, value in entry.fields:
        lines.append(f"{FIELD};KEY={param_text(key)};LABEL={param_text(label)};X-TYPE={param_text(kind)}"
                     f"{f';X-CHOICES={param_text(choices)}' if choices else ''}:{escape(value)}")
    lines += entry.extra
    lines += ["END:VTODO", "END:VCALENDAR"]
    return b"".join(_fold(line) + b"\r\n" for line in lines).decode("utf-8")


def _stamp(moment: datetime) -> str:
    return f"{moment.year:04d}{moment:%m%dT%H%M%S}Z"


def stamp(moment: datetime) -> str:
    """A naive UTC moment as an iCalendar UTC stamp."""
    return _stamp(moment)


def change_stamp(moment: datetime | None) -> str:
    """A pipeline definition's change moment as StageDef.changed holds it ("" for none): stamps of one form
    compare as text in time order."""
    return _stamp(moment) if moment is not None else ""


# --- reading ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    """One content line of the VTODO: its name, parameters (unquoted, RFC 6868 decoded) and raw value."""

    name: str
    params: dict[str, str]
    value: str

    @property
    def text(self) -> str:
        return unescape(self.value).strip()


def read(text: str) -> DealEntry:
    """The deal in a calendar object's text (the first VTODO marked as a deal). DealFormatError when the
    text holds none, or its stage cannot be told."""
    block = next((b for b in _vtodos(text) if any(p.name == KIND and p.text.lower() == DEAL_KIND
                                                  for p in b[0])), None)
    if block is None:
        raise DealFormatError("no VTODO marked X-RAPPORT-KIND:deal")
    lines, kept = block
    by_name: dict[str, list[_Line]] = {}
    for line in lines:
        by_name.setdefault(line.name, []).append(line)

    def first(name: str) -> str:
        return by_name[name][0].text if name in by_name else ""

    def moment(name: str) -> datetime | None:
        return _parse_stamp(by_name[name][0].value.strip()) if name in by_name else None

    uid = first("UID")
    if not uid:
        raise DealFormatError("a deal without a UID")
    stages = tuple(sorted(_stage_def(p) for p in by_name.get(STAGE_DEF, [])))
    stage = first(STAGE)
    if not stage or not any(s.uid == stage for s in stages):
        raise DealFormatError(f"deal {uid}: its stage {stage!r} is not defined in it ({STAGE_DEF})")
    status = first(STATUS).lower() or "open"
    status = status if status in _STANDARD_STATUS else "open"
    closed_at = moment(CLOSED)
    standard = first("STATUS").upper()
    lost_reason = first(LOST_REASON)
    # A phone ticks or unticks the task: its word is the later one.
    if standard == "COMPLETED" and status != "won":
        status, closed_at, lost_reason = "won", moment("COMPLETED") or closed_at, ""
    elif standard == "CANCELLED" and status != "lost":
        status = "lost"
    elif standard in ("NEEDS-ACTION", "IN-PROCESS", "") and status != "open":
        status, closed_at, lost_reason = "open", None, ""
    probability = first(PROBABILITY)
    entry = DealEntry(
        uid=uid,
        title=" ".join(first("SUMMARY").split()),
        stage=stage,
        stages=stages,
        account=first(ACCOUNT),
        people=tuple((p.text, p.params.get("X-ROLE", "")) for p in by_name.get(CONTACT, [])),
        amount=first(AMOUNT),
        currency=first(CURRENCY),
        probability=min(int(probability), 100) if probability.isdigit() else None,
        expected_close=_day(by_name["DUE"][0].value) if "DUE" in by_name else None,
        lead_source=first(LEAD_SOURCE),
        owner=first(OWNER),
        status=status,
        lost_reason=lost_reason if status == "lost" else "",
        closed_at=closed_at if status != "open" else None,
        stage_entered_at=moment(STAGE_ENTERED),
        history=tuple(sorted(_move(p) for p in by_name.get(MOVE, []))),
        extra=tuple(kept),
        tags=categories(p.value for p in by_name.get(TAGS, [])),
        fields=tuple(sorted((p.params.get("KEY", "").strip(), p.params.get("LABEL", "").strip(),
                             (p.params.get("X-TYPE", "") or "text").lower(), p.params.get("X-CHOICES", ""),
                             unescape(p.value)) for p in by_name.get(FIELD, []) if p.params.get("KEY", "").strip())),
        created_at=moment("CREATED"),
    )
    description = unescape(by_name["DESCRIPTION"][0].value) if "DESCRIPTION" in by_name else ""
    return _with_notes(entry, description.replace("\r\n", "\n"))


def _vtodos(text: str) -> list[tuple[list[_Line], list[str]]]:
    return components(text, "VTODO", MODELLED)


def components(text: str, component: str, modelled: frozenset[str]) -> list[tuple[list[_Line], list[str]]]:
    """Each `component` (VTODO, VJOURNAL) of the text: its content lines named in `modelled` parsed, and the
    lines Rapport does not model (sub-components whole), verbatim."""
    unfolded = re.sub(r"\r?\n[ \t]", "", text).replace("\r\n", "\n").split("\n")
    found: list[tuple[list[_Line], list[str]]] = []
    depth = 0  # 1 inside the component, more inside its sub-components
    for raw in unfolded:
        upper = raw.upper()
        if depth == 0:
            if upper.startswith(f"BEGIN:{component}"):
                depth = 1
                found.append(([], []))
            continue
        lines, kept = found[-1]
        if upper.startswith("BEGIN:"):
            depth += 1
        elif upper.startswith("END:"):
            depth -= 1
            if depth == 0:
                continue
            kept.append(raw)
            continue
        if depth > 1:
            kept.append(raw)
            continue
        line = _parse(raw)
        if line is None:
            continue
        if line.name in modelled:
            lines.append(line)
        elif raw.strip():
            kept.append(raw)
    return found


def _parse(raw: str) -> _Line | None:
    """NAME;PARAM=value;PARAM="quoted":value, or None for a line that is not one."""
    name = _NAME.match(raw)
    if name is None:
        return None
    params: dict[str, str] = {}
    position = name.end()
    while position < len(raw) and raw[position] == ";":
        match = _PARAM.match(raw, position + 1)
        if match is None:
            return None
        value = match.group(2)
        if value.startswith('"'):
            value = value[1:-1]
        params[match.group(1).upper()] = re.sub(r"\^(.)", lambda m: {"n": "\n", "'": '"', "^": "^"}.get(
            m.group(1), "^" + m.group(1)), value)
        position = match.end()
    if position >= len(raw) or raw[position] != ":":
        return None
    return _Line(name.group(0).upper(), params, raw[position + 1:])


def _with_notes(entry: DealEntry, description: str) -> DealEntry:
    """The notes are what follows the headline; a description whose first line is not the headline this
    very text makes (a phone edited it) is all notes, so that nothing typed there is lost."""
    from dataclasses import replace

    head, _, rest = description.partition("\n\n")
    if head == headline(entry):
        return replace(entry, notes=rest)
    return replace(entry, notes="" if description == headline(entry) else description)


def parse_stamp(raw: str) -> datetime | None:
    """A UTC stamp (20260305T090000Z) as the store's naive UTC; None for what is not one."""
    return _parse_stamp(raw)


def _parse_stamp(raw: str) -> datetime | None:
    match = re.fullmatch(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)", raw)
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _day(value: str) -> date | None:
    """A DUE's day: a DATE, or the day of a DATE-TIME as written (a phone that set a time keeps the day)."""
    match = re.match(r"\s*(\d{4})(\d{2})(\d{2})", value)
    if match is None:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _stage_def(line: _Line) -> StageDef:
    params = line.params
    try:
        position, probability = int(params.get("X-POSITION", 0)), int(params.get("X-PROBABILITY", 0))
    except ValueError:
        position, probability = 0, 0
    changed = params.get("X-CHANGED", "")
    return StageDef(params.get("X-PIPELINE", ""), position, params.get("X-UID", ""), line.text,
                    max(0, min(probability, 100)), params.get("X-PIPELINE-NAME", ""),
                    changed if _parse_stamp(changed) is not None else "")


def _move(line: _Line) -> tuple[datetime, str, str]:
    when = _parse_stamp(line.value.strip()) or datetime(1970, 1, 1)
    return when, line.params.get("X-FROM", ""), line.params.get("X-TO", "")
