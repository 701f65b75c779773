"""CSV contacts: Google Contacts and Outlook exports in, Google and Outlook CSV out.

Reading is tolerant, in the style of the vCard reader:
- the encoding: a UTF-8 BOM, UTF-16 (with a BOM, or given away by NUL bytes, as Outlook writes it),
  else UTF-8, else a guessed Windows code page with a warning; a stray line that is not UTF-8 in a
  UTF-8 file is read on its own, with a warning naming the line;
- the delimiter (comma, semicolon, tab) sniffed from the header line, or taken from Excel's "sep=;";
- any line ending (CRLF, LF, the bare CR of old Mac Excel); quoted fields may hold line breaks;
- the columns recognised as Google's (both the old "Given Name" and the newer "First Name" export) or
  Outlook's, or mapped by the caller ({column header: field name}).

Each row becomes a CsvContact (a MappedContact that also knows its row and line); a row that cannot be
used becomes a vcard.Rejected naming its row number, its line and the reason, and the rows after it
are read as usual. Columns that no field takes are kept as extra properties named X-CSV-<HEADER>, and
are written back when the contact is exported to a flavour that has that column.
"""

from __future__ import annotations

import codecs
import csv
import functools
import hashlib
import io
import re
import uuid
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import AnyStr, BinaryIO, Literal

from app.contacts import Address, ContactData, Email, ExtraProperty, OtherDate, Params, Phone, Related, Url
from app.custom_fields import FieldValue
from app.formats.csv_fields import ADDRESS_FIELDS, DATE_FIELDS, FIELDS, NAME_FIELDS, PART_FIELDS, TEXT_FIELDS
from app.formats.legacy_text import guess_encoding
from app.formats.vcard import Rejected, cannot_read
from app.formats.vcard_map import LABEL_PRIORITY, NOT_LABELS, MappedContact
from app.messages import QT_TRANSLATE_NOOP, said
from db.values import PartialDate

Flavour = Literal["google", "outlook"]

EXTRA_PREFIX = "X-CSV-"
# Write Outlook files with a BOM: without one, Outlook reads a CSV in the Windows code page.
FILE_ENCODING: dict[Flavour, str] = {"google": "utf-8", "outlook": "utf-8-sig"}

_CHUNK = 1 << 16
_NOT_GOOGLE_OR_OUTLOOK = QT_TRANSLATE_NOOP(
    "Services",
    "the columns (%1) are not those of a Google or Outlook export: say which column holds what (a column mapping)")
_QUOTE_NOT_CLOSED = QT_TRANSLATE_NOOP(
    "Services",
    "the row has %1 fields but the header has %2 columns (it runs from line %3 to line %4: a quote may not be closed)")


class CsvFileError(Exception):
    """The file as a whole cannot be read as contacts (empty, no header, columns nobody mapped...)."""


@dataclass
class CsvContact(MappedContact):
    number: int = 0  # the row: 1 is the first row under the header
    line: int = 0  # the line of the file the row starts on


# --- the columns of each flavour ------------------------------------------------------------------

OUTLOOK_COLUMNS = (
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
    "Business Street", "Business Street 2", "Business Street 3", "Business City", "Business State",
    "Business Postal Code", "Business Country/Region", "Home Street", "Home Street 2", "Home Street 3",
    "Home City", "Home State", "Home Postal Code", "Home Country/Region", "Other Street", "Other Street 2",
    "Other Street 3", "Other City", "Other State", "Other Postal Code", "Other Country/Region",
    "Assistant's Phone", "Business Fax", "Business Phone", "Business Phone 2", "Callback", "Car Phone",
    "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone", "Other Fax",
    "Other Phone", "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone", "Telex", "Account", "Anniversary",
    "Assistant's Name", "Billing Information", "Birthday", "Business Address PO Box", "Categories", "Children",
    "Directory Server", "E-mail Address", "E-mail Type", "E-mail Display Name", "E-mail 2 Address",
    "E-mail 2 Type", "E-mail 2 Display Name", "E-mail 3 Address", "E-mail 3 Type", "E-mail 3 Display Name",
    "Gender", "Government ID Number", "Hobby", "Home Address PO Box", "Initials", "Internet Free Busy",
    "Keywords", "Language", "Location", "Manager's Name", "Mileage", "Notes", "Office Location",
    "Organizational ID Number", "Other Address PO Box", "Priority", "Private", "Profession", "Referred By",
    "Sensitivity", "Spouse", "User 1", "User 2", "User 3", "User 4", "Web Page",
)
# Columns of Outlook.com and of Microsoft's import template that the desktop export lacks.
OUTLOOK_MORE = ("Nickname", "Given Yomi", "Surname Yomi", "Company Yomi", "IMAddress", "Personal Web Page",
                "Schools")
# The phone columns and the vCard TYPE values they stand for.
OUTLOOK_PHONES: dict[str, tuple[str, ...]] = {
    "Assistant's Phone": ("assistant",), "Business Fax": ("work", "fax"), "Business Phone": ("work",),
    "Business Phone 2": ("work",), "Callback": ("callback",), "Car Phone": ("car",),
    "Company Main Phone": ("main",), "Home Fax": ("home", "fax"), "Home Phone": ("home",),
    "Home Phone 2": ("home",), "ISDN": ("isdn",), "Mobile Phone": ("cell",), "Other Fax": ("other", "fax"),
    "Other Phone": ("other",), "Pager": ("pager",), "Primary Phone": ("pref",), "Radio Phone": ("radio",),
    "TTY/TDD Phone": ("textphone",), "Telex": ("telex",),
}
OUTLOOK_RELATED = {"Spouse": "spouse", "Manager's Name": "manager", "Assistant's Name": "assistant",
                   "Children": "child", "Referred By": "referred-by"}
OUTLOOK_ADDRESS_KINDS = {"work": "Business", "home": "Home", "other": "Other"}
# Cells Outlook fills in for every contact: they say nothing.
_OUTLOOK_DEFAULTS = {"priority": "normal", "sensitivity": "normal", "private": "false", "gender": "unspecified"}

# The newer Google export (2021 on); the older one began "Name,Given Name,Additional Name,Family Name".
GOOGLE_COLUMNS = (
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name", "Phonetic Last Name",
    "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name", "Organization Title",
    "Organization Department", "Birthday", "Notes", "Photo", "Labels",
)
# Numbered column groups: "E-mail 1 - Label", "E-mail 1 - Value", ...
GOOGLE_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("E-mail", ("Label", "Value")),
    ("Phone", ("Label", "Value")),
    ("Address", ("Label", "Formatted", "Street", "City", "PO Box", "Region", "Postal Code", "Country",
                 "Extended Address")),
    ("Website", ("Label", "Value")),
    ("Relation", ("Label", "Value")),
    ("Event", ("Label", "Value")),
    ("IM", ("Label", "Service", "Value")),
    ("Custom Field", ("Label", "Value")),
    ("External ID", ("Label", "Value")),
)
_GOOGLE_MARKERS = {"given name", "family name", "additional name", "group membership", "labels", "file as",
                   "phonetic first name", "yomi name", "organization name"}
_GOOGLE_NUMBERED = re.compile(r"(?:e-mail|phone|address|organization|website|relation|event|im|custom field)"
                              r" \d+ - [a-z ]+")
_OUTLOOK_MARKERS = {"e-mail address", "e-mail 2 address", "e-mail display name", "business street",
                    "home street", "business phone", "mobile phone", "home phone", "company", "job title",
                    "categories", "web page", "business city", "home city", "business country/region"}
_OUTLOOK_KNOWN = {h.lower() for h in (*OUTLOOK_COLUMNS, *OUTLOOK_MORE)}

# --- what a header or a label cell says ----------------------------------------------------------

# Words of labels that are vCard TYPE values (Google's "Mobile", "Work Fax"; Outlook's "Business").
_LABEL_WORDS = {"home": "home", "work": "work", "business": "work", "office": "work", "mobile": "cell",
                "cell": "cell", "cellular": "cell", "fax": "fax", "pager": "pager", "main": "main",
                "other": "other", "car": "car", "isdn": "isdn", "voice": "voice", "text": "text",
                "video": "video", "iphone": "iphone"}
# Further words a header may use (Outlook's "Primary Phone", "TTY/TDD Phone").
_HEADER_WORDS = {**_LABEL_WORDS, "private": "home", "personal": "home", "primary": "pref",
                 "tty/tdd": "textphone", "callback": "callback", "radio": "radio", "telex": "telex",
                 "assistant's": "assistant"}
_LABEL_NAMES = {"cell": "Mobile", "work": "Work", "home": "Home", "other": "Other", "fax": "Fax", "main": "Main",
                "pager": "Pager", "car": "Car", "isdn": "ISDN", "text": "Text", "video": "Video",
                "iphone": "iPhone"}
_PLACES = ("work", "home", "other")  # written first: Google's "Work Fax", "Home Fax"
_IGNORED_TYPES = {"voice", "internet", "pref", "x400"}
_RELATION_LABELS = {"spouse", "child", "parent", "mother", "father", "brother", "sister", "sibling", "friend",
                    "partner", "manager", "assistant", "relative", "referred-by", "domestic partner"}
_SYSTEM_GROUPS = {"mycontacts", "my contacts", "other contacts", "othercontacts"}

_P = r"(?:(?:business|home|other|work|private)(?: \d+)? )?"  # Outlook's address kinds: "Business Street"
_G = r"address \d+ - "  # Google's "Address 1 - Street"
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), f) for p, f in (
    (r"name|full name|display name|formatted name", "display_name"),
    (r"given name|first name|firstname|forename", "given"),
    (r"additional name|middle name", "additional"),
    (r"family name|last name|lastname|surname", "family"),
    (r"name prefix|prefix|salutation", "prefix"),
    (r"name suffix|suffix", "suffix"),
    (r"nickname|nick name", "nickname"),
    (r"organization(?: 1)? - name|organi[sz]ation(?: name)?|company(?: name)?", "organisation"),
    (r"organization(?: 1)? - title|organization title|job title|position", "job_title"),
    (r"organization(?: 1)? - department|organization department|department", "department"),
    (r"birthday|birth ?date|date of birth", "birthday"),
    (r"anniversary", "anniversary"),
    (r"notes?|comments?", "notes"),
    (r"group membership|labels|categories|tags|groups", "tags"),
    (r"e-?mail \d+ - value|e-?mail(?: \d+)?(?: address)?", "email"),
    (r"phone \d+ - value", "phone"),
    (r"website \d+ - value|web ?page(?: \d+)?|personal web page|website|url|home ?page", "url"),
    (r"relation \d+ - value|spouse|manager's name|assistant's name|children|referred by", "related"),
    (r"event \d+ - value", "date"),
    (rf"{_G}street|{_P}(?:street|street address|address)(?: \d+)?", "street"),
    (rf"{_G}city|{_P}(?:city|town|locality)", "locality"),
    (rf"{_G}region|{_P}(?:state|province|region|county)", "region"),
    (rf"{_G}postal code|{_P}(?:postal code|post ?code|zip(?: code)?)", "postal_code"),
    (rf"{_G}country|{_P}country(?:/region)?", "country"),
    (rf"{_G}po box|{_P}(?:address )?p\.?o\.? box", "po_box"),
    (rf"{_G}extended address|{_P}extended address", "extended"),
    (r"(?:.*\b)?(?:phone|telephone|tel|fax|mobile|cell|pager|callback|isdn|telex)\b.*", "phone"),
))
# Columns that qualify another one (its label, its formatted text): never mapped to a field themselves.
_LABEL_COLUMN = re.compile(r"(.+?) - (?:type|label)|(e-?mail(?: \d+)?) type")
_FORMATTED_COLUMN = re.compile(r"(.+?) - formatted")
_DISPLAY_COLUMN = re.compile(r"(e-?mail(?: \d+)?) display name")
_ADDRESS_WORDS = re.compile(r"\b(?:street(?: address)?(?: \d+)?|address|city|town|locality|state|province|"
                            r"region|county|postal code|post ?code|zip(?: code)?|country(?:/region)?|"
                            r"p\.?o\.? box|extended)\b")


def _key(header: str) -> str:
    return " ".join(header.replace("\ufeff", "").split()).lower()


def extra_name(header: str) -> str:
    """The extra property a column is kept in: "Office Location" -> X-CSV-OFFICE-LOCATION."""
    name = re.sub(r"[^A-Z0-9]+", "-", header.upper()).strip("-")
    return EXTRA_PREFIX + (name or "COLUMN")


def detect_flavour(header: Sequence[str]) -> Flavour | None:
    """Whose export a header line is: Google's, Outlook's, or neither (then the caller maps the columns)."""
    keys = [k for k in (_key(h) for h in header) if k]
    if not keys:
        return None
    if any(k in _GOOGLE_MARKERS or _GOOGLE_NUMBERED.fullmatch(k) for k in keys):
        return "google"
    known = [k for k in keys if k in _OUTLOOK_KNOWN]
    # A file made to Microsoft's template has few of Outlook's columns, but nothing else.
    if any(k in _OUTLOOK_MARKERS for k in keys) and len(known) * 5 >= len(keys) * 4:
        return "outlook"
    return None


def suggest_mapping(header: Sequence[str]) -> dict[str, str]:
    """{column header: field name} for the columns whose meaning is clear from their name. Columns that
    only qualify another (Google's "E-mail 1 - Label", Outlook's "E-mail Type") are used with it, and
    are not listed; columns not listed are kept as X-CSV- extra properties."""
    outlook = detect_flavour(header) == "outlook"
    mapping: dict[str, str] = {}
    for name in header:
        key = _key(name)
        if not key or _LABEL_COLUMN.fullmatch(key) or _FORMATTED_COLUMN.fullmatch(key) or (
            _DISPLAY_COLUMN.fullmatch(key)
        ):
            continue
        if key == "title":
            if outlook:  # Outlook's "Title" is Mr/Ms; elsewhere it is as often a job title
                mapping[name] = "prefix"
            continue
        found = next((f for pattern, f in _RULES if pattern.fullmatch(key)), None)
        if found:
            mapping[name] = found
    return mapping


def _group(key: str, field_name: str) -> str:
    """Which e-mail, phone or address of the contact a column belongs to: "e-mail 1" for Google's
    "E-mail 1 - Value", "e-mail 2" for Outlook's "E-mail 2 Address", "business" for "Business Street 2"."""
    if " - " in key:
        return key.rsplit(" - ", 1)[0]
    if field_name == "email":
        return re.sub(r"\s*\b(?:address|value)\b", "", key).strip()
    if field_name in ADDRESS_FIELDS:
        return " ".join(_ADDRESS_WORDS.sub(" ", key).split())
    return key


def _header_types(name: str, key: str, field_name: str) -> tuple[str, ...]:
    if field_name == "phone" and name in OUTLOOK_PHONES:
        return OUTLOOK_PHONES[name]
    if field_name == "related":
        found = next((label for header, label in OUTLOOK_RELATED.items() if header.lower() == key), None)
        return (found,) if found else ()
    words = re.findall(r"[a-z/']+", key)
    return tuple(dict.fromkeys(_HEADER_WORDS[w] for w in words if w in _HEADER_WORDS))


def _label(types: Sequence[str]) -> tuple[str, bool, Params]:
    """Label, preferred flag and leftover TYPE parameters, chosen as the vCard reader chooses them."""
    preferred = "pref" in types
    candidates = list(dict.fromkeys(t for t in types if t not in NOT_LABELS))
    label = next((t for t in LABEL_PRIORITY if t in candidates), candidates[0] if candidates else "")
    return label, preferred, tuple(("TYPE", t) for t in candidates if t != label)


def _cell_label(text: str, kind: str) -> tuple[str, bool, Params]:
    """A label cell: Google's "* Work" (the star marks the primary one), "Mobile", "Home Fax", or a
    label of the user's own, kept as written."""
    value = text.strip()
    preferred = value.startswith("*")
    value = value.lstrip("*").strip()
    if kind == "email" and value.upper() in ("SMTP", "EX", "INTERNET"):
        value = ""  # Outlook's e-mail type is the kind of address, not a label
    if not value:
        return "", preferred, ()
    if kind in ("related", "date"):
        lower = value.lower()
        return (lower if lower in _RELATION_LABELS else value), preferred, ()
    words = [_LABEL_WORDS.get(w) for w in value.lower().split()]
    if all(words):
        label, _, params = _label([w for w in words if w])
        return label, preferred, params
    return value, preferred, ()


# --- reading --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Column:
    index: int
    name: str
    key: str
    role: str  # a field name, or "label", "formatted", "display", "extra", "skip", "custom" (its key in group)
    group: str = ""
    types: tuple[str, ...] = ()


@dataclass
class _Plan:
    columns: list[_Column]
    labels: dict[str, int] = field(default_factory=dict)  # group -> its label column
    formatted: dict[str, int] = field(default_factory=dict)
    display: dict[str, int] = field(default_factory=dict)
    # The custom fields a column or Google's "Custom Field N" pair may hold: {label or key, case folded: key}.
    custom: Mapping[str, str] = field(default_factory=dict)
    custom_pairs: list[tuple[int, int]] = field(default_factory=list)  # Google's (label, value) columns


CUSTOM_TARGET = "custom:"  # a mapping's target "custom:KEY": the contact's custom field of that key
_CUSTOM_KEY = re.compile(r"custom:[a-z][a-z0-9_]{0,62}")
_GOOGLE_CUSTOM = re.compile(r"custom field (\d+) - (label|value)")


RAPPORT_SUFFIX = "(Rapport)"  # a custom field's column named as one of Outlook's or the reader's own


def own_columns(header: Sequence[str], custom: Mapping[str, str]) -> dict[str, str]:
    """The columns a file written here named "LABEL (Rapport)": its custom fields whatever the reader's rules
    would make of the name ("Mobile (Rapport)" is no phone)."""
    return custom_columns([h for h in header if _key(h).endswith(" " + RAPPORT_SUFFIX.lower())], custom)


def custom_columns(header: Sequence[str], custom: Mapping[str, str]) -> dict[str, str]:
    """{column: "custom:KEY"} for the columns named as a custom field is (its label or key, in any case;
    an Outlook file written here names a label that is also one of Outlook's columns "LABEL (Rapport)")."""
    found = {}
    for name in header:
        key = _key(name).removesuffix(" " + RAPPORT_SUFFIX.lower())
        if key.casefold() in custom:
            found[name] = CUSTOM_TARGET + custom[key.casefold()]
    return found


def _plan(header: list[str], mapping: Mapping[str, str], custom: Mapping[str, str] | None = None) -> _Plan:
    wanted = {_key(name): target for name, target in mapping.items()}
    keys = [_key(h) for h in header]
    unknown = [name for name in mapping if _key(name) not in keys]
    if unknown:
        raise CsvFileError(said(QT_TRANSLATE_NOOP("Services", "the file has no column %1; its columns are: %2"),
                                repr(unknown[0]), ", ".join(header)))
    bad = sorted({t for t in wanted.values() if t and t not in FIELDS and not _CUSTOM_KEY.fullmatch(t)})
    if bad:
        raise CsvFileError(said(QT_TRANSLATE_NOOP("Services", "%1 is not a field to import into; the fields are: %2"),
                                repr(bad[0]), ", ".join(FIELDS)))
    columns: list[_Column | None] = []
    groups: set[str] = set()
    for index, (name, key) in enumerate(zip(header, keys, strict=True)):
        target = wanted.get(key)
        if target is None:
            columns.append(None)
        elif not target:
            columns.append(_Column(index, name, key, "skip"))
        elif target.startswith(CUSTOM_TARGET):
            columns.append(_Column(index, name, key, "custom", target.removeprefix(CUSTOM_TARGET)))
        else:
            group = _group(key, target) if target in (*PART_FIELDS, *ADDRESS_FIELDS) else ""
            groups.add(group)
            columns.append(_Column(index, name, key, target, group, _header_types(name, key, target)))
    plan = _Plan([], custom=custom or {})
    if plan.custom:
        pairs: dict[str, dict[str, int]] = {}
        for index, key in enumerate(keys):
            if (match := _GOOGLE_CUSTOM.fullmatch(key)) and columns[index] is None:
                pairs.setdefault(match[1], {})[match[2]] = index
        plan.custom_pairs = [(p["label"], p["value"]) for p in pairs.values() if len(p) == 2]
    for index, (name, key) in enumerate(zip(header, keys, strict=True)):
        column = columns[index]
        if column is None:
            column = _Column(index, name, key, "extra")
            for pattern, role, into in ((_LABEL_COLUMN, "label", plan.labels),
                                        (_FORMATTED_COLUMN, "formatted", plan.formatted),
                                        (_DISPLAY_COLUMN, "display", plan.display)):
                match = pattern.fullmatch(key)
                group = next((g for g in match.groups() if g is not None), "") if match else ""
                if group and group in groups and group not in into:
                    column = _Column(index, name, key, role, group)
                    into[group] = index
                    break
        plan.columns.append(column)
    return plan


class _Lines:
    """Decoded lines for csv.reader, remembering which ones each row took, so that the lines of a
    broken row after its first can be read again (an unclosed quote must not swallow the rest)."""

    def __init__(self, source: Iterator[tuple[int, str, str]]) -> None:
        self._source = source
        self._back: deque[tuple[int, str, str]] = deque()
        self.taken: list[tuple[int, str, str]] = []  # (line number, text, warning)
        self.last = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        item = self._back.popleft() if self._back else next(self._source)
        self.taken.append(item)
        self.last = item[0]
        return item[1]

    def push_back(self, items: list[tuple[int, str, str]]) -> None:
        self._back.extendleft(reversed(items))


def _split_lines(chunks: Iterable[AnyStr], eol: re.Pattern[AnyStr], cr: AnyStr, lf: AnyStr) -> Iterator[AnyStr]:
    """Lines with their endings (CRLF, LF or a bare CR), from chunks that may cut a CRLF in two."""
    parts: list[AnyStr] = []
    cr_pending = False
    for chunk in chunks:
        if not chunk:
            continue
        if cr_pending:
            cr_pending = False
            if chunk.startswith(lf):
                parts.append(lf)
                chunk = chunk[1:]
            yield cr[:0].join(parts)
            parts = []
        position = 0
        for match in eol.finditer(chunk):
            parts.append(chunk[position:match.end()])
            position = match.end()
            if match.group() == cr and position == len(chunk):
                cr_pending = True  # the LF may begin the next chunk
                break
            yield cr[:0].join(parts)
            parts = []
        if position < len(chunk):
            parts.append(chunk[position:])
    if parts:
        yield cr[:0].join(parts)


_EOL_BYTES = re.compile(rb"\r\n|\r|\n")
_EOL_TEXT = re.compile(r"\r\n|\r|\n")


def _chunks(source: bytes | BinaryIO) -> Iterator[bytes]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        yield bytes(source)
        return
    while chunk := source.read(_CHUNK):
        yield chunk


def _decoded_lines(source: bytes | BinaryIO) -> tuple[Iterator[tuple[int, str, str]], str]:
    """(line number, text, warning) for every line, and a warning about the file's encoding."""
    chunks = _chunks(source)
    head = b""
    for chunk in chunks:
        head += chunk
        if len(head) >= _CHUNK:
            break
    rest = _chain(head, chunks)
    utf16 = _utf16_codec(head)
    if utf16:
        decoder = codecs.getincrementaldecoder(utf16)(errors="replace")

        def texts() -> Iterator[str]:
            for chunk in rest:
                yield decoder.decode(chunk)
            yield decoder.decode(b"", final=True)

        lines = (line.lstrip("\ufeff") if n == 1 else line
                 for n, line in enumerate(_split_lines(texts(), _EOL_TEXT, "\r", "\n"), start=1))
        return ((n, text, "") for n, text in enumerate(lines, start=1)), ""
    legacy, mixed = _legacy_encoding(head.removeprefix(codecs.BOM_UTF8), complete=len(head) < _CHUNK)

    def numbered() -> Iterator[tuple[int, str, str]]:
        for number, raw in enumerate(_split_lines(rest, _EOL_BYTES, b"\r", b"\n"), start=1):
            if number == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            try:
                yield number, raw.decode("utf-8"), ""
                continue
            except UnicodeDecodeError:
                pass
            # UTF-8 first on every line: legacy text is almost never valid UTF-8 by chance.
            encoding = legacy or guess_encoding(raw)
            note = said(QT_TRANSLATE_NOOP("Services", "line %1 is not UTF-8; read it as %2"), number, encoding) \
                if mixed or not legacy else ""
            yield number, raw.decode(encoding, "replace"), note

    if not legacy or mixed:
        return numbered(), ""
    return numbered(), said(
        QT_TRANSLATE_NOOP("Services", "the file is not UTF-8; read it as %1 (a guess: check names with accents)"),
        legacy)


def _legacy_encoding(head: bytes, *, complete: bool) -> tuple[str, bool]:
    """The code page of the lines of `head` that are not UTF-8 (guessed from all of them at once: more
    text, a better guess), and whether other lines are UTF-8 with letters beyond ASCII (a UTF-8 file
    with a few stray lines, each worth a warning of its own)."""
    lines = _EOL_BYTES.split(head)
    if not complete and len(lines) > 1:
        lines = lines[:-1]  # the last one may be cut in the middle of a character
    bad = []
    mixed = False
    for line in lines:
        try:
            line.decode("utf-8")
            mixed = mixed or not line.isascii()
        except UnicodeDecodeError:
            bad.append(line)
    return (guess_encoding(b"\n".join(bad)) if bad else ""), mixed


def _chain(head: bytes, chunks: Iterator[bytes]) -> Iterator[bytes]:
    yield head
    yield from chunks


def _utf16_codec(head: bytes) -> str:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(head) >= 4 and head[1:2] == b"\0" and head[3:4] == b"\0":
        return "utf-16-le"
    if len(head) >= 4 and head[0:1] == b"\0" and head[2:3] == b"\0":
        return "utf-16-be"
    return ""


def _sniff_delimiter(line: str) -> str:
    """The delimiter used most often outside quotes in the header line; comma when none is."""
    counts = dict.fromkeys(",;\t", 0)
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda d: counts[d])  # ties: the first, comma
    return best if counts[best] else ","


def _open(source: bytes | BinaryIO) -> tuple[_Lines, Iterator[list[str]], list[str], str]:
    """The lines, a csv reader placed after the header, the header and the file's encoding warning."""
    decoded, warning = _decoded_lines(source)
    lines = _Lines(decoded)
    first: tuple[int, str, str] | None = None
    for item in decoded:
        if item[1].strip():
            first = item
            break
    if first is None:
        raise CsvFileError(said(QT_TRANSLATE_NOOP("Services", "the file is empty")))
    delimiter = ""
    hint = re.fullmatch(r"\s*sep=(.)\s*", first[1], re.IGNORECASE)
    if hint:  # Excel's first line "sep=;" names the delimiter
        delimiter = hint.group(1)
        first = next((item for item in decoded if item[1].strip()), None)
        if first is None:
            raise CsvFileError(said(QT_TRANSLATE_NOOP("Services",
                                                      "the file has no header line, only a delimiter hint (sep=)")))
    lines.push_back([first])
    reader = csv.reader(lines, delimiter=delimiter or _sniff_delimiter(first[1]))
    try:
        header = [" ".join(restored_cell(h.replace("\ufeff", "")).split()) for h in next(reader)]
    except csv.Error as exc:
        raise CsvFileError(said(QT_TRANSLATE_NOOP("Services", "the header line cannot be read as CSV (%1)"),
                                str(exc))) from None
    if not any(header):
        raise CsvFileError(said(QT_TRANSLATE_NOOP("Services", "the first line of the file has no column names")))
    return lines, reader, header, warning


def read_header(source: bytes | BinaryIO) -> list[str]:
    """The column names of a CSV file, for showing a mapping to the user (a stream is left part read)."""
    return _open(source)[2]


def read(source: bytes | BinaryIO, mapping: Mapping[str, str] | None = None,
         custom: Mapping[str, str] | None = None) -> Iterator[CsvContact | Rejected]:
    """Every row of a CSV file of contacts, in order. Without a mapping the header must be Google's or
    Outlook's; with one, its columns decide ({column header: field name or "custom:KEY"}, "" to leave a
    column out). `custom`: the contacts' custom fields, {label or key, case folded: key}: a column so named
    (unless mapped otherwise), or a Google "Custom Field N" pair so labelled, fills the field. Raises
    CsvFileError when the file as a whole cannot be used."""
    header, file_warning, rows = table(source)
    if mapping is None:
        # The columns of custom fields (an Outlook file written here has them) leave the rest to be known.
        if detect_flavour([h for h in header if not custom_columns([h], custom or {})]) is None:
            shown = ", ".join(header[:8]) + (", ..." if len(header) > 8 else "")
            raise CsvFileError(said(_NOT_GOOGLE_OR_OUTLOOK, shown))
        mapping = suggest_mapping(header)
        if custom:  # (a mapping given is the user's: a column left as it is stays so)
            mapping = {**custom_columns([h for h in header if h not in mapping], custom), **mapping,
                       **own_columns(header, custom)}
    plan = _plan(header, mapping, custom)
    for row in rows:
        if isinstance(row, Rejected):
            yield row
            continue
        number, start, cells, warnings = row
        try:
            item = _row(plan, cells, number, start, warnings)
        except Exception as exc:  # one row's failure is that row's rejection
            item = Rejected(number, start, cannot_read(exc))
        if file_warning and isinstance(item, CsvContact):
            item.warnings.insert(0, file_warning)
            file_warning = ""
        yield item


TableRow = tuple[int, int, list[str], list[str]]  # row number, its first line, its cells, its lines' warnings


def table(source: bytes | BinaryIO) -> tuple[list[str], str, Iterator[TableRow | Rejected]]:
    """A CSV file as a table, whatever it holds: its header, the file's encoding warning, and its rows
    (Rejected for one that cannot be read or has another number of cells than the header). Raises CsvFileError
    when the file as a whole cannot be used (at once, or at the end of the rows: a header and no rows)."""
    lines, reader, header, file_warning = _open(source)
    width = len(header)

    def rows() -> Iterator[TableRow | Rejected]:
        number = 0
        while True:
            lines.taken.clear()
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                taken = list(lines.taken)
                number += 1
                yield Rejected(number, taken[0][0] if taken else lines.last,
                               said(QT_TRANSLATE_NOOP("Services", "the row cannot be read as CSV (%1)"), str(exc)))
                lines.push_back(taken[1:])
                continue
            taken = list(lines.taken)
            if not any(cell.strip() for cell in cells):
                continue  # blank lines, and the rows of empty cells spreadsheets leave at the end
            number += 1
            start = taken[0][0]
            if len(cells) != width:
                reason = said(QT_TRANSLATE_NOOP("Services", "the row has %1 fields but the header has %2 columns"),
                              len(cells), width)
                if len(taken) > 1:
                    reason = said(_QUOTE_NOT_CLOSED, len(cells), width, start, taken[-1][0])
                    lines.push_back(taken[1:])  # read the lines after its first again, as rows of their own
                yield Rejected(number, start, reason)
                continue
            yield number, start, cells, [w for _, _, w in taken if w]
        if number == 0:
            raise CsvFileError(said(QT_TRANSLATE_NOOP("Services", "the file has column names but no rows")))

    return header, file_warning, rows()


# CSV injection (OWASP): a spreadsheet runs a cell that starts with =, +, -, @, a tab or a carriage return
# as a formula, so the writer puts a single quote in front of it. To make the scheme exact both ways the
# writer also quotes a value that is quotes followed by such a character ("'=x" is written "''=x"), and
# the reader takes ONE quote off a cell that is one or more quotes followed by such a character. Every
# other cell, "'hello" from another program's export included, is read as it stands.
_FORMULA_START = "=+-@\t\r"
_NEEDS_QUOTE = re.compile(f"'*[{re.escape(_FORMULA_START)}]")
_QUOTED = re.compile(f"'+[{re.escape(_FORMULA_START)}]")


def neutralised(value: str) -> str:
    """The cell the writer puts in a file for `value`: safe to open in a spreadsheet."""
    return "'" + value if _NEEDS_QUOTE.match(value) else value


def restored_cell(cell: str) -> str:
    """The value a cell written by neutralised() holds (the exact inverse; other cells as they are)."""
    return cell[1:] if _QUOTED.match(cell) else cell


def _clean(column: _Column, cell: str) -> str:
    if not cell or cell.isspace():
        return ""  # most cells of an Outlook row: nothing more to look at
    cell = restored_cell(cell)
    if "\r" in cell:
        cell = cell.replace("\r\n", "\n").replace("\r", "\n")
    value = cell if column.role == "notes" else cell.strip()
    if _OUTLOOK_DEFAULTS.get(column.key) == value.lower() or (
        column.role in DATE_FIELDS and _NO_DATE.fullmatch(value)
    ):
        return ""  # what Outlook writes for "not set"
    return value


_NO_DATE = re.compile(r"0+[/.-]0+[/.-]0+")


def _multi(value: str) -> list[str]:
    """Google puts several values of one type in one cell: "a@example.org ::: b@example.org"."""
    return [v.strip() for v in value.split(":::") if v.strip()]


def _tags(column: _Column, value: str) -> list[str]:
    if column.key in ("group membership", "labels"):
        found = []
        for raw in value.split(":::"):
            tag = raw.strip()
            system = tag.startswith("*") or tag.lower().startswith("system group:")
            tag = re.sub(r"^(?:\*|system group:)\s*", "", tag, flags=re.IGNORECASE).strip()
            if system and tag.lower() in _SYSTEM_GROUPS:
                continue  # every contact is in "My Contacts": it is not a tag
            found.append(tag[:1].upper() + tag[1:] if system else tag)
        return [t for t in found if t]
    separator = ";" if column.key == "categories" else next((s for s in (":::", ";") if s in value), ",")
    return [t.strip() for t in value.split(separator) if t.strip()]


def _stable_uid(header_cells: list[tuple[str, str]]) -> str:
    """A UID from the row's content (column order aside): importing the same file again finds the same
    records instead of making new ones."""
    digest = hashlib.sha256(b"csv\n")
    for key, value in sorted(header_cells):
        digest.update(f"{key}\0{value}\n".encode("utf-8", "surrogatepass"))
    return str(uuid.UUID(bytes=digest.digest()[:16], version=5))


@dataclass
class _Parts:
    """What one row holds, gathered column by column."""

    values: list[str]
    warnings: list[str]
    texts: dict[str, list[str]] = field(default_factory=dict)
    dates: dict[str, PartialDate] = field(default_factory=dict)
    emails: list[Email] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    urls: list[Url] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    other_dates: list[OtherDate] = field(default_factory=list)
    addresses: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    address_types: dict[str, tuple[str, ...]] = field(default_factory=dict)
    extra: list[ExtraProperty] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    fields: list[FieldValue] = field(default_factory=list)  # custom field values: (key, column, "text", "", value)

    def keep(self, column: _Column, value: str) -> None:
        self.extra.append(ExtraProperty(extra_name(column.name), value))

    def date(self, column: _Column, value: str) -> PartialDate | None:
        day, note = _parse_date(value)
        if day is None:
            self.keep(column, value)
            self.warnings.append(said(QT_TRANSLATE_NOOP("Services", "%1: %2 is not a date; kept as it was"),
                                      column.name, repr(value)))
        elif note:
            self.warnings.append(said(QT_TRANSLATE_NOOP("Services", "%1: %2"), column.name, note))
        return day

    def text(self, name: str) -> str:
        found = list(dict.fromkeys(self.texts.get(name, [])))
        joiner = " " if name in NAME_FIELDS else "\n\n" if name == "notes" else ", "
        return joiner.join(found)


def _row(plan: _Plan, cells: list[str], number: int, line: int, warnings: list[str]) -> CsvContact | Rejected:
    values = [_clean(column, cell) for column, cell in zip(plan.columns, cells, strict=True)]
    row = _Parts(values, warnings)
    for column, value in zip(plan.columns, values, strict=True):
        role = column.role
        if not value or role in ("skip", "label", "formatted", "display"):
            continue
        if role == "extra":
            row.keep(column, value)
        elif role == "custom":
            row.fields.append((column.group, column.name, "text", "", value))  # its field is defined here
        elif role in TEXT_FIELDS:
            row.texts.setdefault(role, []).append(value)
        elif role in DATE_FIELDS:
            day = row.date(column, value)
            if day is not None:
                row.dates.setdefault(role, day)
        elif role == "tags":
            row.tags.extend(_tags(column, value))
        elif role in ADDRESS_FIELDS:
            row.addresses.setdefault(column.group, {}).setdefault(role, []).append(value)
            row.address_types.setdefault(column.group, column.types)
        else:
            index = plan.labels.get(column.group)
            label = _cell_label(values[index], role) if index is not None else _label(column.types)
            _add_parts(row, column, value, label)
    for group, index in plan.formatted.items():
        if values[index] and group not in row.addresses:
            row.addresses[group] = {"street": [values[index]]}  # only Google's one-text form was filled in
    for index in plan.display.values():
        shown = values[index]
        if shown and not any(e.value in shown for e in row.emails):
            row.keep(plan.columns[index], shown)  # not the "Name (address)" Outlook makes up itself
    for label_at, value_at in plan.custom_pairs:  # Google's pairs naming a field defined here fill it
        key = plan.custom.get(values[label_at].casefold())
        if key is not None and values[value_at]:
            row.fields.append((key, values[label_at], "text", "", values[value_at]))
            kept = {extra_name(plan.columns[label_at].name), extra_name(plan.columns[value_at].name)}
            row.extra = [e for e in row.extra if e.name not in kept]
    if "anniversary" not in row.dates:
        event = next((d for d in row.other_dates if d.label.lower() == "anniversary"), None)
        if event is not None:  # Google keeps the anniversary as an event labelled so
            row.dates["anniversary"] = event.value
            row.other_dates.remove(event)
    if not any(row.text(name) for name in NAME_FIELDS) and not row.emails and not row.phones:
        return Rejected(number, line, said(
            QT_TRANSLATE_NOOP("Services", "the row has no name, e-mail address or phone number")))
    addresses = []
    for group, found in row.addresses.items():
        index = plan.labels.get(group)
        name, preferred, params = (_cell_label(values[index], "address") if index is not None
                                   else _label(row.address_types.get(group, ())))

        def joined(part: str, found: dict[str, list[str]] = found) -> str:
            return ("\n" if part == "street" else ", ").join(found.get(part, []))

        address = Address(joined("street"), joined("locality"), joined("region"), joined("postal_code"),
                          joined("country"), joined("po_box"), joined("extended"), name, preferred, params=params)
        if not address.is_empty():
            addresses.append(address)
    text = row.text
    data = ContactData(
        given=text("given"), family=text("family"), additional=text("additional"), prefix=text("prefix"),
        suffix=text("suffix"), display_name=text("display_name"), nickname=text("nickname"),
        job_title=text("job_title"), department=text("department"), notes=text("notes"),
        birthday=row.dates.get("birthday"), anniversary=row.dates.get("anniversary"),
        emails=tuple(row.emails), phones=tuple(row.phones), addresses=tuple(addresses), urls=tuple(row.urls),
        related=tuple(row.related), dates=tuple(row.other_dates), extra=tuple(row.extra),
    )
    uid = _stable_uid([(c.key, v) for c, v in zip(plan.columns, values, strict=True) if v])
    return CsvContact(uid, data, row.text("organisation"), list(dict.fromkeys(row.tags)), warnings,
                      fields=row.fields, number=number, line=line)


def _add_parts(row: _Parts, column: _Column, value: str, label: tuple[str, bool, Params]) -> None:
    name, preferred, params = label
    for position, piece in enumerate(_multi(value)):
        first = preferred and position == 0  # Google's star marks one value, not every one in the cell
        if column.role == "email":
            row.emails.append(Email(piece, name, first, params=params))
        elif column.role == "phone":
            row.phones.append(Phone(piece, name, first, params=params))
        elif column.role == "url":
            row.urls.append(Url(piece, name, first, params=params))
        elif column.role == "related":
            row.related.append(Related(piece, name, first, params=params))
        elif (day := row.date(column, piece)) is not None:
            row.other_dates.append(OtherDate(day, name, first, params=params))


_TEXT_DATES = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y")


def _parse_date(text: str) -> tuple[PartialDate | None, str]:
    """A birthday as Google ("1980-05-17", "--05-17") or Outlook (the Windows short date: "5/17/1980",
    "17.05.1980") writes it, and a note when the reading is a guess."""
    value = text.strip()
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?", value) or re.fullmatch(
            r"(\d{4})(\d{2})(\d{2})", value
        ):
            year = int(m[1])
            return PartialDate(None if year in (0, 1604) else year, int(m[2]), int(m[3])), ""
        if m := re.fullmatch(r"--(\d{1,2})-?(\d{1,2})", value):
            return PartialDate(None, int(m[1]), int(m[2])), ""
        if m := re.fullmatch(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2}|\d{4})\.?(?: .*)?", value):
            return PartialDate(_year(m[3]), int(m[2]), int(m[1])), ""
        if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?: .*)?", value):
            first, second, year = int(m[1]), int(m[2]), _year(m[3])
            if first > 12:
                return PartialDate(year, second, first), ""
            day = PartialDate(year, first, second)
            note = "" if second > 12 or first == second else said(QT_TRANSLATE_NOOP(
                "Services", "read %1 as month/day/year (%2); correct it if it was day/month/year"),
                repr(value), str(day))
            return day, note
    except ValueError:
        return None, ""
    for form in _TEXT_DATES:
        try:
            return PartialDate.from_date(datetime.strptime(value, form).date()), ""
        except ValueError:
            continue
    return None, ""


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # Outlook's short date in some locales; birthdays are mostly last century
        year += 2000 if year < 30 else 1900
    return year


# --- writing --------------------------------------------------------------------------------------


def _types(label: str, params: Params) -> list[str]:
    """The vCard TYPE values of a part, or [] when its label is the user's own."""
    words = [label.lower()] + [(v or "").lower() for k, v in params if k == "TYPE"]
    words = [_LABEL_WORDS.get(w, w) for w in words if w and w not in _IGNORED_TYPES]
    return list(dict.fromkeys(words))


def _google_label(label: str, params: Params, preferred: bool) -> str:
    types = _types(label, params) if label else []
    if types and all(t in _LABEL_NAMES for t in types):
        ordered = [t for t in _PLACES if t in types] + [t for t in types if t not in _PLACES]
        text = " ".join(_LABEL_NAMES[t] for t in ordered)
    elif label:
        text = label[:1].upper() + label[1:] if label in _RELATION_LABELS else label
    else:
        text = ""
    return f"* {text}".rstrip() if preferred else text


def _google_cells(data: ContactData, organisation: str, tags: list[str]) -> dict[str, str]:
    named = any((data.given, data.family, data.additional, data.prefix, data.suffix))
    cells = {
        "First Name": data.given if named else data.display_name, "Middle Name": data.additional,
        "Last Name": data.family, "Name Prefix": data.prefix, "Name Suffix": data.suffix,
        "Nickname": data.nickname, "Organization Name": organisation, "Organization Title": data.job_title,
        "Organization Department": data.department, "Birthday": data.birthday.isoformat() if data.birthday else "",
        "Notes": data.notes, "Labels": " ::: ".join(tags),
    }
    for n, email in enumerate(data.emails, start=1):
        cells[f"E-mail {n} - Label"] = _google_label(email.label, email.params, email.preferred)
        cells[f"E-mail {n} - Value"] = email.value
    for n, phone in enumerate(data.phones, start=1):
        cells[f"Phone {n} - Label"] = _google_label(phone.label, phone.params, phone.preferred)
        cells[f"Phone {n} - Value"] = phone.value
    for n, a in enumerate(data.addresses, start=1):
        place = " ".join(p for p in (a.locality, a.region, a.postal_code) if p)
        formatted = "\n".join(p for p in (a.street, a.extended, a.po_box, place, a.country) if p)
        cells.update({
            f"Address {n} - Label": _google_label(a.label, a.params, a.preferred),
            f"Address {n} - Formatted": formatted, f"Address {n} - Street": a.street,
            f"Address {n} - City": a.locality, f"Address {n} - PO Box": a.po_box,
            f"Address {n} - Region": a.region, f"Address {n} - Postal Code": a.postal_code,
            f"Address {n} - Country": a.country, f"Address {n} - Extended Address": a.extended,
        })
    for n, url in enumerate(data.urls, start=1):
        cells[f"Website {n} - Label"] = _google_label(url.label, url.params, url.preferred)
        cells[f"Website {n} - Value"] = url.value
    for n, person in enumerate(data.related, start=1):
        cells[f"Relation {n} - Label"] = _google_label(person.label, (), person.preferred)
        cells[f"Relation {n} - Value"] = person.value
    events = ([OtherDate(data.anniversary, "Anniversary")] if data.anniversary else []) + list(data.dates)
    for n, event in enumerate(events, start=1):
        cells[f"Event {n} - Label"] = event.label
        cells[f"Event {n} - Value"] = event.value.isoformat()
    return cells


def _google_header(used: set[str]) -> list[str]:
    header = list(GOOGLE_COLUMNS)
    for kind, names in GOOGLE_GROUPS:
        count = max((int(m[1]) for h in used if (m := re.fullmatch(rf"{re.escape(kind)} (\d+) - .*", h))),
                    default=0)
        if kind in ("E-mail", "Phone"):
            count = max(count, 1)  # Google's own export always has them
        header += [f"{kind} {n} - {name}" for n in range(1, count + 1) for name in names]
    return header


def _put_custom(cells: dict[str, str], custom: Sequence[tuple[str, str]], flavour: Flavour) -> None:
    if flavour == "google":
        taken = [int(m[1]) for h in cells if (m := re.fullmatch(r"Custom Field (\d+) - .*", h))]
        for number, (label, value) in enumerate(custom, start=max(taken, default=0) + 1):
            cells[f"Custom Field {number} - Label"] = label
            cells[f"Custom Field {number} - Value"] = value
        return
    for label, value in custom:
        cells.setdefault(_outlook_custom_column(label), value)


@functools.lru_cache(maxsize=256)
def _outlook_custom_column(label: str) -> str:
    """A custom field's column in an Outlook file: its label, told apart ("Region (Rapport)") where Outlook has
    that column or the reader would take it for a field of its own ("Website", "Labels", "Mobile"), so that
    the file reads back into the custom field (asked once a label, not once a row)."""
    fixed = {h.casefold() for h in (*OUTLOOK_COLUMNS, *OUTLOOK_MORE)}
    key = _key(label)
    known = (label.casefold() in fixed or bool(suggest_mapping([label])) or key in _GOOGLE_MARKERS
             or bool(_GOOGLE_NUMBERED.fullmatch(key)))
    return f"{label} {RAPPORT_SUFFIX}" if known else label


def _extra_column(name: str, flavour: Flavour) -> str | None:
    """The column an X-CSV- extra property came from, when the flavour has such a column."""
    if not name.startswith(EXTRA_PREFIX):
        return None
    if flavour == "outlook":
        return _OUTLOOK_EXTRAS.get(name)
    if name in _GOOGLE_EXTRAS:
        return _GOOGLE_EXTRAS[name]
    for kind, names in GOOGLE_GROUPS:
        prefix = extra_name(kind) + "-"
        match = re.fullmatch(rf"{re.escape(prefix)}(\d+)-([A-Z-]+)", name)
        if match:
            wanted = "Label" if match[2] == "TYPE" else match[2]  # the older export's "Type" is "Label" now
            found = next((n for n in names if extra_name(n)[len(EXTRA_PREFIX):] == wanted), None)
            return f"{kind} {match[1]} - {found}" if found else None
    return None


_OUTLOOK_EXTRAS = {extra_name(h): h for h in (*OUTLOOK_COLUMNS, *OUTLOOK_MORE)}
_GOOGLE_EXTRAS = {extra_name(h): h for h in GOOGLE_COLUMNS}


def _outlook_cells(data: ContactData, organisation: str, tags: list[str]) -> dict[str, str]:
    named = any((data.given, data.family, data.additional, data.prefix, data.suffix))
    cells = {
        "Title": data.prefix, "First Name": data.given if named else data.display_name,
        "Middle Name": data.additional, "Last Name": data.family, "Suffix": data.suffix, "Company": organisation,
        "Department": data.department, "Job Title": data.job_title, "Notes": data.notes,
        "Categories": ";".join(tags), "Birthday": _outlook_date(data.birthday),
        "Anniversary": _outlook_date(data.anniversary), "Nickname": data.nickname,
    }
    display = data.display_name or " ".join(p for p in (data.given, data.family) if p)
    for n, email in enumerate(data.emails, start=1):
        stem = "E-mail" if n == 1 else f"E-mail {n}"
        cells[f"{stem} Address"] = email.value
        if n <= 3:  # Outlook's own columns; more addresses get an Address column only
            cells[f"{stem} Type"] = "SMTP"
            cells[f"{stem} Display Name"] = f"{display} ({email.value})" if display else email.value
    for phone in data.phones:
        cells[_outlook_phone_column(phone, cells)] = phone.value
    for address in data.addresses:
        _outlook_address(address, cells)
    for n, url in enumerate(data.urls, start=1):
        cells["Web Page" if n == 1 else f"Web Page {n}"] = url.value
    for person in data.related:
        column = next((h for h, label in OUTLOOK_RELATED.items() if label == person.label.lower()), None)
        if column and not cells.get(column):
            cells[column] = person.value
    return cells


def _outlook_date(day: PartialDate | None) -> str:
    if day is None:
        return ""
    # Outlook writes the US short date; it has no birthday without a year (kept in ISO form then).
    return f"{day.month}/{day.day}/{day.year}" if day.year is not None else day.isoformat()


def _outlook_phone_column(phone: Phone, cells: dict[str, str]) -> str:
    types = set(_types(phone.label, phone.params)) if phone.label else set()

    def free(column: str) -> bool:
        return not cells.get(column)

    exact = [h for h, t in OUTLOOK_PHONES.items() if set(t) == types and free(h)]
    if exact:
        return exact[0]
    if "fax" in types and free("Other Fax"):
        return "Other Fax"
    own = [h for h, t in OUTLOOK_PHONES.items() if t == (_LABEL_WORDS.get(phone.label.lower(), ""),) and free(h)]
    if own:
        return own[0]
    if phone.preferred and not types and free("Primary Phone"):
        return "Primary Phone"
    n = 1
    while not free("Other Phone" if n == 1 else f"Other Phone {n}"):
        n += 1  # more phones than Outlook has columns for: columns of our own, read back as "other"
    return "Other Phone" if n == 1 else f"Other Phone {n}"


def _outlook_address(a: Address, cells: dict[str, str]) -> None:
    kind = OUTLOOK_ADDRESS_KINDS.get(_LABEL_WORDS.get(a.label.lower(), a.label.lower()), "Other")
    n = 1
    while any(cells.get(f"{kind if n == 1 else f'{kind} {n}'} {part}")
              for part in ("Street", "City", "State", "Postal Code", "Country/Region", "Address PO Box")):
        n += 1  # a second home address: columns of our own ("Home 2 Street"), read back as home
    stem = kind if n == 1 else f"{kind} {n}"
    # Outlook has no column for the extended address (a suite, a floor): it goes in the street lines.
    lines = "\n".join(p for p in (a.street, a.extended) if p).split("\n")
    if n == 1:
        cells[f"{stem} Street"] = lines[0]
        cells[f"{stem} Street 2"] = lines[1] if len(lines) > 1 else ""
        cells[f"{stem} Street 3"] = "\n".join(lines[2:])
    else:
        cells[f"{stem} Street"] = "\n".join(lines)
    cells[f"{stem} City"] = a.locality
    cells[f"{stem} State"] = a.region
    cells[f"{stem} Postal Code"] = a.postal_code
    cells[f"{stem} Country/Region"] = a.country
    cells[f"{stem} Address PO Box"] = a.po_box


# A contact as the writer takes it: data, organisation name, tags, and its custom fields' (label, value) pairs.
CsvRow = tuple[ContactData, str, list[str]] | tuple[ContactData, str, list[str], Sequence[tuple[str, str]]]


def write_csv(contacts: Iterable[CsvRow], flavour: Flavour) -> str:
    """Contacts (data, organisation name, tags, custom fields) as a CSV file in Google's or Outlook's columns,
    with CRLF line ends and RFC 4180 quoting. Encode Outlook files with FILE_ENCODING (a BOM). Custom fields
    go in Google's "Custom Field N - Label / Value" pairs, or in Outlook files a column each, named by its
    label (read back by either into the field of that label)."""
    make = _google_cells if flavour == "google" else _outlook_cells
    rows: list[dict[str, str]] = []
    for contact in contacts:
        data, organisation, tags = contact[0], contact[1], contact[2]
        custom = contact[3] if len(contact) > 3 else ()
        cells = make(data, organisation, tags)
        for extra in data.extra:
            column = _extra_column(extra.name, flavour)
            # A display name the user typed beats the "Name (address)" made up here.
            if column and (not cells.get(column) or _DISPLAY_COLUMN.fullmatch(column.lower())):
                cells[column] = extra.value
        _put_custom(cells, custom, flavour)
        rows.append(cells)
    used = {h for cells in rows for h, v in cells.items() if v}
    if flavour == "google":
        header = _google_header(used)
    else:
        header = list(OUTLOOK_COLUMNS)
    known = set(header)
    # Columns the fixed set lacks (Outlook's fourth e-mail, a Google custom field) in first-seen order.
    header += [h for h in dict.fromkeys(h for cells in rows for h, v in cells.items() if v) if h not in known]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralised(h) for h in header])
    for cells in rows:
        writer.writerow([neutralised(cells.get(h, "")) for h in header])
    return out.getvalue()


__all__ = ["FIELDS", "FILE_ENCODING", "CsvContact", "CsvFileError", "Flavour", "detect_flavour", "extra_name",
           "neutralised", "read", "read_header", "restored_cell", "suggest_mapping", "write_csv"]
