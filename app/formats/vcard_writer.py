"""Writing vCard 3.0 and 4.0 from Rapport's records: what the reader takes in, the writer gives back.

Labels that are standard TYPE values are written as TYPE; others (Apple's "HomePage", a user's own
"Skype for work") as an Apple group label (itemN.X-ABLabel), which Apple, Google and most phones
read. Parameters and properties Rapport does not model are written back as they came. Lines are
folded at 75 octets without splitting a UTF-8 character, and end with CRLF.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.accounts import AccountData
from app.contacts import Address, ContactData, ExtraProperty, Params
from app.custom_fields import FieldValue
from app.formats.vcard_map import ACCOUNT_LINK, CUSTOM_FIELD, INDUSTRY, caret_encoded
from db.values import PartialDate

PRODID = "-//Rapport//Rapport CRM//EN"
STANDARD_TYPES = {
    "EMAIL": {"work", "home", "internet", "other"},
    "TEL": {"cell", "work", "home", "fax", "pager", "voice", "video", "text", "textphone", "main", "other",
            "msg", "car", "isdn", "bbs", "modem", "pcs", "iphone", "mobile", "dom", "intl"},
    "ADR": {"work", "home", "postal", "parcel", "dom", "intl", "other"},
    "URL": {"work", "home", "other"},
    "IMPP": {"work", "home", "personal", "business", "mobile", "other"},
    "RELATED": {"contact", "acquaintance", "friend", "met", "co-worker", "colleague", "co-resident",
                "neighbor", "child", "parent", "sibling", "spouse", "kin", "muse", "crush", "date",
                "sweetheart", "me", "agent", "emergency"},
    "X-ABDATE": set(),
}
APPLE_BUILTIN = {"HomePage", "Anniversary", "Other", "Mobile", "Main", "HomeFAX", "WorkFAX", "Pager",
                 "Assistant", "Manager", "Spouse", "Child", "Mother", "Father", "Parent", "Brother",
                 "Sister", "Friend", "Partner", "School", "Home", "Work"}


@dataclass(frozen=True)
class ContactCard:
    uid: str
    data: ContactData
    organisation: str = ""
    tags: tuple[str, ...] = ()
    # The contact's accounts as X-RAPPORT-ACCOUNT lines: (account UID, role, account name); empty: none
    # written (ORG alone, as for a program that knows nothing of Rapport).
    links: tuple[tuple[str, str, str], ...] = ()
    fields: tuple[FieldValue, ...] = ()  # custom field values, as X-RAPPORT-FIELD lines


@dataclass(frozen=True)
class AccountCard:
    uid: str
    data: AccountData
    tags: tuple[str, ...] = ()
    fields: tuple[FieldValue, ...] = ()


_SPECIAL = re.compile(r"[\\\r\n,;]")


def escape(text: str) -> str:
    if not _SPECIAL.search(text):
        return text
    return (text.replace("\\", "\\\\").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
            .replace(",", "\\,").replace(";", "\\;"))


def structured(*parts: str) -> str:
    return ";".join(escape(p) for p in parts)


def fold(line: str) -> str:
    """Fold at 75 octets, never inside a UTF-8 sequence; CRLF line end."""
    if len(line) <= 18:  # 18 characters are at most 72 octets: most lines end here
        return line + "\r\n"
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    out, start, limit = [], 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:
            end -= 1  # do not cut a character in two
        out.append(data[start:end].decode("utf-8"))
        start, limit = end, 74  # continuation lines begin with a space
    return "\r\n ".join(out) + "\r\n"


def _param_text(params: Params) -> str:
    text = ""
    for name, value in params:
        if value is None:
            text += f";{name}"
        elif any(ch in value for ch in ':;,"') and not (value.startswith('"') and value.endswith('"')):
            text += f';{name}="{value.replace(chr(34), "")}"'
        else:
            text += f";{name}={value}"
    return text


class _Groups:
    """Hands out itemN group names not used by the card already."""

    def __init__(self, taken: set[str]) -> None:
        self._taken = {t.lower() for t in taken}
        self._next = 1

    def new(self) -> str:
        while f"item{self._next}" in self._taken:
            self._next += 1
        name = f"item{self._next}"
        self._taken.add(name)
        return name


def _part_lines(name: str, value: str, label: str, preferred: bool, group: str, params: Params,
                version: str, groups: _Groups) -> list[str]:
    own: list[tuple[str, str | None]] = []
    apple_label = ""
    if label:
        # A label read from TYPE is lower case and goes back as TYPE (any token is allowed there);
        # one from Apple's X-ABLabel keeps its capitals and goes back as a group label.
        if label == label.lower() and all(ch.isalnum() or ch in "-_" for ch in label):
            own.append(("TYPE", label))
        else:
            apple_label = label
            group = group or groups.new()
    if preferred:
        own.append(("PREF", "1") if version == "4.0" else ("TYPE", "pref"))
    prefix = f"{group}." if group else ""
    lines = [f"{prefix}{name}{_param_text((*own, *params))}:{value}"]
    if apple_label:
        shown = f"_$!<{apple_label}>!$_" if apple_label in APPLE_BUILTIN else escape(apple_label)
        lines.append(f"{prefix}X-ABLabel:{shown}")
    return lines


def _date(value: PartialDate, version: str) -> tuple[str, Params]:
    if value.year is None:
        if version == "4.0":
            return f"--{value.month:02d}{value.day:02d}", ()
        return f"1604-{value.month:02d}-{value.day:02d}", (("X-APPLE-OMIT-YEAR", "1604"),)
    return (value.isoformat().replace("-", "") if version == "4.0" else value.isoformat()), ()


def _address(a: Address) -> str:
    return structured(a.po_box, a.extended, a.street, a.locality, a.region, a.postal_code, a.country)


def _special(params: Params, key: str) -> tuple[str | None, Params]:
    """Take Rapport's own bookkeeping parameter (X-PROPERTY: the property an IM came from) out."""
    found = next((v for k, v in params if k == key), None)
    return found, tuple((k, v) for k, v in params if k != key)


def contact_lines(card: ContactCard, version: str) -> Iterator[str]:
    d = card.data
    taken = {p.group for parts in (d.emails, d.phones, d.addresses, d.urls, d.ims, d.related, d.dates)
             for p in parts if p.group} | {e.group for e in d.extra if e.group}
    groups = _Groups(taken)
    yield "BEGIN:VCARD"
    yield f"VERSION:{version}"
    yield f"PRODID:{PRODID}"
    yield f"UID:{escape(card.uid)}"
    yield f"FN:{escape(d.display_name)}"
    yield f"N:{structured(d.family, d.given, d.additional, d.prefix, d.suffix)}"
    if d.nickname:
        yield f"NICKNAME:{escape(d.nickname)}"
    if card.organisation or d.department:
        yield "ORG:" + structured(card.organisation, *([d.department] if d.department else []))
    if d.job_title:
        yield f"TITLE:{escape(d.job_title)}"
    for account_uid, role, name in card.links:
        params = (*((("ROLE", caret_encoded(role)),) if role else ()),
                  *((("NAME", caret_encoded(name)),) if name else ()))
        yield f"{ACCOUNT_LINK}{_param_text(params)}:{escape(account_uid)}"
    if d.birthday:
        value, params = _date(d.birthday, version)
        yield f"BDAY{_param_text(params)}:{value}"
    if d.anniversary:
        value, params = _date(d.anniversary, version)
        yield f"{'ANNIVERSARY' if version == '4.0' else 'X-ANNIVERSARY'}{_param_text(params)}:{value}"
    for e in d.emails:
        yield from _part_lines("EMAIL", escape(e.value), e.label, e.preferred, e.group, e.params, version, groups)
    for p in d.phones:
        yield from _part_lines("TEL", escape(p.value), p.label, p.preferred, p.group, p.params, version, groups)
    for a in d.addresses:
        yield from _part_lines("ADR", _address(a), a.label, a.preferred, a.group, a.params, version, groups)
    for u in d.urls:
        yield from _part_lines("URL", escape(u.value), u.label, u.preferred, u.group, u.params, version, groups)
    for im in d.ims:
        source, params = _special(im.params, "X-PROPERTY")
        name = source or "IMPP"  # an IM that came as X-AIM, X-SKYPE... goes back as such
        yield from _part_lines(name, escape(im.handle), im.label, im.preferred, im.group, params, version, groups)
    for r in d.related:
        source, params = _special(r.params, "X-PROPERTY")
        name = source or "RELATED"
        yield from _part_lines(name, escape(r.value), r.label, r.preferred, r.group, params, version, groups)
    for o in d.dates:
        value, date_params = _date(o.value, version)
        yield from _part_lines("X-ABDATE", value, o.label, o.preferred, o.group, (*date_params, *o.params),
                               version, groups)
    if d.photo:
        encoded = base64.b64encode(d.photo).decode("ascii")
        if version == "4.0":
            yield f"PHOTO:data:{d.photo_mime or 'image/jpeg'};base64,{encoded}"
        else:
            kind = (d.photo_mime or "image/jpeg").split("/")[-1].upper()
            yield f"PHOTO;ENCODING=b;TYPE={kind}:{encoded}"
    elif d.photo_uri:
        yield f"PHOTO{'' if version == '4.0' else ';VALUE=uri'}:{d.photo_uri}"
    if d.notes:
        yield f"NOTE:{escape(d.notes)}"
    if card.tags:
        yield "CATEGORIES:" + ",".join(escape(t) for t in card.tags)
    yield from _field_lines(card.fields)
    yield from _extra_lines(d.extra)
    yield "END:VCARD"


def _field_lines(values: tuple[FieldValue, ...]) -> Iterator[str]:
    for key, label, field_type, choices, value in values:
        params: Params = (("KEY", key), ("LABEL", caret_encoded(label)), ("X-TYPE", field_type),
                          *((("X-CHOICES", caret_encoded(choices)),) if choices else ()))
        yield f"{CUSTOM_FIELD}{_param_text(params)}:{escape(value)}"


def account_lines(card: AccountCard, version: str) -> Iterator[str]:
    d = card.data
    taken = {p.group for p in d.phones if p.group} | {a.group for a in d.addresses if a.group}
    groups = _Groups(taken | {e.group for e in d.extra})
    yield "BEGIN:VCARD"
    yield f"VERSION:{version}"
    yield f"PRODID:{PRODID}"
    yield f"UID:{escape(card.uid)}"
    if version == "4.0":
        yield "KIND:org"
    yield f"FN:{escape(d.name)}"
    if not any(e.name == "N" for e in d.extra):
        yield "N:;;;;"  # 3.0 requires N; an organisation has no person's name
    yield f"ORG:{structured(d.name)}"
    if version != "4.0":
        yield "X-ABShowAs:COMPANY"
    if d.website:
        yield f"URL:{escape(d.website)}"
    if d.industry:
        yield f"{INDUSTRY}:{escape(d.industry)}"
    for p in d.phones:
        yield from _part_lines("TEL", escape(p.value), p.label, p.preferred, p.group, p.params, version, groups)
    for a in d.addresses:
        yield from _part_lines("ADR", _address(a), a.label, a.preferred, a.group, a.params, version, groups)
    if d.notes:
        yield f"NOTE:{escape(d.notes)}"
    if card.tags:
        yield "CATEGORIES:" + ",".join(escape(t) for t in card.tags)
    yield from _field_lines(card.fields)
    yield from _extra_lines(d.extra)
    yield "END:VCARD"


def _extra_lines(extra: tuple[ExtraProperty, ...]) -> Iterator[str]:
    for e in extra:
        prefix = f"{e.group}." if e.group else ""
        yield f"{prefix}{e.name}{_param_text(e.params)}:{e.value}"


@dataclass(frozen=True)
class GroupCard:
    """A contact group as Apple, iCloud and DAVx5 write it: its name and its members' UIDs (app/contact_groups.py)."""

    uid: str
    name: str
    members: tuple[str, ...]


def group_lines(card: GroupCard, version: str) -> Iterator[str]:
    """vCard 4.0: KIND:group and MEMBER (RFC 6350 §6.1.4, §6.6.5); 3.0: Apple's X-ADDRESSBOOKSERVER-KIND
    and -MEMBER, which iOS, macOS and DAVx5 read. A member given as a UID is written as urn:uuid:, one
    given as a URI (mailto:, a web address) as it came."""
    prefix = "" if version == "4.0" else "X-ADDRESSBOOKSERVER-"
    yield "BEGIN:VCARD"
    yield f"VERSION:{version}"
    yield f"PRODID:{PRODID}"
    yield f"UID:{escape(card.uid)}"
    yield f"{prefix}KIND:group"
    yield f"FN:{escape(card.name)}"
    yield f"N:{structured(card.name)};;;;"
    for member in card.members:
        yield f"{prefix}MEMBER:{member if ':' in member else 'urn:uuid:' + member}"  # a bare UID: as a URI
    yield "END:VCARD"


def write_card(card: ContactCard | AccountCard | GroupCard, version: str) -> str:
    if version not in ("3.0", "4.0"):
        raise ValueError(f"cannot write vCard {version}; choose 3.0 or 4.0")
    lines = (contact_lines(card, version) if isinstance(card, ContactCard)
             else group_lines(card, version) if isinstance(card, GroupCard) else account_lines(card, version))
    return "".join(fold(line) for line in lines)
