"""A plain person's vCard straight to the rows the import writes, without the data classes between.

The general route (map_card, prepare_contact, for_writer) builds a MappedContact, its Email, Phone and
Address objects and two ContactData copies for every card, then takes them apart into rows again:
about 175 µs a card, most of an import's reading CPU. Most cards that phones and address books
write hold only a name, an organisation, e-mails, phones, addresses, web pages, notes and categories,
each once where it can only be once, and a photo. For such a card this module gives the same Record at once;
for any other (a group label, a photo by URI, a birthday, a second FN, a value that fails a check, ...) it
gives None and the general route takes the card. `tests/test_import_plain.py` checks that both
routes give exactly the same records over the corpus, the benchmark's cards and generated ones.
"""

from __future__ import annotations

import functools
from typing import Any, NamedTuple

from app.contacts import ContactRows, params_to_json
from app.formats.vcard import Card, components, split_escaped, unescape
from app.formats.vcard_map import (
    ACCOUNT_LINK,
    CUSTOM_FIELD,
    DROPPED,
    kept_property,
    part_params,
    stable_uid,
    take_photo,
)
from app.validation import clean_email, clean_phone, e164
from db import fts

# Properties this route maps; names the general route maps in some other way make it hand over.
_ONCE = frozenset(("UID", "FN", "N", "TITLE", "ORG", "PHOTO"))
_TAKEN = frozenset((*_ONCE, "EMAIL", "TEL", "ADR", "URL", "NOTE", "CATEGORIES", *DROPPED))
_MAPPED_ELSEWHERE = frozenset((
    "NICKNAME", "BDAY", "ANNIVERSARY", "X-ANNIVERSARY", "X-MS-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY", "X-ABDATE",
    "IMPP", "RELATED", "KIND", "X-ABLABEL", "X-AIM", "X-ICQ", "X-JABBER", "X-MSN", "X-YAHOO", "X-SKYPE",
    "X-SKYPE-USERNAME", "X-GTALK", "X-QQ", "X-GOOGLE-TALK", "X-GADUGADU", "X-TWITTER", "X-SIP", "X-ABRELATEDNAMES",
    "X-SPOUSE", "X-MS-SPOUSE", "X-EVOLUTION-SPOUSE", "X-MANAGER", "X-MS-MANAGER", "X-EVOLUTION-MANAGER",
    "X-ASSISTANT", "X-MS-ASSISTANT", "X-EVOLUTION-ASSISTANT", ACCOUNT_LINK, CUSTOM_FIELD,
    "X-ADDRESSBOOKSERVER-KIND", "X-ADDRESSBOOKSERVER-MEMBER", "MEMBER",
))


def _spaced(text: str) -> str:
    return " ".join(text.split())


def _text(value: str) -> str:
    """As vcard_map's _text reads a 3.0/4.0 value: unescaped, one kind of line break."""
    text = unescape(value)
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


@functools.lru_cache(maxsize=1024)
def _params_json(params: tuple[tuple[str, str | None], ...]) -> str:
    return params_to_json(params) if params else "[]"


class PlainContact(NamedTuple):
    """What the import's Record holds for a plain card (import_reader makes the Record)."""

    uid: str
    organisation: str
    tags: tuple[str, ...]
    rows: ContactRows
    entry: tuple[Any, ...]


def plain_contact(card: Card, region: str | None) -> PlainContact | None:
    """What the general route gives for this card, or None when the card is not plain."""
    if card.version == "2.1" or card.warnings:
        return None
    uid = display = job_title = department = organisation = ""
    name_parts: list[str] | None = None
    emails: list[tuple[Any, ...]] = []
    phones: list[tuple[Any, ...]] = []
    addresses: list[tuple[Any, ...]] = []
    urls: list[tuple[Any, ...]] = []
    extra: list[tuple[Any, ...]] = []
    notes: list[str] = []
    tags: list[str] = []
    seen: set[str] = set()
    photo: dict[str, object] = {}
    for prop in card.properties:
        name, value = prop.name, prop.value
        if name not in _TAKEN:
            if name in _MAPPED_ELSEWHERE or name.startswith("X-ABSHOWAS"):
                return None
            kept = kept_property(prop)
            extra.append((len(extra), kept.group, kept.name, _params_json(kept.params), kept.value))
            continue
        if prop.group:
            return None  # Apple's labelled groups: the general route pairs them up
        if name in _ONCE:
            if name in seen or not value.strip():
                return None  # the general route keeps a second one, or an empty one, verbatim
            seen.add(name)
        if name == "UID":
            uid = _text(value).strip()
        elif name == "FN":
            display = _spaced(_text(value))
        elif name == "N":
            if prop.params:
                return None  # an ALTID (or another parameter) decides whether it counts
            name_parts = [_spaced(part) for part in (components(value) + [""] * 5)[:5]]
        elif name == "TITLE":
            job_title = _spaced(_text(value))
        elif name == "ORG":
            parts = components(value)
            organisation = parts[0].strip()
            if len(parts) > 1:
                department = _spaced(", ".join(p for p in parts[1:] if p.strip()))
        elif name == "PHOTO":
            if prop.data is None or not take_photo(prop, photo):
                return None  # a photo by URI, or a value that is no photo
        elif name == "NOTE":
            notes.append(_text(value))
        elif name == "CATEGORIES":
            tags.extend(unescape(v).strip() for v in split_escaped(value, ",") if v.strip())
        elif name in DROPPED:
            continue
        else:  # EMAIL, TEL, ADR, URL: labelled parts
            label, preferred, params = part_params(tuple(prop.params))
            kept_params = _params_json(params)
            if name == "ADR":
                if not value.strip(" ;"):
                    return None  # kept verbatim by the general route
                # Something but spaces and semicolons: a component holds it, so the address is not empty.
                p = components(value) + [""] * 7
                addresses.append((len(addresses), p[2], p[3], p[4], p[5], p[6], p[0], p[1], label, preferred, "",
                                  kept_params))
                continue
            text = _text(value).strip()
            if not text:
                return None  # kept verbatim by the general route
            try:
                if name == "EMAIL":
                    emails.append((len(emails), clean_email(text), label, preferred, "", kept_params))
                elif name == "TEL":
                    cleaned = clean_phone(text)
                    phones.append((len(phones), cleaned, label, preferred, "", kept_params, e164(cleaned, region)))
                else:
                    urls.append((len(urls), text, label, preferred, "", kept_params))
            except ValueError:
                return None  # the general route keeps it as an extra property, with a warning
    if not display:
        return None  # the general route composes one from the name parts
    family, given, additional, prefix, suffix = name_parts or ("", "", "", "", "")
    note_text = "\n\n".join(n for n in notes if n.strip())
    scalars = (prefix, given, additional, family, suffix, display, "", job_title, department, None, None,
               photo.get("photo"), photo.get("photo_mime", ""), "", note_text)
    uid = uid or stable_uid(card)
    entry = fts.contact_entry(
        0, uid, names=(display, prefix, given, additional, family, suffix, ""),
        organisations=[_spaced(organisation)] if organisation else [], job=(job_title, department),
        emails=[row[1] for row in emails], phones=[(row[1], row[-1]) for row in phones],
        others=[*(row[1] for row in urls), *(" ".join(row[1:6]) for row in addresses)], notes=note_text,
    )
    rows = ContactRows(scalars, (tuple(emails), tuple(phones), tuple(addresses), tuple(urls), (), (), ()),
                       tuple(extra))
    return PlainContact(uid, organisation, tuple(dict.fromkeys(tags)), rows, entry)
