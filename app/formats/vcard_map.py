"""vCard properties to Rapport's records and back: which property becomes which field.

Everything a card holds ends up somewhere: modelled properties in fields (their unmodelled
parameters and Apple group kept beside them), the rest verbatim as extra properties. Only VERSION,
PRODID and REV are dropped, because every export writes its own.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
import uuid
from collections import Counter
from dataclasses import dataclass, field

from app.accounts import AccountData
from app.contacts import (
    AccountLink,
    Address,
    ContactData,
    Email,
    ExtraProperty,
    Im,
    OtherDate,
    Params,
    Phone,
    Related,
    Url,
)
from app.custom_fields import FieldValue
from app.formats.vcard import Card, Property, components, split_escaped, unescape
from db.values import PartialDate

DROPPED = {"VERSION", "PRODID", "REV"}
# Labels chosen from TYPE values in this order, whatever order the file had them in.
LABEL_PRIORITY = ("cell", "mobile", "iphone", "main", "work", "home", "fax", "pager", "video", "text",
                  "textphone", "voice", "other", "dom", "intl", "postal", "parcel", "msg", "bbs", "modem",
                  "car", "isdn", "pcs")
NOT_LABELS = {"pref", "internet", "x400", "quoted-printable", "base64", "b"}
IM_PROPERTIES = {
    "X-AIM": "aim", "X-ICQ": "icq", "X-JABBER": "xmpp", "X-MSN": "msn", "X-YAHOO": "yahoo",
    "X-SKYPE": "skype", "X-SKYPE-USERNAME": "skype", "X-GTALK": "gtalk", "X-QQ": "qq",
    "X-GOOGLE-TALK": "gtalk", "X-GADUGADU": "gadugadu", "X-TWITTER": "twitter", "X-SIP": "sip",
}
RELATED_PROPERTIES = {
    "X-ABRELATEDNAMES": "", "X-SPOUSE": "spouse", "X-MS-SPOUSE": "spouse", "X-EVOLUTION-SPOUSE": "spouse",
    "X-MANAGER": "manager", "X-MS-MANAGER": "manager", "X-EVOLUTION-MANAGER": "manager",
    "X-ASSISTANT": "assistant", "X-MS-ASSISTANT": "assistant", "X-EVOLUTION-ASSISTANT": "assistant",
}
ANNIVERSARY_PROPERTIES = ("ANNIVERSARY", "X-ANNIVERSARY", "X-MS-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY")
APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
MIME = {"jpeg": "image/jpeg", "jpg": "image/jpeg", "png": "image/png", "gif": "image/gif", "bmp": "image/bmp",
        "tiff": "image/tiff", "webp": "image/webp", "heic": "image/heic"}
_CONSUMED_PARAMS = {"CHARSET", "ENCODING"}


# Rapport's own properties, where vCard has no place for what a CRM keeps (the README lists them): a
# contact's links to its accounts, each with the person's role there (ORG names the first one for other
# programs), and an account's industry.
ACCOUNT_LINK = "X-RAPPORT-ACCOUNT"  # ;ROLE=…;NAME=…:<the account's UID>
INDUSTRY = "X-RAPPORT-INDUSTRY"
CUSTOM_FIELD = "X-RAPPORT-FIELD"  # ;KEY=…;LABEL=…;X-TYPE=…[;X-CHOICES=…]:<the value>


def custom_field(prop: Property) -> FieldValue | None:
    key = (prop.param("KEY") or "").strip('"').strip()
    if not key:
        return None
    return (key, caret_decoded(prop.param("LABEL") or "").strip(), (prop.param("X-TYPE") or "text").strip('"').lower(),
            caret_decoded(prop.param("X-CHOICES") or ""), unescape(prop.value))


def caret_encoded(text: str) -> str:
    """A parameter value as RFC 6868 writes it: ^ as ^^, a double quote as ^', a line break as ^n."""
    return text.replace("^", "^^").replace('"', "^'").replace("\r\n", "^n").replace("\n", "^n")


def caret_decoded(value: str) -> str:
    """A parameter value read: its quotes off, RFC 6868's ^^, ^' and ^n undone."""
    text = value[1:-1] if len(value) >= 2 and value[0] == value[-1] == '"' else value
    return re.sub(r"\^([\^'n])", lambda m: {"^": "^", "'": '"', "n": "\n"}[m[1]], text)


@dataclass
class MappedContact:
    uid: str
    data: ContactData
    organisation: str = ""  # the account to link (matched by name, or created)
    tags: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # The card's X-RAPPORT-ACCOUNT links: (account UID, role, account name). Given, they are all the
    # contact's links; none, the links the contact has are kept and ORG's account added.
    links: list[tuple[str, str, str]] = field(default_factory=list)
    fields: list[FieldValue] = field(default_factory=list)  # custom field values (others are kept)


@dataclass
class MappedAccount:
    uid: str
    data: AccountData
    tags: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unsaid: frozenset[str] = frozenset()  # fields the card does not speak of: an import keeps what they hold
    fields: list[FieldValue] = field(default_factory=list)


def stable_uid(card: Card) -> str:
    """A UID for a card that has none, derived from its content, so that importing the same file
    twice finds the same record instead of making a second one."""
    digest = hashlib.sha256()
    for prop in card.properties:
        if prop.name not in DROPPED:
            digest.update(f"{prop.group}.{prop.name};{prop.params}:{prop.value}\n".encode())
    return str(uuid.UUID(bytes=digest.digest()[:16], version=5))


def is_group(card: Card) -> bool:
    """A contact group: KIND:group (vCard 4) or X-ADDRESSBOOKSERVER-KIND:group (Apple's 3.0), no person."""
    kind = card.first("KIND") or card.first("X-ADDRESSBOOKSERVER-KIND")
    return kind is not None and kind.value.strip().lower() == "group"


def group_members(card: Card) -> tuple[str, ...]:
    """A group card's members as its MEMBER (or X-ADDRESSBOOKSERVER-MEMBER) properties name them — URIs,
    urn:uuid: and a contact's UID most often — sorted and each once (app/contact_groups.py matches them)."""
    found = set()
    for prop in card.properties:
        if prop.name in ("MEMBER", "X-ADDRESSBOOKSERVER-MEMBER") and prop.value.strip():
            value = prop.value.strip()
            found.add("urn:uuid:" + value[len("urn:uuid:"):] if value.lower().startswith("urn:uuid:") else value)
    return tuple(sorted(found))


def is_organisation(card: Card) -> bool:
    kind = card.first("KIND")
    if kind and kind.value.strip().lower() in ("org", "organization"):
        return True
    if any(p.name.startswith("X-ABSHOWAS") and p.value.strip().upper() == "COMPANY" for p in card.properties):
        return True
    # A card with a company and no person's name (old phones and Outlook export companies so).
    named = any(
        (p.name == "FN" and p.value.strip()) or (p.name == "N" and p.value.strip(" ;")) for p in card.properties
    )
    org = card.first("ORG")
    return not named and org is not None and bool(org.value.strip(" ;"))


def _text(prop: Property, version: str) -> str:
    # vCard 2.1 has no general escaping: its FN "A;B\\C" is the name as written.
    text = prop.value if version == "2.1" else unescape(prop.value)
    return text.replace("\r\n", "\n").replace("\r", "\n")  # one kind of line break inside values


class _GroupLabels:
    """Apple's itemN.X-ABLabel per group, and which groups hold nothing but one property and its label:
    such a group only carries the label, and its name is not kept (the writer makes one again), so that
    a label written into a new group reads back as the same record."""

    def __init__(self, card: Card) -> None:
        self.labels = {p.group.lower(): p for p in card.properties if p.name == "X-ABLABEL" and p.group}
        members = Counter(p.group.lower() for p in card.properties if p.group)
        self.label_only = {group for group in self.labels if members[group] == 2}

    def get(self, group: str) -> Property | None:
        return self.labels.get(group)


def _labels(card: Card) -> _GroupLabels:
    return _GroupLabels(card)


def clean_label(text: str) -> str:
    match = APPLE_LABEL.match(text.strip())
    return match.group(1) if match else text.strip()


@dataclass
class _Part:
    label: str
    preferred: bool
    params: Params
    group: str = ""  # the property's group, unless it only carried the label


def _part(prop: Property, labels: _GroupLabels, used_labels: set[str]) -> _Part:
    label, preferred, kept = part_params(tuple(prop.params))
    group = prop.group
    group_label = labels.get(prop.group.lower()) if prop.group else None
    if group_label is not None:
        used_labels.add(prop.group.lower())
        if group_label.value.strip():
            if label:
                kept = (*kept, ("TYPE", label))
            label = clean_label(unescape(group_label.value))
            if prop.group.lower() in labels.label_only:
                group = ""
    return _Part(label, preferred, kept, group)


_BARE_LABELS = frozenset((*LABEL_PRIORITY, "pref"))


@functools.lru_cache(maxsize=4096)
def part_params(params: Params) -> tuple[str, bool, Params]:
    """(label, preferred, parameters kept) from a property's parameters: the same few on every card
    of a file, so worked out once each."""
    prop = Property("", "", list(params))
    types = prop.param_values("TYPE")
    preferred = "pref" in types
    kept: list[tuple[str, str | None]] = []
    for key, value in params:
        if key in _CONSUMED_PARAMS or key == "TYPE" or (value is None and key.lower() in _BARE_LABELS):
            continue
        if value is None and key.upper() in ("QUOTED-PRINTABLE", "BASE64", "INTERNET", "X400"):
            continue
        if key == "PREF" and value is not None and value.strip('"') == "1":
            preferred = True
            continue
        kept.append((key, value))
    candidates = [t for t in types if t not in NOT_LABELS]
    label = next((t for t in LABEL_PRIORITY if t in candidates), candidates[0] if candidates else "")
    leftovers = [t for t in candidates if t != label]
    kept.extend(("TYPE", t) for t in dict.fromkeys(leftovers))
    return label, preferred, tuple(kept)


def _partial_date(text: str) -> PartialDate | None:
    """BDAY and friends as a PartialDate; None when the text is not a date (kept verbatim then)."""
    value = text.strip()
    match = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$", value)
    if match:
        year = int(match[1])
        try:
            # CardBook writes 1604 for "no year"; 0000 means the same.
            return PartialDate(None if year in (1604, 0) else year, int(match[2]), int(match[3]))
        except ValueError:
            return None
    match = re.match(r"^--(\d{2})-?(\d{2})$", value)
    if match:
        try:
            return PartialDate(None, int(match[1]), int(match[2]))
        except ValueError:
            return None
    return None


def kept_property(prop: Property) -> ExtraProperty:
    """An unmodelled property as it is stored: verbatim, vCard-escaped, base64 data as base64 text."""
    params = tuple((k, v) for k, v in prop.params if k != "CHARSET")
    if prop.data is not None:  # decoded base64: keep it as base64 text, written back as such
        params = tuple((k, v) for k, v in params if k != "ENCODING" and not (v is None and k == "BASE64"))
        params = (*params, ("ENCODING", "b"))
        return ExtraProperty(prop.name, base64.b64encode(prop.data).decode("ascii"), prop.group, params)
    if any((k == "ENCODING" and (v or "").upper() in ("QUOTED-PRINTABLE", "QP"))
           or (v is None and k == "QUOTED-PRINTABLE") for k, v in prop.params):
        params = tuple((k, v) for k, v in params if not (k == "ENCODING" or (v is None and k == "QUOTED-PRINTABLE")))
    # Kept text is stored vCard-escaped, as 3.0/4.0 write it; a 2.1 value may hold raw line breaks.
    value = prop.value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    return ExtraProperty(prop.name, value, prop.group, params)


def map_card(card: Card) -> MappedContact | MappedAccount:
    if is_organisation(card):
        return _map_organisation(card)
    return _map_person(card)


def _map_person(card: Card) -> MappedContact:
    version = card.version
    labels = _labels(card)
    used_labels: set[str] = set()
    fields: dict[str, object] = {}
    emails: list[Email] = []
    phones: list[Phone] = []
    addresses: list[Address] = []
    urls: list[Url] = []
    ims: list[Im] = []
    related: list[Related] = []
    dates: list[OtherDate] = []
    extra: list[ExtraProperty] = []
    notes: list[str] = []
    tags: list[str] = []
    organisation = ""
    links: list[tuple[str, str, str]] = []
    custom: list[FieldValue] = []
    warnings = list(card.warnings)
    uid = ""
    for prop in card.properties:
        name = prop.name
        if name in DROPPED:
            continue
        if name == "UID" and not uid and prop.value.strip():
            uid = _text(prop, version).strip()
        elif name == "FN" and "display_name" not in fields:
            fields["display_name"] = _text(prop, version).strip()
        elif name == "N" and "family" not in fields and not prop.param("ALTID"):
            parts = components(prop.value) + [""] * 5
            fields.update(family=parts[0], given=parts[1], additional=parts[2], prefix=parts[3], suffix=parts[4])
        elif name == "NICKNAME" and "nickname" not in fields:
            fields["nickname"] = ", ".join(unescape(v) for v in split_escaped(prop.value, ","))
        elif name == "TITLE" and "job_title" not in fields:
            fields["job_title"] = _text(prop, version).strip()
        elif name == "ORG" and not organisation:
            parts = components(prop.value)
            organisation = parts[0].strip()
            if len(parts) > 1:
                fields["department"] = ", ".join(p for p in parts[1:] if p.strip())
        elif name == "BDAY" and "birthday" not in fields and (day := _partial_date(prop.value)):
            fields["birthday"] = day
        elif name in ANNIVERSARY_PROPERTIES and "anniversary" not in fields and (day := _partial_date(prop.value)):
            fields["anniversary"] = day
        elif name == "X-ABDATE" and (day := _partial_date(prop.value)):
            part = _part(prop, labels, used_labels)
            dates.append(OtherDate(day, part.label, part.preferred, part.group, part.params))
        elif name == "NOTE":
            notes.append(_text(prop, version))
        elif name == "EMAIL" and prop.value.strip():
            part = _part(prop, labels, used_labels)
            emails.append(Email(_text(prop, version).strip(), part.label, part.preferred, part.group, part.params))
        elif name == "TEL" and prop.value.strip():
            part = _part(prop, labels, used_labels)
            number = _text(prop, version).strip()
            phones.append(Phone(number, part.label, part.preferred, part.group, part.params))
        elif name == "ADR" and prop.value.strip(" ;"):
            part = _part(prop, labels, used_labels)
            p = components(prop.value) + [""] * 7
            addresses.append(Address(street=p[2], locality=p[3], region=p[4], postal_code=p[5], country=p[6],
                                     po_box=p[0], extended=p[1], label=part.label, preferred=part.preferred,
                                     group=part.group, params=part.params))
        elif name == "URL" and prop.value.strip():
            part = _part(prop, labels, used_labels)
            urls.append(Url(_text(prop, version).strip(), part.label, part.preferred, part.group, part.params))
        elif name == "IMPP" and prop.value.strip():
            part = _part(prop, labels, used_labels)
            handle = _text(prop, version).strip()
            protocol = handle.split(":", 1)[0].lower() if ":" in handle else ""
            ims.append(Im(handle, protocol, part.label, part.preferred, part.group, part.params))
        elif name in IM_PROPERTIES and prop.value.strip():
            part = _part(prop, labels, used_labels)
            params = ((("X-PROPERTY", name), *part.params))
            ims.append(Im(_text(prop, version).strip(), IM_PROPERTIES[name], part.label, part.preferred,
                          part.group, params))
        elif (name == "RELATED" or name in RELATED_PROPERTIES) and prop.value.strip():
            part = _part(prop, labels, used_labels)
            params = part.params if name == "RELATED" else ((("X-PROPERTY", name), *part.params))
            label = part.label or RELATED_PROPERTIES.get(name, "")
            related.append(Related(_text(prop, version).strip(), label, part.preferred, part.group, params))
        elif name == "PHOTO" and "photo" not in fields and "photo_uri" not in fields and take_photo(prop, fields):
            pass
        elif name == "CATEGORIES":
            tags.extend(unescape(v).strip() for v in split_escaped(prop.value, ",") if v.strip())
        elif name == CUSTOM_FIELD and (value := custom_field(prop)) is not None:
            custom.append(value)
        elif name == ACCOUNT_LINK and prop.value.strip():
            links.append((_text(prop, version).strip(), caret_decoded(prop.param("ROLE") or "").strip(),
                          caret_decoded(prop.param("NAME") or "").strip()))
        else:
            extra.append(kept_property(prop))
    # Group labels no modelled property took stay with the unknown properties of their group.
    extra = [e for e in extra if not (e.name == "X-ABLABEL" and e.group.lower() in used_labels)]
    if "photo" in fields and "photo_mime" not in fields:
        fields["photo_mime"] = "image/jpeg"
    data = ContactData(
        **fields,  # type: ignore[arg-type]
        notes="\n\n".join(n for n in notes if n.strip()),
        emails=tuple(emails), phones=tuple(phones), addresses=tuple(addresses), urls=tuple(urls),
        ims=tuple(ims), related=tuple(related), dates=tuple(dates), extra=tuple(extra),
    )
    return MappedContact(uid or stable_uid(card), data, organisation, list(dict.fromkeys(tags)), warnings, links,
                         custom)


def take_photo(prop: Property, fields: dict[str, object]) -> bool:
    """Take a PHOTO as inline bytes or a URI; False leaves it to the extra properties."""
    types = prop.param_values("TYPE") + [v.lower() for v in prop.param_values("MEDIATYPE")]
    mime = next((MIME[t] for t in types if t in MIME), "")
    mime = mime or next((t for t in types if t.startswith("image/")), "")
    if prop.data is not None:
        fields.update(photo=prop.data, photo_mime=mime or "image/jpeg")
        return True
    value = prop.value.strip()
    match = re.match(r"^data:([\w/+.-]+)?(;base64)?\\?,(.*)$", value, re.DOTALL)
    if match and match[2]:
        try:
            fields.update(photo=base64.b64decode(re.sub(r"\s+", "", match[3])), photo_mime=match[1] or "image/jpeg")
            return True
        except ValueError:
            return False
    if re.match(r"^(https?|file|ftp):", value, re.IGNORECASE):
        fields["photo_uri"] = unescape(value)
        return True
    return False


def _map_organisation(card: Card) -> MappedAccount:
    version = card.version
    name, org_name, website, notes = "", "", "", []
    industry: str | None = None
    custom: list[FieldValue] = []
    phones: list[Phone] = []
    addresses: list[Address] = []
    extra: list[ExtraProperty] = []
    labels = _labels(card)
    used: set[str] = set()
    uid, tags = "", list[str]()
    for prop in card.properties:
        if prop.name in DROPPED:
            continue
        if prop.name == "UID" and not uid:
            uid = _text(prop, version).strip()
        elif prop.name == "ORG" and not org_name:
            org_name = components(prop.value)[0].strip()
        elif prop.name == "FN" and not name:
            name = _text(prop, version).strip()
        elif prop.name == "URL" and not website:
            website = _text(prop, version).strip()
        elif prop.name == INDUSTRY and industry is None:
            industry = _text(prop, version).strip()
        elif prop.name == CUSTOM_FIELD and (value := custom_field(prop)) is not None:
            custom.append(value)
        elif prop.name == "NOTE":
            notes.append(_text(prop, version))
        elif prop.name == "TEL" and prop.value.strip():
            part = _part(prop, labels, used)
            phones.append(Phone(_text(prop, version).strip(), part.label, part.preferred, part.group, part.params))
        elif prop.name == "ADR" and prop.value.strip(" ;"):
            part = _part(prop, labels, used)
            p = components(prop.value) + [""] * 7
            addresses.append(Address(street=p[2], locality=p[3], region=p[4], postal_code=p[5], country=p[6],
                                     po_box=p[0], extended=p[1], label=part.label, preferred=part.preferred,
                                     group=part.group, params=part.params))
        elif prop.name == "CATEGORIES":
            tags.extend(unescape(v).strip() for v in split_escaped(prop.value, ",") if v.strip())
        elif prop.name == "KIND" or prop.name.startswith("X-ABSHOWAS") or (
            prop.name == "N" and not prop.value.strip(" ;")
        ):
            continue  # what makes it an organisation card: the writer puts it back
        else:
            extra.append(kept_property(prop))
    extra = [e for e in extra if not (e.name == "X-ABLABEL" and e.group.lower() in used)]
    # An organisation card names the company in ORG; FN may hold a person's or a file name.
    data = AccountData(name=org_name or name, industry=industry or "", website=website, notes="\n\n".join(notes),
                       phones=tuple(phones), addresses=tuple(addresses), extra=tuple(extra))
    return MappedAccount(uid or stable_uid(card), data, tags, list(card.warnings),
                         frozenset() if industry is not None else frozenset({"industry"}), custom)


__all__ = ["AccountLink", "MappedAccount", "MappedContact", "is_group", "is_organisation", "map_card", "stable_uid"]
