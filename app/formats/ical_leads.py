"""A lead as an iCalendar VJOURNAL: how an office's leads travel through its calendar server, with the calls
and notes (the journal calendar holds both).

A calendar app that shows journal entries shows a lead on the day it came in, titled with its name and
company, its notes as the description; new and contacted leads are DRAFT entries, a qualified one FINAL and
a disqualified one CANCELLED. The lead itself travels in X-RAPPORT-* properties (the README lists them):
the person, company, job title, e-mail, phone, source, status, reason, owner, when it was decided, and the
contact, account and deal it became (their uids: the records sync carries themselves). Of the standard
properties only DESCRIPTION (the notes) is read back: a lead is edited here. Every other line is kept
verbatim and written back.

Writer and reader are ours, on app/formats/ical_deals.py's content-line parser, as the deals' are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from app.errors import RapportError
from app.formats.ical import PRODID, escape
from app.formats.ical_deals import components, parse_stamp, stamp

LEAD_KIND = "lead"  # X-RAPPORT-KIND of a VJOURNAL that is a lead
KIND = "X-RAPPORT-KIND"
NAME, COMPANY, JOB_TITLE = "X-RAPPORT-LEAD-NAME", "X-RAPPORT-LEAD-COMPANY", "X-RAPPORT-LEAD-JOB-TITLE"
EMAIL, PHONE, SOURCE = "X-RAPPORT-LEAD-EMAIL", "X-RAPPORT-LEAD-PHONE", "X-RAPPORT-LEAD-SOURCE"
STATUS, REASON, OWNER, CLOSED = "X-RAPPORT-LEAD-STATUS", "X-RAPPORT-LEAD-REASON", "X-RAPPORT-OWNER", "X-RAPPORT-CLOSED"
CONTACT, ACCOUNT, DEAL = "X-RAPPORT-LEAD-CONTACT", "X-RAPPORT-LEAD-ACCOUNT", "X-RAPPORT-LEAD-DEAL"
# Written from the lead itself each time, so never kept from the text read.
MODELLED = frozenset({
    "UID", "DTSTAMP", "DTSTART", "CREATED", "LAST-MODIFIED", "SUMMARY", "DESCRIPTION", "STATUS", KIND, NAME,
    COMPANY, JOB_TITLE, EMAIL, PHONE, SOURCE, STATUS, REASON, OWNER, CLOSED, CONTACT, ACCOUNT, DEAL,
})
STATUSES = ("new", "contacted", "qualified", "disqualified")
_STANDARD_STATUS = {"new": "DRAFT", "contacted": "DRAFT", "qualified": "FINAL", "disqualified": "CANCELLED"}
_KIND_LINE = re.compile(r"^X-RAPPORT-KIND(;[^:]*)?:lead\s*$", re.IGNORECASE | re.MULTILINE)


class LeadFormatError(RapportError):
    """A lead's calendar object that cannot be read back."""


@dataclass(frozen=True)
class LeadEntry:
    """A lead as its calendar object holds it. Times are naive UTC, as the store keeps them."""

    uid: str
    name: str = ""
    company: str = ""
    job_title: str = ""
    email: str = ""
    phone: str = ""
    source: str = ""
    status: str = "new"
    reason: str = ""
    notes: str = ""
    owner: str = ""
    closed_at: datetime | None = None
    contact: str = ""  # what it became: uids, "" for none
    account: str = ""
    deal: str = ""
    extra: tuple[str, ...] = ()  # unmodelled lines of the VJOURNAL, verbatim
    created_at: datetime | None = field(default=None, compare=False)
    updated_at: datetime | None = field(default=None, compare=False)


def is_lead(text: str) -> bool:
    """Whether a calendar object's text is a lead Rapport wrote (cheap: no parsing)."""
    return _KIND_LINE.search(text.replace("\r\n ", "").replace("\n ", "")) is not None


def write(entry: LeadEntry, now: datetime) -> str:
    """The VCALENDAR text of one lead (CRLF line ends, folded at 75 octets)."""
    from app.formats.ical import _fold  # one folding rule for every calendar text Rapport writes

    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "BEGIN:VJOURNAL", f"UID:{escape(entry.uid)}",
             f"DTSTAMP:{stamp(now)}"]
    if entry.created_at is not None:
        lines += [f"DTSTART;VALUE=DATE:{entry.created_at:%Y%m%d}", f"CREATED:{stamp(entry.created_at)}"]
    if entry.updated_at is not None:
        lines.append(f"LAST-MODIFIED:{stamp(entry.updated_at)}")
    lines.append(f"SUMMARY:{escape(' · '.join(p for p in (entry.name, entry.company) if p))}")
    if entry.notes:
        lines.append(f"DESCRIPTION:{escape(entry.notes)}")
    lines += [f"STATUS:{_STANDARD_STATUS.get(entry.status, 'DRAFT')}", f"{KIND}:{LEAD_KIND}"]
    for name, value in ((NAME, entry.name), (COMPANY, entry.company), (JOB_TITLE, entry.job_title),
                        (EMAIL, entry.email), (PHONE, entry.phone), (SOURCE, entry.source), (STATUS, entry.status),
                        (REASON, entry.reason), (OWNER, entry.owner), (CONTACT, entry.contact),
                        (ACCOUNT, entry.account), (DEAL, entry.deal)):
        if value:
            lines.append(f"{name}:{escape(value)}")
    if entry.closed_at is not None:
        lines.append(f"{CLOSED}:{stamp(entry.closed_at)}")
    lines += entry.extra
    lines += ["END:VJOURNAL", "END:VCALENDAR"]
    return b"".join(_fold(line) + b"\r\n" for line in lines).decode("utf-8")


def read(text: str) -> LeadEntry:
    """The lead in a calendar object's text (the first VJOURNAL marked as a lead). LeadFormatError when the
    text holds none."""
    block = next((b for b in components(text, "VJOURNAL", MODELLED)
                  if any(p.name == KIND and p.text.lower() == LEAD_KIND for p in b[0])), None)
    if block is None:
        raise LeadFormatError("no VJOURNAL marked X-RAPPORT-KIND:lead")
    lines, kept = block
    by_name: dict[str, str] = {}
    raw: dict[str, str] = {}
    for line in lines:
        by_name.setdefault(line.name, line.text)
        raw.setdefault(line.name, line.value.strip())
    uid = by_name.get("UID", "")
    if not uid:
        raise LeadFormatError("a lead without a UID")
    status = by_name.get(STATUS, "").lower()
    from app.formats.vcard import unescape

    description = unescape(raw["DESCRIPTION"]).replace("\r\n", "\n") if "DESCRIPTION" in raw else ""
    return LeadEntry(
        uid=uid, name=by_name.get(NAME, ""), company=by_name.get(COMPANY, ""), job_title=by_name.get(JOB_TITLE, ""),
        email=by_name.get(EMAIL, ""), phone=by_name.get(PHONE, ""), source=by_name.get(SOURCE, ""),
        status=status if status in STATUSES else "new", reason=by_name.get(REASON, ""), notes=description,
        owner=by_name.get(OWNER, ""), closed_at=parse_stamp(raw[CLOSED]) if CLOSED in raw else None,
        contact=by_name.get(CONTACT, ""), account=by_name.get(ACCOUNT, ""), deal=by_name.get(DEAL, ""),
        extra=tuple(kept), created_at=parse_stamp(raw["CREATED"]) if "CREATED" in raw else None,
    )
