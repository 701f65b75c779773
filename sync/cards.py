"""The address book side of records: vCard text ↔ Rapport's contacts and accounts, the field view
a three-way merge works on, and the normalised hash that tells a real change from a server's rewrite.

Every comparison goes through the same path, text → reader → map → validate → fields, whichever
side the text came from, so both sides are seen alike. The hash is over the card written back from
those fields with PRODID, REV and VERSION left out and the lines sorted: a server that reorders
properties, adds a PRODID or a REV, or re-folds lines has not changed the card.

Unmodelled properties travel in the `extra` field, so they survive the round trip; CATEGORIES are
the record's tags; ORG is the contact's first account (created by name when none has it yet, with
the same uid an import would give it). A card Rapport wrote also carries every account link with the
person's role there (X-RAPPORT-ACCOUNT: the `links` field, which then rules over ORG), the account's
industry and the custom field values (X-RAPPORT-FIELD: the `custom` field; a value arrives or changes,
one a card no longer has stays).

An address book the user chose shows where things stand with each person on the phone: a line at the end
of the card's NOTE, under a mark (app/phone_summary.py). It is the `summary` field, apart from `notes`
(the user's own note): worked out here before each push, never written to the record, and in a merge this
side's line wins (it is made from this side's data).
"""

from __future__ import annotations

import functools
import hashlib
import io
import logging
import uuid
from collections.abc import Sequence
from dataclasses import fields, replace
from typing import Any

from app.accounts import FIELD_NAMES as ACCOUNT_FIELDS
from app.accounts import AccountData, org_uid
from app.contacts import AccountLink, ContactData, ExtraProperty
from app.custom_fields import FieldValue
from app.errors import NotFoundError, ValidationError
from app.formats import ical, vcard
from app.formats.vcard_map import MappedAccount, group_members, is_group, map_card
from app.formats.vcard_writer import AccountCard, ContactCard, GroupCard, write_card
from app.import_reader import prepare_contact
from app.links import existing_uids
from app.messages import QT_TRANSLATE_NOOP, message_of, said
from app.phone_summary import refresh as refresh_summaries
from app.phone_summary import split_note, stored, with_summary
from app.services import Services
from app.tags import tag_key
from app.unit_of_work import Origin
from app.waiting_links import relink
from sync.records import RecordFormatError, RecordView

log = logging.getLogger(__name__)

KINDS = ("contact", "account", "group")  # groups last: their members are on the server before them
_CONTACT_FIELDS = tuple(f.name for f in fields(ContactData) if f.name != "accounts")


class CardFormatError(RecordFormatError):
    """A server's card cannot be read as a contact (its text is kept; the item is marked)."""


CardView = RecordView  # one card as fields: what a merge compares and what is written to the store


def joined(parts: Sequence[str]) -> str:
    """`parts` one after the other with "; " between them: one Said that the window translates part by part."""
    if not parts:
        return ""
    return functools.reduce(lambda first, then: said(QT_TRANSLATE_NOOP("Services", "%1; %2"), first, then), parts)


def problem_of(error: BaseException) -> str:
    """What `error` says, as a Said where it can be: a ValidationError's "field: message; …" field by field."""
    if isinstance(error, ValidationError) and error.errors:
        return joined([said(QT_TRANSLATE_NOOP("Services", "%1: %2"), e.field, e.message) for e in error.errors])
    return message_of(error)


def rejected_said(rejected: vcard.Rejected | ical.Rejected) -> str:
    """A record a reader turned down, as its str() says it ("record 1 (line 3): why"), as a Said."""
    return said(QT_TRANSLATE_NOOP("Services", "record %1 (line %2): %3"), rejected.number, rejected.line,
                rejected.reason)


def read_card(text: str, href: str = "") -> CardView:
    """Text from the server (or written here) as fields; a card without a UID gets one from its href."""
    where = href or said(QT_TRANSLATE_NOOP("Services", "a card"))
    try:
        items = list(vcard.read(io.BytesIO(text.encode("utf-8"))))
    except vcard.VCardFileError as exc:
        raise CardFormatError(said(QT_TRANSLATE_NOOP("Services", "%1: %2"), where, message_of(exc))) from None
    card = next((i for i in items if isinstance(i, vcard.Card)), None)
    if card is None:
        first = items[0] if items else None
        reason = (rejected_said(first) if isinstance(first, vcard.Rejected) else str(first) if first is not None
                  else said(QT_TRANSLATE_NOOP("Services", "no vCard")))
        raise CardFormatError(said(QT_TRANSLATE_NOOP("Services", "%1: %2"), where, reason))
    has_uid = card.first("UID") is not None and bool(card.first("UID").value.strip())  # type: ignore[union-attr]
    if is_group(card):
        # Apple's, iCloud's and DAVx5's groups: a tag here (app/contact_groups.py), never a person.
        gid = card.first("UID").value.strip() if has_uid else str(  # type: ignore[union-attr]
            uuid.uuid5(uuid.NAMESPACE_URL, "rapport:href:" + (href or text)))
        name = card.first("FN")
        group = {"name": " ".join(vcard.unescape(name.value).split()) if name is not None else "",
                 "members": group_members(card)}
        return CardView("group", gid, group, fingerprint("group", gid, group))
    mapped = map_card(card)
    uid = mapped.uid if has_uid or not href else str(uuid.uuid5(uuid.NAMESPACE_URL, "rapport:href:" + href))
    warnings: list[str] = list(mapped.warnings)
    tags = tuple(sorted({" ".join(t.split()) for t in mapped.tags if t.strip()}, key=tag_key))
    custom = tuple(sorted(mapped.fields))
    if isinstance(mapped, MappedAccount):
        data = _lenient_account(mapped.data, warnings)
        view = {name: getattr(data, name) for name in ACCOUNT_FIELDS} | {"tags": tags, "custom": custom}
        return CardView("account", uid, view, fingerprint("account", uid, view), tuple(warnings))
    try:
        clean = prepare_contact(mapped, warnings)
    except ValidationError as exc:
        raise CardFormatError(said(QT_TRANSLATE_NOOP("Services", "%1: %2"), href or uid, problem_of(exc))) from None
    view = {name: getattr(clean, name) for name in _CONTACT_FIELDS}
    view["notes"], summary = split_note(view["notes"])
    view |= {"summary": summary, "organisation": " ".join(mapped.organisation.split()), "tags": tags, "custom": custom,
             "links": tuple((account_uid, role) for account_uid, role, _name in mapped.links)}
    return CardView("contact", uid, view, fingerprint("contact", uid, view), tuple(warnings))


def _lenient_account(data: AccountData, warnings: list[str]) -> AccountData:
    """An organisation card's phones and web address that fail their check are kept verbatim."""
    try:
        return _validate_account(data)
    except ValidationError:
        pass
    kept: list[ExtraProperty] = []
    phones = []
    for phone in data.phones:
        try:
            _validate_account(AccountData(name="x", phones=(phone,)))
            phones.append(phone)
        except ValidationError:
            kept.append(ExtraProperty("TEL", phone.value, phone.group, phone.params))
            warnings.append(said(QT_TRANSLATE_NOOP("Services", "kept TEL %1 as it was"), repr(phone.value)))
    website = data.website
    if website:
        try:
            _validate_account(AccountData(name="x", website=website))
        except ValidationError:
            kept.append(ExtraProperty("URL", website))
            website = ""
    name = data.name or "Unnamed organisation"
    return _validate_account(replace(data, name=name, website=website, phones=tuple(phones),
                                     extra=(*data.extra, *kept)))


def _validate_account(data: AccountData) -> AccountData:
    from app.accounts import AccountService  # validate() needs no database

    return AccountService.validate(None, data)  # type: ignore[arg-type]


def write_view(kind: str, uid: str, view: dict[str, Any], version: str) -> str:
    if kind == "group":
        return write_card(GroupCard(uid, view["name"], tuple(view["members"])), version)
    custom = tuple(view.get("custom", ()))
    if kind == "account":
        data = AccountData(**{name: view[name] for name in ACCOUNT_FIELDS})
        return write_card(AccountCard(uid, data, tuple(view["tags"]), custom), version)
    contact = ContactData(**{name: view[name] for name in _CONTACT_FIELDS})
    contact = replace(contact, notes=with_summary(contact.notes, view.get("summary") or ""))
    links = tuple((account_uid, role, "") for account_uid, role in view.get("links", ()))
    return write_card(ContactCard(uid, contact, view["organisation"], tuple(view["tags"]), links, custom), version)


def fingerprint(kind: str, uid: str, view: dict[str, Any]) -> str:
    """The normalised content hash, over the fields a card was read into: what servers rewrite (the order
    of properties, PRODID, REV, VERSION, folding) never reaches them, and the items of a many-valued
    field (e-mails, phones, kept properties) count in any order, as the lines of a card do."""
    parts = [kind, uid]
    for name in sorted(view):
        value = view[name]
        parts.append(f"{name}={sorted(repr(_folded(v)) for v in value) if isinstance(value, tuple) else value!r}")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


# Parameters whose values RFC 6350 (§5) and RFC 2426 read without regard to case.
_CASELESS_PARAMETERS = frozenset({"TYPE", "VALUE", "ENCODING", "CHARSET", "PREF"})


def _folded(item: Any) -> Any:
    """An item as the hash sees it: a group's name (item1, ITEM1: the same group, RFC 6350 §3.3) and a
    parameter's name, and the values of TYPE and its like, in one case. Servers that upper-case them (the
    issue's "ITEM1.X-ABLABEL") then give back the card we sent, not a changed one. The record keeps them
    as they came."""
    group, params = getattr(item, "group", None), getattr(item, "params", None)
    if not isinstance(group, str) or not isinstance(params, tuple):
        return item
    folded = [(name.upper(), value.lower() if value and name.upper() in _CASELESS_PARAMETERS else value)
              for name, value in params]
    return replace(item, group=group.lower(), params=tuple(sorted(folded, key=lambda p: (p[0], p[1] or ""))))


def unsynced_cards(database: Any, kind: str) -> list[tuple[str, int]]:
    name = "name" if kind == "account" else "''"
    rows = database.execute_sql(
        f"SELECT uid, version, {name} FROM {kind} WHERE deleted_at IS NULL"
        " AND uid NOT IN (SELECT record_uid FROM sync_item WHERE record_kind = ?) ORDER BY id", (kind,))
    return [(str(uid), int(version)) for uid, version, account_name in rows
            if not (kind == "account" and version == 1 and uid == org_uid(str(account_name)))]


class AddressBookRecords:
    """Rapport's contacts and accounts as the sync engine sees them. Writes go through the services'
    write paths and run inside the caller's transaction."""

    kinds: tuple[str, ...] = KINDS
    extension = ".vcf"
    content_type = "text/vcard; charset=utf-8"
    report_kind = "addressbook"
    set_fields: frozenset[str] = frozenset({"members"})  # a group's, joined when two sides changed it
    own_fields = frozenset({"summary"})
    keyed_fields = frozenset({"custom"})  # custom field values and removals, merged field by field

    def __init__(self, services: Services, vcard_version: str = "3.0", phone_summary: bool = False,
                 collection_id: int | None = None, *, shared: bool = True) -> None:
        """`shared`: the office's address book (not one of the user's private ones): its group cards never
        list private contacts (app/contact_groups.py)."""
        self._s = services
        self._collection_id = collection_id  # whose contact groups' tags its cards leave out of CATEGORIES
        self._shared = shared
        self._db = services.store.database
        self.format_version = vcard_version
        self._phone_summary = phone_summary
        # Account uids by name, for ORG, within one run (the caller's transactions; nothing deletes an
        # account while a sync writes): 10,000 cards name a few hundred organisations.
        self._account_uids: dict[str, str] = {}
        self._arrived: dict[str, list[str]] = {"contact": [], "account": []}  # pulled this run: links wait

    # --- the text of a card -----------------------------------------------------------------------

    def read(self, text: str, href: str = "") -> RecordView:
        return read_card(text, href)

    def make_view(self, kind: str, uid: str, fields: dict[str, Any]) -> RecordView:
        return RecordView(kind, uid, fields, fingerprint(kind, uid, fields))

    def write(self, view: RecordView) -> str:
        return write_view(view.kind, view.uid, view.fields, self.format_version)

    def pull_order(self, text: str) -> int:
        """Organisation cards first: a person's ORG then finds its account instead of making one; groups
        last, after the people they list."""
        upper = text.upper()
        return 0 if "KIND:ORG" in upper or "X-ABSHOWAS:COMPANY" in upper else 2 if "KIND:GROUP" in upper else 1

    # --- reading -------------------------------------------------------------------------------

    def state(self, kind: str, uid: str) -> tuple[int, bool] | None:
        """(version, in the Trash) of a record; None when there is no such record at all."""
        if kind == "group":
            return self._s.contact_groups.state(uid)
        row = self._db.execute_sql(f"SELECT version, deleted_at FROM {kind} WHERE uid = ?", (uid,)).fetchone()
        return (int(row[0]), row[1] is not None) if row else None

    def existing(self, kind: str, uids: list[str]) -> set[str]:
        """Which of these records are here in any form (live or in the Trash)."""
        if kind == "group":
            return self._s.contact_groups.existing(uids)
        return existing_uids(self._db, kind, set(uids))

    def view(self, kind: str, uid: str) -> CardView | None:
        """The local record as fields (round-tripped through a card, as the server's side is)."""
        text = self.text(kind, uid, "4.0")
        return read_card(text) if text is not None else None

    def text(self, kind: str, uid: str, version: str | None = None) -> str | None:
        version = version or self.format_version
        if kind == "group":
            group = self._s.contact_groups.get(uid, shared=self._shared)
            return write_card(GroupCard(uid, group.name, group.members), version) if group is not None else None
        try:
            if kind == "account":
                account = self._s.accounts.get(uid, include_deleted=True)
                return write_card(AccountCard(uid, account.data, tuple(self._tags("account", account.id)),
                                              self._custom("account", account.id)), version)
        except NotFoundError:
            return None
        row = self._db.execute_sql("SELECT id FROM contact WHERE uid = ?", (uid,)).fetchone()
        if row is None:
            return None
        contact_id = int(row[0])
        data = self._s.contacts.data_many([contact_id])[contact_id]  # raw SQL: a peewee get costs 2.5 ms here
        names = dict(self._db.execute_sql(
            f"SELECT uid, name FROM account WHERE uid IN ({', '.join('?' * len(data.accounts))})",
            [link.account_uid for link in data.accounts]).fetchall()) if data.accounts else {}
        organisation = str(names.get(data.accounts[0].account_uid, "")) if data.accounts else ""
        if self._phone_summary:
            data = replace(data, notes=with_summary(data.notes, stored(self._db, contact_id)))
        links = tuple((link.account_uid, link.role, str(names.get(link.account_uid, ""))) for link in data.accounts)
        card = ContactCard(uid, data, organisation, tuple(self._tags("contact", contact_id)), links,
                           self._custom("contact", contact_id))
        return write_card(card, version)

    def _custom(self, kind: str, record_id: int) -> tuple[FieldValue, ...]:
        return self._s.custom_fields.carried(kind, [record_id], removals=True).get(record_id, ())

    def prepare_push(self) -> None:
        """After the pull, before the push: meetings, calls, tasks and deals that named the people and
        companies just pulled before they were here link to them now (app/waiting_links.py); the people whose
        line of where things stand changed count as changed."""
        if any(self._arrived.values()):
            with self._s.writer.write("Link what waited for the cards pulled", Origin.SYNC):
                for kind, uids in self._arrived.items():
                    relink(self._s, kind, uids)
            self._arrived = {"contact": [], "account": []}
        if self._phone_summary:
            refresh_summaries(self._s.writer)
        self._s.contact_groups.refresh()

    def prepare_pull(self) -> None:
        """Before a listing's changes are applied: a group changed here since the last sync (a tag added in
        the window) has its version moved, so that a change there is merged with it, not laid over it."""
        self._s.contact_groups.refresh()

    def unsynced(self, kind: str) -> list[tuple[str, int]]:
        """Live records no collection holds yet: (uid, version), oldest first. An account that exists only
        because a card named it in ORG (made from the name, never edited) is not uploaded as a card of its
        own: the ORG of its people's cards carries it, and a phone's address book is not filled with
        company cards nobody wrote."""
        if kind == "group":
            # A tag becomes a group only where a group card made it one: what is unsynced is a group deleted
            # on the server while it changed here, uploaded again.
            return [(str(uid), int(version)) for uid, version in self._db.execute_sql(
                "SELECT uid, version FROM contact_group WHERE deleted_at IS NULL AND uid NOT IN"
                " (SELECT record_uid FROM sync_item WHERE record_kind = 'group') ORDER BY id")]
        return unsynced_cards(self._db, kind)

    def changed(self, collection_id: int, kind: str) -> list[tuple[int, str, int, bool]]:
        """Records of a collection changed here since their last sync: (item id, uid, version, in the Trash).
        A purged record counts as deleted."""
        table = "contact_group" if kind == "group" else kind
        rows = self._db.execute_sql(
            f"SELECT i.id, i.record_uid, coalesce(r.version, i.local_version + 1), r.deleted_at IS NOT NULL"
            f" OR r.id IS NULL FROM sync_item i LEFT JOIN {table} r ON r.uid = i.record_uid"
            " WHERE i.collection_id = ? AND i.record_kind = ? AND i.duplicate = 0"
            " AND (r.id IS NULL OR r.version > i.local_version) ORDER BY i.id", (collection_id, kind))
        return [(int(a), str(b), int(c), bool(d)) for a, b, c, d in rows]

    def _tags(self, kind: str, record_id: int) -> list[str]:
        """A record's tags for its CATEGORIES: a contact's tags that are a group of this address book travel
        in the group's card instead (a company's, and other books' cards, keep them all)."""
        groups = self._s.contact_groups.tag_ids(self._collection_id) if kind == "contact" else set()
        rows = self._db.execute_sql(
            "SELECT t.id, t.name FROM tagging g JOIN tag t ON t.id = g.tag_id"
            " WHERE g.record_kind = ? AND g.record_id = ? ORDER BY t.name_key", (kind, record_id))
        return [str(name) for tag_id, name in rows if int(tag_id) not in groups]

    def _with_group_tags(self, kind: str, record_id: int, names: Sequence[str]) -> tuple[str, ...]:
        """A card's CATEGORIES and the record's group tags, which its card does not carry."""
        groups = self._s.contact_groups.tag_ids(self._collection_id) if kind == "contact" else set()
        if not groups:
            return tuple(names)
        held = [str(r[0]) for r in self._db.execute_sql(
            "SELECT t.name FROM tagging g JOIN tag t ON t.id = g.tag_id WHERE g.record_kind = ? AND g.record_id = ?"
            f" AND t.id IN ({', '.join(map(str, sorted(groups)))})", (kind, record_id))]
        return (*names, *held)

    # --- writing (inside the caller's transaction) ---------------------------------------------

    def apply(self, view: CardView) -> int:
        """Make the local record hold these fields (creating it, or bringing it back from the Trash).
        Returns its version afterwards."""
        if view.kind == "group":
            return self._s.contact_groups.apply(view.uid, view.fields["name"], tuple(view.fields["members"]),
                                                shared=self._shared)
        if view.kind == "account":
            self._account_uids.clear()  # names may change with it
            data = AccountData(**{name: view.fields[name] for name in ACCOUNT_FIELDS})
            with self._s.writer.write("Apply a card from the server", Origin.SYNC) as op:
                # People fetched before their organisation card made its account from the name: the card
                # takes that one over (a fresh device pulling a book otherwise doubled every company).
                self._s.accounts.adopt(org_uid(" ".join(data.name.split())), view.uid)
                _, row_id = self._s.accounts.upsert_clean(view.uid, data)
                op.reindex("account", [row_id])
        else:
            links = self._given_links(view) or self._links(view.uid, view.fields["organisation"])
            data_c = ContactData(**{name: view.fields[name] for name in _CONTACT_FIELDS}, accounts=links)
            with self._s.writer.write("Apply a card from the server", Origin.SYNC) as op:
                _, row_id = self._s.contacts.upsert_clean(view.uid, data_c)
                op.reindex("contact", [row_id])
        self._s.tags.replace_on(view.kind, row_id, self._with_group_tags(view.kind, row_id, view.fields["tags"]))
        self._apply_custom(view)
        self._arrived[view.kind].append(view.uid)
        state = self.state(view.kind, view.uid)
        assert state is not None
        if self._dropped(view, row_id):
            # The card came without what this record keeps beyond ORG (a program that rewrote it without
            # Rapport's properties): a local change, so the next run puts it back on the server.
            with self._s.writer.write("Apply a card from the server", Origin.SYNC) as op:
                op.stamp_ids(self._db, view.kind, [row_id])
        return state[0]

    def _dropped(self, view: RecordView, row_id: int) -> bool:
        """Whether the record holds what the card left out: links or roles ORG cannot say, custom values."""
        given = {key for key, *_rest in view.fields.get("custom", ())}
        kept = {f.key for f, _value in self._s.custom_fields.values_many(view.kind, [row_id]).get(row_id, [])}
        if not kept <= given:
            return True
        if view.kind != "contact" or view.fields.get("links"):
            return False
        links = self._db.execute_sql("SELECT role FROM contact_account WHERE contact_id = ?", (row_id,)).fetchall()
        return len(links) > 1 or any(str(role) for (role,) in links)

    def apply_new(self, views: list[RecordView]) -> list[int]:
        """Create records none of which exists here in any form (the first pull of a book): contacts in one
        statement per table, indexed at once; accounts one by one. Returns their versions, in order."""
        people = [v for v in views if v.kind == "contact"]
        versions = {v.uid: self.apply(v) for v in views if v.kind == "account"}
        self._make_accounts([v.fields["organisation"] for v in people if not self._given_links(v)])
        rows = [(v.uid, ContactData(**{name: v.fields[name] for name in _CONTACT_FIELDS},
                                    accounts=self._given_links(v) or self._new_links(v.fields["organisation"])))
                for v in people]
        with self._s.writer.write("Apply cards from the server", Origin.SYNC) as op:
            ids = self._s.contacts.insert_new_many(rows)
            op.reindex("contact", ids)
            self._s.tags.add_on_many("contact", [(row_id, v.fields["tags"])
                                                 for v, row_id in zip(people, ids, strict=True)])
            for v in people:
                self._apply_custom(v)
        self._arrived["contact"] += [v.uid for v in people]
        versions |= {v.uid: self._version(v.uid) if v.fields.get("custom") else 1 for v in people}
        versions |= {v.uid: self.apply(v) for v in views if v.kind == "group"}  # after the people they list
        return [versions[v.uid] for v in views]

    def _make_accounts(self, names: list[str]) -> None:
        """The companies a chunk of new people name in ORG, found or made together: one query for those there
        already, one statement for the new ones (one by one, 8,000 companies of 10,000 cards took 16 s)."""
        wanted = sorted({n for n in names if n and n not in self._account_uids})
        if not wanted:
            return
        found: dict[str, tuple[str, bool]] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for name, uid, deleted in self._db.execute_sql(
                    f"SELECT name, uid, deleted_at IS NOT NULL FROM account WHERE name IN ({marks})"
                    " ORDER BY deleted_at IS NOT NULL, id", chunk):
                found.setdefault(str(name), (str(uid), bool(deleted)))
        for name, (uid, deleted) in found.items():
            if not deleted:
                self._account_uids[name] = uid
        # Made here together: names no account has, whose uid no renamed account holds, that validate() keeps
        # as they are; any other goes the one-by-one way (_account_named) when its person is written.
        fresh = [(org_uid(n), n) for n in wanted if n not in found and _validate_account(AccountData(name=n)).name == n]
        taken = existing_uids(self._db, "account", {uid for uid, _ in fresh})
        fresh = [(uid, name) for uid, name in fresh if uid not in taken]
        with self._s.writer.write("Apply cards from the server", Origin.SYNC) as op:
            op.reindex("account", self._s.accounts.create_named_many(fresh))
        self._account_uids.update((name, uid) for uid, name in fresh)

    def _version(self, uid: str) -> int:
        state = self.state("contact", uid)
        assert state is not None
        return state[0]

    def _given_links(self, view: RecordView) -> tuple[AccountLink, ...]:
        """The card's own links (X-RAPPORT-ACCOUNT), to the accounts this folder has: () when it gives none
        (or none is here yet), and ORG decides as for any card."""
        given = view.fields.get("links", ())
        if not given:
            return ()
        here = self.existing("account", [account_uid for account_uid, _role in given])
        return tuple(AccountLink(account_uid, role) for account_uid, role in given if account_uid in here)

    def _apply_custom(self, view: RecordView) -> None:
        """The custom field values a card carries (CustomFieldService.apply_carried: a value the card no
        longer carries stays)."""
        self._s.custom_fields.apply_carried(view.kind, view.uid, view.fields.get("custom", ()), removals=True)

    def _new_links(self, organisation: str) -> tuple[AccountLink, ...]:
        return (AccountLink(self._account_named(organisation)),) if organisation else ()

    def delete(self, kind: str, uid: str) -> None:
        """Move to the Trash (the server deleted it); nothing when it is there already. A group goes, and
        its tag with it (app/contact_groups.py)."""
        if kind == "group":
            self._s.contact_groups.delete(uid)
            return
        self._account_uids.clear()
        state = self.state(kind, uid)
        if state is None or state[1]:
            return
        if kind == "account":
            self._s.accounts.delete(uid)
        else:
            self._s.contacts.delete(uid)

    def _links(self, uid: str, organisation: str) -> tuple[AccountLink, ...]:
        """ORG as the first account link; the other links a card cannot carry stay as they were."""
        existing: list[AccountLink] = []
        row = self._db.execute_sql("SELECT id FROM contact WHERE uid = ?", (uid,)).fetchone()
        if row:
            existing = [AccountLink(str(u), str(r)) for u, r in self._db.execute_sql(
                "SELECT a.uid, ca.role FROM contact_account ca JOIN account a ON a.id = ca.account_id"
                " WHERE ca.contact_id = ? ORDER BY ca.position, ca.id", (row[0],))]
        if not organisation:
            return tuple(existing[1:]) if existing else ()
        account_uid = self._account_named(organisation)
        first = next((link for link in existing if link.account_uid == account_uid), AccountLink(account_uid))
        return (first, *(link for link in existing[1:] if link.account_uid != account_uid))

    def _account_named(self, name: str) -> str:
        known = self._account_uids.get(name)
        if known is not None:
            return known
        uid = self._find_or_make_account(name)
        self._account_uids[name] = uid
        return uid

    def _find_or_make_account(self, name: str) -> str:
        found = self._db.execute_sql(
            "SELECT uid, deleted_at FROM account WHERE name = ? ORDER BY deleted_at IS NOT NULL, id LIMIT 1",
            (name,)).fetchone()
        if found and found[1] is None:
            return str(found[0])
        uid = str(found[0]) if found else org_uid(name)
        with self._s.writer.write("Apply a card from the server", Origin.SYNC) as op:
            _, row_id = self._s.accounts.upsert_clean(uid, _validate_account(AccountData(name=name)))
            op.reindex("account", [row_id])
        return uid

