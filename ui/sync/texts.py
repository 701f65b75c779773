"""Words and values the sync screens show: an account's short name, a kind of collection, a record field's
label and value as the user reads them (a conflict's two sides hold vCard/iCalendar fields)."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from app.validation import PartialDate
from sync.state import AccountRow, CollectionRow
from ui.detail.timeline_model import local
from ui.pipeline.look import count_text

CONTEXT = "SyncTexts"
# lupdate reads only translate("Context", "literal"): a helper taking a variable (or a bare tr()) hides the text.
translate = QCoreApplication.translate


def translated(marked: object) -> str:
    """A text marked with QT_TRANSLATE_NOOP("SyncTexts", …) (a table's value), in the current language."""
    return translate(CONTEXT, str(marked))


def account_name(account: AccountRow) -> str:
    """user@host: what the user typed, short enough for a menu."""
    return user_at_host(account.username, account.url)


def user_at_host(username: str, url: str) -> str:
    return f"{username}@{urlsplit(url).hostname or url}"


def collection_holds(collection: CollectionRow) -> str:
    if collection.kind == "addressbook":
        return translate("SyncTexts", "Contacts and accounts (vCard %1)").replace("%1", collection.vcard_version)
    taken = {c.strip() for c in collection.components.split(",") if c.strip()} or {"VEVENT", "VTODO", "VJOURNAL"}
    parts = []
    if "VEVENT" in taken:
        parts.append(translate("SyncTexts", "Meetings"))
    if "VTODO" in taken:
        parts.append(translate("SyncTexts", "Tasks and deals"))
    if "VJOURNAL" in taken:
        parts.append(translate("SyncTexts", "Calls, e-mails and notes"))
    if not parts:
        return translate("SyncTexts", "Nothing Rapport syncs (%1)").replace("%1", collection.components)
    return " · ".join(parts)


def takes_meetings(collection: CollectionRow) -> bool:
    taken = {c.strip() for c in collection.components.split(",") if c.strip()}
    return collection.kind == "calendar" and (not taken or "VEVENT" in taken)


def takes_tasks(collection: CollectionRow) -> bool:
    taken = {c.strip() for c in collection.components.split(",") if c.strip()}
    return collection.kind == "calendar" and (not taken or "VTODO" in taken)


def stored_time(text: str | None) -> str:
    """A time the sync tables keep (naive UTC, ISO) in the user's zone and locale, short."""
    if not text:
        return translate("SyncTexts", "never")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    return QLocale().toString(local(moment), QLocale.FormatType.ShortFormat)


def stored_time_long(text: str | None) -> str:
    if not text:
        return translate("SyncTexts", "never")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    return QLocale().toString(local(moment), QLocale.FormatType.LongFormat)


# Marked for lupdate (QT_TRANSLATE_NOOP needs its context as a literal); translated where shown.
FIELD_LABELS = {
    "display_name": QT_TRANSLATE_NOOP("SyncTexts", "Name shown"),
    "prefix": QT_TRANSLATE_NOOP("SyncTexts", "Prefix"),
    "given": QT_TRANSLATE_NOOP("SyncTexts", "First name"),
    "additional": QT_TRANSLATE_NOOP("SyncTexts", "Middle name"),
    "family": QT_TRANSLATE_NOOP("SyncTexts", "Last name"),
    "suffix": QT_TRANSLATE_NOOP("SyncTexts", "Suffix"),
    "nickname": QT_TRANSLATE_NOOP("SyncTexts", "Nickname"),
    "job_title": QT_TRANSLATE_NOOP("SyncTexts", "Job title"),
    "department": QT_TRANSLATE_NOOP("SyncTexts", "Department"),
    "birthday": QT_TRANSLATE_NOOP("SyncTexts", "Birthday"),
    "anniversary": QT_TRANSLATE_NOOP("SyncTexts", "Anniversary"),
    "photo": QT_TRANSLATE_NOOP("SyncTexts", "Photo"),
    "notes": QT_TRANSLATE_NOOP("SyncTexts", "Notes"),
    "emails": QT_TRANSLATE_NOOP("SyncTexts", "E-mail"),
    "phones": QT_TRANSLATE_NOOP("SyncTexts", "Phone"),
    "addresses": QT_TRANSLATE_NOOP("SyncTexts", "Address"),
    "urls": QT_TRANSLATE_NOOP("SyncTexts", "Website"),
    "ims": QT_TRANSLATE_NOOP("SyncTexts", "Chat"),
    "related": QT_TRANSLATE_NOOP("SyncTexts", "Related people"),
    "dates": QT_TRANSLATE_NOOP("SyncTexts", "Dates"),
    "tags": QT_TRANSLATE_NOOP("SyncTexts", "Tags"),
    "members": QT_TRANSLATE_NOOP("SyncTexts", "Members"),
    "name": QT_TRANSLATE_NOOP("SyncTexts", "Name"),
    "industry": QT_TRANSLATE_NOOP("SyncTexts", "Industry"),
    "website": QT_TRANSLATE_NOOP("SyncTexts", "Website"),
    "phone": QT_TRANSLATE_NOOP("SyncTexts", "Phone"),
    "subject": QT_TRANSLATE_NOOP("SyncTexts", "Subject"),
    "text": QT_TRANSLATE_NOOP("SyncTexts", "Description"),
    "occurred_at": QT_TRANSLATE_NOOP("SyncTexts", "Starts"),
    "ends_at": QT_TRANSLATE_NOOP("SyncTexts", "Ends"),
    "duration_minutes": QT_TRANSLATE_NOOP("SyncTexts", "Duration (minutes)"),
    "location": QT_TRANSLATE_NOOP("SyncTexts", "Location"),
    "all_day": QT_TRANSLATE_NOOP("SyncTexts", "All day"),
    "title": QT_TRANSLATE_NOOP("SyncTexts", "Title"),
    "due_date": QT_TRANSLATE_NOOP("SyncTexts", "Due date"),
    "due_time": QT_TRANSLATE_NOOP("SyncTexts", "Due time"),
    "priority": QT_TRANSLATE_NOOP("SyncTexts", "Priority"),
    "status": QT_TRANSLATE_NOOP("SyncTexts", "Status"),
    "extra": QT_TRANSLATE_NOOP("SyncTexts", "Other properties"),
    "kind": QT_TRANSLATE_NOOP("SyncTexts", "Kind"),
    "outcome": QT_TRANSLATE_NOOP("SyncTexts", "Outcome"),
    "stage": QT_TRANSLATE_NOOP("SyncTexts", "Stage"),
    "stages": QT_TRANSLATE_NOOP("SyncTexts", "Pipeline stages"),
    "account": QT_TRANSLATE_NOOP("SyncTexts", "Company"),
    "people": QT_TRANSLATE_NOOP("SyncTexts", "People"),
    "amount": QT_TRANSLATE_NOOP("SyncTexts", "Amount"),
    "currency": QT_TRANSLATE_NOOP("SyncTexts", "Currency"),
    "probability": QT_TRANSLATE_NOOP("SyncTexts", "Probability (%)"),
    "expected_close": QT_TRANSLATE_NOOP("SyncTexts", "Expected close"),
    "lead_source": QT_TRANSLATE_NOOP("SyncTexts", "Lead source"),
    "owner": QT_TRANSLATE_NOOP("SyncTexts", "Owner"),
    "lost_reason": QT_TRANSLATE_NOOP("SyncTexts", "Why it was lost"),
    "closed_at": QT_TRANSLATE_NOOP("SyncTexts", "Closed"),
    "stage_entered_at": QT_TRANSLATE_NOOP("SyncTexts", "In this stage since"),
    "history": QT_TRANSLATE_NOOP("SyncTexts", "Stage history"),
    "organisation": QT_TRANSLATE_NOOP("SyncTexts", "Company"),
}


def field_label(name: str) -> str:
    """A field's label; a calendar instance's field ("<recurrence id>|subject") says which occurrence."""
    occurrence, _, base = name.rpartition("|")
    label = translated(FIELD_LABELS[base]) if base in FIELD_LABELS else base.replace("_", " ").capitalize()
    if not occurrence:
        return label
    return translate("SyncTexts", "%1 (occurrence %2)").replace("%1", label).replace("%2", occurrence)


def display_value(value: Any) -> str:
    """A field value as text: dates in the locale, lists one entry a line, labels in brackets."""
    if value is None or value == "" or value == ():
        return ""
    if isinstance(value, bool):
        return translate("SyncTexts", "Yes") if value else translate("SyncTexts", "No")
    if isinstance(value, PartialDate):
        if value.year is None:
            return QLocale().toString(QDate(2000, value.month, value.day), "d MMMM")
        return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)
    if isinstance(value, datetime):
        return QLocale().toString(local(value), QLocale.FormatType.ShortFormat)
    if isinstance(value, date):
        return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)
    if isinstance(value, bytes):
        return translate("SyncTexts", "(picture, %1 bytes)").replace("%1", QLocale().toString(len(value)))
    if isinstance(value, (tuple, list)):
        return "\n".join(filter(None, (display_value(v) for v in value)))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _entry(value)
    return str(value)


def _entry(value: Any) -> str:
    """One entry of a list (an e-mail, a phone, an address, ...) with its label."""
    names = {f.name for f in dataclasses.fields(value)}
    if "street" in names:  # an address
        parts = [value.street, value.extended, value.po_box, " ".join(filter(None, (value.postal_code,
                 value.locality))), value.region, value.country]
        main = ", ".join(p for p in parts if p)
    elif "handle" in names:
        main = f"{value.handle} ({value.protocol})" if value.protocol else value.handle
    elif "name" in names and "value" in names:  # a property Rapport keeps as it came
        main = f"{value.name}: {value.value}"
    elif "value" in names:
        main = display_value(value.value)
    else:
        main = ", ".join(display_value(getattr(value, n)) for n in ("name", "account_uid", "role") if n in names
                         and getattr(value, n))
        if not main:
            main = str(value)
    label = getattr(value, "label", "")
    return f"{main} ({label})" if label and main else main


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _count(kind: str, n: int) -> str:
    words = {
        "contact": translate("SyncTexts", "%n contact(s)", "", n),
        "account": translate("SyncTexts", "%n account(s)", "", n),
        "activity": translate("SyncTexts", "%n meeting(s)", "", n),
        "task": translate("SyncTexts", "%n task(s)", "", n),
        "deal": translate("SyncTexts", "%n deal(s)", "", n),
        "lead": translate("SyncTexts", "%n lead(s)", "", n),
        "journal": translate("SyncTexts", "%n call(s), e-mail(s) and note(s)", "", n),
        "group": translate("SyncTexts", "%n contact group(s)", "", n),
    }
    return count_text(words.get(kind, "%n"), n)


def first_sync_html(previews: list[Any]) -> str:
    """What the first sync of an account will do (sync.service.CollectionPreview rows), a line per collection:
    what goes up from here, what comes down from the server."""
    lines = []
    for preview in previews:
        where = (translate("SyncTexts", "Address book “%1”") if preview.kind == "addressbook"
                 else translate("SyncTexts", "Calendar “%1”")).replace("%1", _escape(preview.name))
        going = [_count(kind, n) for kind, n in preview.upload.items() if n]
        if going:
            up = translate("SyncTexts", "up from here: %1").replace("%1", ", ".join(going))
        elif preview.upload:
            up = translate("SyncTexts", "nothing to send from here")
        else:
            up = translate("SyncTexts", "nothing goes up (new records go to another collection)")
        if preview.download is None:
            down = translate("SyncTexts", "the server did not say how much it holds")
        else:
            down = count_text(translate("SyncTexts", "down from the server: %n item(s)", "", preview.download),
                              preview.download)
        lines.append(f"<li><b>{where}</b>: {up}; {down}.</li>")
    return "<ul>" + "".join(lines) + "</ul>"
