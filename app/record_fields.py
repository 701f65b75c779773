"""The fields a script sets and reads on each kind of record (`rapport add|update|show|list`).

One table per kind: the option's name (`--job-title`, or `job_title` as a JSON key), how its text becomes
the value the service takes, and how the value is shown back. What goes in and what comes out use the same
names, so `rapport show contact UID --json` is what `rapport add contact --json` reads. Records are
written through the services (one unit of work, one undo step each), never here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from app.errors import ValidationError

# The command line builds its parser from the tables below at every start: the record classes (and the
# models behind them) are imported by the functions that need them, not here.

KINDS = ("contact", "account", "deal", "activity", "task", "lead")
ACTIVITY_KINDS = ("call", "meeting", "email", "note")


@dataclass(frozen=True)
class ScriptField:
    """One settable field of a kind. `attr`: the data class field it sets ("" for tags and custom values,
    which live beside the data); `many`: given again for each value (a list in JSON)."""

    name: str
    attr: str
    help: str
    parse: Callable[[str], Any] = str
    many: bool = False
    metavar: str = "TEXT"

    @property
    def option(self) -> str:
        return "--" + self.name.replace("_", "-")


def _bad(field: str, message: str) -> ValidationError:
    return ValidationError.single(field, message)


def _read(field: str, convert: Callable[[str], Any], expected: str) -> Callable[[str], Any]:
    """A parser of one field's text: empty is None (not given a value), else `convert` of it, and what it
    does not take is said as "'TEXT' is not EXPECTED"."""
    def parse(text: str) -> Any:
        if not text.strip():
            return None
        try:
            return convert(text.strip())
        except ValueError:
            raise _bad(field, f"{text!r} is not {expected}") from None
    return parse


def _utc(text: str) -> datetime:
    # Kept as UTC without a zone, as every time here: one given with its offset is moved to UTC.
    moment = datetime.fromisoformat(text.replace(" ", "T", 1))
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo is not None else moment


def _day(field: str) -> Callable[[str], date | None]:
    return _read(field, date.fromisoformat, "a date (expected YYYY-MM-DD)")


def _moment(field: str) -> Callable[[str], datetime | None]:
    return _read(field, _utc, "a date and time (expected YYYY-MM-DDTHH:MM)")


def _whole(field: str) -> Callable[[str], int | None]:
    return _read(field, int, "a whole number")


def _priority(text: str) -> int:
    return _whole("priority")(text) or 0  # empty: no priority (0), as the window's "None"


def _amount(text: str) -> Any:
    from decimal import Decimal, InvalidOperation

    if not text.strip():
        return None
    try:
        return Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise _bad("amount", f"{text!r} is not an amount (e.g. 1200.50)") from None


def _partial(field: str) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        from app.validation import parse_partial_date

        try:
            return parse_partial_date(text)
        except ValueError:
            raise _bad(field, f"{text!r} is not a date (YYYY-MM-DD, or --MM-DD without the year)") from None
    return parse


def _part(name: str, text: str) -> Any:
    import app.contacts

    return getattr(app.contacts, name)(text.strip())


def _activity_kind(text: str) -> str:
    if text not in ACTIVITY_KINDS:
        raise _bad("kind", f"{text!r} is not a kind of activity ({', '.join(ACTIVITY_KINDS)})")
    return text


_TAG = ScriptField("tag", "", "a tag (again for more; replaces the record's tags)", many=True, metavar="NAME")
_CUSTOM = ScriptField("custom", "", "a custom field's value (again for more; an empty VALUE clears it, the"
                      " fields not named stay)", many=True, metavar="KEY=VALUE")
_LINKS = (
    ScriptField("contact", "links", "a contact it is about (UID; again for more)", many=True, metavar="UID"),
    ScriptField("account", "links", "an account it is about (UID or name; again for more)", many=True,
                metavar="ACCOUNT"),
    ScriptField("deal", "links", "a deal it is about (UID; again for more)", many=True, metavar="UID"),
    ScriptField("lead", "links", "a lead it is about (UID; again for more)", many=True, metavar="UID"),
)

FIELDS: dict[str, tuple[ScriptField, ...]] = {
    "contact": (
        ScriptField("given", "given", "given name"),
        ScriptField("family", "family", "family name"),
        ScriptField("additional", "additional", "middle names"),
        ScriptField("prefix", "prefix", "honorific prefix (Dr.)"),
        ScriptField("suffix", "suffix", "honorific suffix (Jr.)"),
        ScriptField("display_name", "display_name", "the name as shown, if not given and family names"),
        ScriptField("nickname", "nickname", "nickname"),
        ScriptField("job_title", "job_title", "job title"),
        ScriptField("department", "department", "department"),
        ScriptField("notes", "notes", "notes"),
        ScriptField("birthday", "birthday", "birthday (YYYY-MM-DD; without the year --birthday=--MM-DD)",
                    _partial("birthday"), metavar="DATE"),
        ScriptField("email", "emails", "an e-mail address (again for more; the first is preferred)",
                    lambda t: _part("Email", t), many=True, metavar="ADDRESS"),
        ScriptField("phone", "phones", "a phone number (again for more)", lambda t: _part("Phone", t), many=True,
                    metavar="NUMBER"),
        ScriptField("url", "urls", "a web address (again for more)", lambda t: _part("Url", t), many=True,
                    metavar="URL"),
        ScriptField("account", "accounts", "an account the contact works at (UID or name, ACCOUNT:ROLE for a"
                    " role; again for more)", many=True, metavar="ACCOUNT"),
        _TAG, _CUSTOM,
    ),
    "account": (
        ScriptField("name", "name", "the company's name"),
        ScriptField("industry", "industry", "industry"),
        ScriptField("website", "website", "web address"),
        ScriptField("notes", "notes", "notes"),
        ScriptField("phone", "phones", "a phone number (again for more)", lambda t: _part("Phone", t), many=True,
                    metavar="NUMBER"),
        _TAG, _CUSTOM,
    ),
    "deal": (
        ScriptField("title", "title", "what is being sold"),
        ScriptField("stage", "stage_uid", "its stage (name or UID; default: the first of the default pipeline)",
                    metavar="STAGE"),
        ScriptField("account", "account_uid", "the account buying (UID or name)", metavar="ACCOUNT"),
        ScriptField("contact", "contact_uids", "a person on the deal (UID; again for more)", many=True,
                    metavar="UID"),
        ScriptField("amount", "amount", "its value, e.g. 1200.50", _amount, metavar="AMOUNT"),
        ScriptField("currency", "currency", "ISO code of the amount's currency (EUR)", metavar="CODE"),
        ScriptField("probability", "probability", "chance of winning, 0-100 (default: the stage's)",
                    _whole("probability"), metavar="PERCENT"),
        ScriptField("expected_close", "expected_close", "expected close (YYYY-MM-DD)", _day("expected_close"),
                    metavar="DATE"),
        ScriptField("lead_source", "lead_source", "where the lead came from"),
        ScriptField("owner", "owner", "who in the office owns it"),
        ScriptField("notes", "notes", "notes"),
        _TAG, _CUSTOM,
    ),
    "activity": (
        ScriptField("kind", "kind", f"what it was: {', '.join(ACTIVITY_KINDS)} (default: note)", _activity_kind,
                    metavar="KIND"),
        ScriptField("when", "occurred_at", "when (YYYY-MM-DDTHH:MM, UTC; default: now)", _moment("when"),
                    metavar="TIME"),
        ScriptField("ends", "ends_at", "a meeting's end (YYYY-MM-DDTHH:MM, UTC)", _moment("ends"),
                    metavar="TIME"),
        ScriptField("duration", "duration_minutes", "how long, in minutes", _whole("duration"),
                    metavar="MINUTES"),
        ScriptField("subject", "subject", "subject"),
        ScriptField("outcome", "outcome", "outcome of a call or meeting"),
        ScriptField("text", "text", "the note's or e-mail's text"),
        ScriptField("location", "location", "where a meeting is"),
        ScriptField("owner", "owner", "whose it was in the office (default: yours)"),
        *_LINKS, _CUSTOM,
    ),
    "task": (
        ScriptField("title", "title", "what to do"),
        ScriptField("notes", "notes", "notes"),
        ScriptField("due", "due_date", "due date (YYYY-MM-DD)", _day("due"), metavar="DATE"),
        ScriptField("due_time", "due_time", "due time of day (HH:MM)", metavar="HH:MM"),
        ScriptField("priority", "priority", "0 none, 1 highest to 9 lowest", _priority, metavar="N"),
        ScriptField("status", "status", "needs-action, in-process, completed or cancelled", metavar="STATUS"),
        ScriptField("owner", "owner", "who in the office does it"),
        *_LINKS, _CUSTOM,
    ),
    "lead": (
        ScriptField("name", "name", "the person's name"),
        ScriptField("company", "company", "the company's name"),
        ScriptField("job_title", "job_title", "the person's job title"),
        ScriptField("email", "email", "e-mail address", metavar="ADDRESS"),
        ScriptField("phone", "phone", "phone number", metavar="NUMBER"),
        ScriptField("source", "source", "where the lead came from (a web form, a fair, a referral)"),
        ScriptField("status", "status", "new or contacted (disqualified with --reason; `rapport lead qualify` makes"
                    " its contact, account and deal)", metavar="STATUS"),
        ScriptField("reason", "reason", "why it is disqualified"),
        ScriptField("notes", "notes", "notes"),
        ScriptField("owner", "owner", "who in the office works on it (default: you)"),
    ),
}


def field_named(kind: str, name: str) -> ScriptField:
    key = name.replace("-", "_")
    for spec in FIELDS[kind]:
        if spec.name == key:
            return spec
    known = ", ".join(spec.name for spec in FIELDS[kind])
    raise _bad(key, f"a {kind} has no field {name!r} (its fields: {known})")


@dataclass(frozen=True)
class Given:
    """What a script asked to set: data class changes, and the tags and custom values beside them (None:
    not given, left as they are). `link_kinds`: the kinds of link given (--contact, --account, --deal):
    an update replaces those and keeps the record's links of the others."""

    changes: dict[str, Any]
    tags: tuple[str, ...] | None
    custom: dict[str, str] | None
    link_kinds: frozenset[str] = frozenset()


def read_given(kind: str, texts: Mapping[str, Sequence[str]], *, resolve: Callable[[str, str], str]) -> Given:
    """The fields given as texts (field name → its texts; one for a single field), parsed. `resolve(kind,
    text)`: an account's or stage's UID from a name or UID (raises when there is none)."""
    from app.contacts import AccountLink, Email
    from app.links import Link

    changes: dict[str, Any] = {}
    tags: tuple[str, ...] | None = None
    custom: dict[str, str] | None = None
    links: list[Any] = []
    link_kinds: set[str] = set()
    for name, values in texts.items():
        spec = field_named(kind, name)
        values = [v for v in values if v != ""] if spec.many else list(values)
        if not spec.many and len(values) != 1:
            raise _bad(spec.name, f"{spec.option} is given once")
        if spec.name == "tag":
            tags = tuple(dict.fromkeys(v.strip() for v in values if v.strip()))
        elif spec.name == "custom":
            custom = {}
            for value in values:
                key, sep, text = value.partition("=")
                if not sep or not key.strip():
                    raise _bad("custom", f"{value!r} is not KEY=VALUE")
                custom[key.strip()] = text
        elif spec.attr == "links":
            link_kinds.add(spec.name)
            for value in values:
                uid = resolve("account", value) if spec.name == "account" else value.strip()
                links.append(Link(spec.name, uid))
        elif kind == "contact" and spec.name == "account":
            accounts = []
            for value in values:
                accounts.append(_account_link(value, resolve, AccountLink))
            changes["accounts"] = tuple(accounts)
        elif kind == "deal" and spec.name in ("account", "stage"):
            changes[spec.attr] = resolve(spec.name, values[0]) if values[0].strip() else (
                None if spec.name == "account" else "")
        elif spec.many:
            parsed = [spec.parse(v) for v in values]
            if spec.name == "email" and parsed:
                parsed[0] = Email(parsed[0].value, preferred=True)
            changes[spec.attr] = tuple(parsed)
        else:
            changes[spec.attr] = spec.parse(values[0])
    if link_kinds:
        changes["links"] = tuple(dict.fromkeys(links))
    return Given(changes, tags, custom, frozenset(link_kinds))


def _account_link(value: str, resolve: Callable[[str, str], str], link: Any) -> Any:
    """ACCOUNT or ACCOUNT:ROLE, the account by its UID or name: the whole text is tried first (a name may
    hold a colon), then what comes before the last colon."""
    try:
        return link(resolve("account", value), "")
    except ValidationError:
        name_or_uid, colon, role = value.rpartition(":")
        if not colon:
            raise
        return link(resolve("account", name_or_uid), role.strip())


def texts_from_json(kind: str, document: str) -> dict[str, list[str]]:
    """A JSON object of field names (as `show --json` writes them) to values: the texts read_given takes.
    Keys `show` adds that cannot be set (uid, times, status) are left out."""
    try:
        value = json.loads(document)
    except json.JSONDecodeError as exc:
        raise _bad("json", f"the JSON given is not valid: {exc.msg} (line {exc.lineno})") from None
    if not isinstance(value, dict):
        raise _bad("json", "the JSON given is not an object of field names and values")
    settable = {spec.name for spec in FIELDS[kind]}
    texts: dict[str, list[str]] = {}
    for key, item in value.items():
        name = str(key).replace("-", "_")
        if name in READ_ONLY:
            continue
        if name not in settable:
            field_named(kind, name)  # says which fields there are
        if name == "custom" and isinstance(item, dict):
            texts[name] = [f"{k}={v}" for k, v in item.items()]
        elif isinstance(item, list):
            texts[name] = ["" if v is None else str(v) for v in item]
        else:
            texts[name] = ["" if item is None else _text(item)]
    return texts


# What `show` writes beside the settable fields: kept out of what a JSON document sets.
READ_ONLY = frozenset({"uid", "created_at", "updated_at", "version", "deleted_at", "stage_name", "deal_status",
                       "lost_reason", "closed_at", "completed_at", "shown_as",
                       "contact_uid", "account_uid", "deal_uid"})


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def shown(value: Any) -> Any:
    """A value as JSON holds it: dates in ISO 8601, amounts as text (exact), parts by their value."""
    from decimal import Decimal

    from app.contacts import AccountLink, Email, Phone, Url
    from db.values import PartialDate

    if isinstance(value, (datetime, date, PartialDate)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (Email, Phone, Url)):
        return value.value
    if isinstance(value, AccountLink):
        return f"{value.account_uid}:{value.role}" if value.role else value.account_uid
    if isinstance(value, tuple):
        return [shown(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)
