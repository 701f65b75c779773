"""Duplicate contacts: finding likely pairs, merging one into the other, and undoing a merge.

Candidates come from three signals: the same e-mail address (ignoring case), the same phone number
(E.164, as the store keeps it), and a close name at the same organisation (or an identical name when
neither has one). E-mails and phones are grouped in SQL; names are compared only within an account
(blocking), never all pairs, so the search stays fast on 100,000 contacts.

A merge moves everything of the other contact onto the kept one and leaves the other as a tombstone
(sync passes the delete on). The undo journal keeps what the merge changed, so `undo` puts it back.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, TypeVar

import peewee
from rapidfuzz import fuzz, process

from app.changes import Changes, Result
from app.contacts import (
    AccountLink,
    Address,
    ContactData,
    ContactRecord,
    Email,
    ExtraProperty,
    Im,
    OtherDate,
    Phone,
    Related,
    Url,
    composed_name,
)
from app.errors import ValidationError
from app.merge_fields import CHOOSABLE as CHOOSABLE  # scalar fields a merge can take from either contact
from app.name_keys import name_key
from app.record_files import move_files
from app.services import Services
from app.undo import UndoConflictError as UndoConflictError  # raised by undo(); callers catch it from here
from app.unit_of_work import WriteOp

MERGE_CHANGES = Changes(contacts=True, activities=True, deals=True, tasks=True, tags=True)

NAME_THRESHOLD = 90  # rapidfuzz token_sort_ratio, 0..100
# A value shared by more contacts than this (a switchboard number, an info@ address, a very common
# name) says nothing about any two of them, and would flood the list with n² pairs.
MAX_GROUP = 50
# An account with more members than this is compared in sub-blocks (first letter of the sorted
# name); below it every pair of members is compared.
_SUB_BLOCK = 2_000

# Evidence weights, combined as independent signals: 1 - Π(1 - w). Shown as a score 0..100.
_W_EMAIL = 0.9
_W_PHONE = 0.8
_W_SAME_NAME_NO_ORG = 0.6
_W_NAME_SUPPORT = 0.3  # a close name beside an e-mail or phone match (no shared account needed)

_PHOTO = ("photo", "photo_mime", "photo_uri")

# Where contacts are pointed at by other records: (table, column of the owning record).
_LINK_TABLES = (("activity_link", "activity_id"), ("task_link", "task_id"), ("deal_contact", "deal_id"))
# A contact's own rows: the card itself is `contact`, these hang off it by contact_id.
_PART_TABLES = (
    "contact_email", "contact_phone", "contact_address", "contact_url", "contact_im", "contact_related",
    "contact_date", "contact_extra_property", "contact_account",
)
# Columns a merge or its undo may change without it being a change of the contact's data.
_META_COLUMNS = frozenset({"id", "version", "updated_at", "deleted_at"})


@dataclass(frozen=True)
class Candidate:
    """Two live contacts that may be the same person. `first` is the older record (a natural one to keep)."""

    first_uid: str
    first_name: str
    second_uid: str
    second_name: str
    score: int  # 0..100, higher is more likely the same person (company)
    reasons: tuple[str, ...]
    kind: str = "contact"  # or "account" (app/account_duplicates.py)


# --- normalising ----------------------------------------------------------------------------------


def _email_key(value: str) -> str:
    return value.strip().casefold()


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def _text_key(value: str) -> str:
    return " ".join(value.split()).casefold()


def _url_key(value: str) -> str:
    # http://x.example/ and HTTPS://x.example are the same page for a person's card.
    return re.sub(r"^[a-z][a-z0-9+.-]*://", "", value.strip().casefold()).rstrip("/")


# --- finding candidates ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Evidence:
    weights: list[float]
    reasons: list[str]
    by_name: bool = False  # found by a name rule (no need to compare the names again)

    def add(self, weight: float, reason: str, *, by_name: bool = False) -> None:
        if reason not in self.reasons:
            self.weights.append(weight)
            self.reasons.append(reason)
            self.by_name = self.by_name or by_name

    def score(self) -> int:
        doubt = 1.0
        for weight in self.weights:
            doubt *= 1.0 - weight
        return round(100 * (1.0 - doubt))


class _Pairs:
    """Evidence per unordered pair of contact ids: each pair is kept once, whichever rule found it."""

    def __init__(self) -> None:
        self.found: dict[tuple[int, int], _Evidence] = {}

    def add(self, a: int, b: int, weight: float, reason: str, *, by_name: bool = False) -> None:
        key = (a, b) if a < b else (b, a)
        evidence = self.found.get(key)
        if evidence is None:
            evidence = self.found[key] = _Evidence([], [])
        evidence.add(weight, reason, by_name=by_name)

    def add_group(self, ids: Iterable[int], weight: float, reason: str, *, by_name: bool = False) -> None:
        members = sorted(set(ids))
        if len(members) > MAX_GROUP:
            return
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                self.add(a, b, weight, reason, by_name=by_name)


def _name_weight(ratio: float) -> float:
    """A close name at the same organisation: 0.5 at the threshold, 0.9 for the very same name."""
    return 0.5 + 0.4 * (ratio - NAME_THRESHOLD) / (100 - NAME_THRESHOLD)


K = TypeVar("K")


def _groups(rows: Iterable[tuple[int, K]], live: dict[int, Any]) -> dict[K, set[int]]:
    """Contact ids per key, live contacts only, keeping keys that two or more contacts share."""
    grouped: dict[K, set[int]] = defaultdict(set)
    for contact_id, key in rows:
        if contact_id in live:
            grouped[key].add(contact_id)
    return {key: ids for key, ids in grouped.items() if len(ids) > 1}


def _close_pairs(members: Sequence[tuple[int, str]]) -> Iterable[tuple[int, int, float]]:
    """(id, id, ratio) for the members whose names (words sorted) are at least NAME_THRESHOLD alike."""
    if len(members) > _SUB_BLOCK:
        blocks: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for member in members:
            blocks[member[1][:1]].append(member)
        if len(blocks) > 1:
            for block in blocks.values():
                yield from _close_pairs(block)
            return
    # Indel similarity is at most 2·min/(la+lb): sorted by length, a name is compared only with the
    # longer ones that could still reach the threshold.
    ordered = sorted(members, key=lambda m: len(m[1]))
    names = [m[1] for m in ordered]
    lengths = [len(n) for n in names]
    reach = 200 / NAME_THRESHOLD - 1
    for i, a_name in enumerate(names):
        end = bisect_right(lengths, len(a_name) * reach, lo=i + 1)
        if end - i > 8:  # many to compare: let rapidfuzz loop in C
            for _, ratio, index in process.extract(
                a_name, names[i + 1 : end], scorer=fuzz.ratio, score_cutoff=NAME_THRESHOLD, limit=None
            ):
                yield ordered[i][0], ordered[i + 1 + index][0], ratio
        else:
            for j in range(i + 1, end):
                ratio = fuzz.ratio(a_name, names[j], score_cutoff=NAME_THRESHOLD)
                if ratio:
                    yield ordered[i][0], ordered[j][0], ratio


# --- snapshots for the undo journal ---------------------------------------------------------------


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"b64": base64.b64encode(value).decode("ascii")}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        return base64.b64decode(value["b64"])
    return value


def _rows(database: peewee.SqliteDatabase, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    cursor = database.execute_sql(sql, params)
    names = [d[0] for d in cursor.description]
    return [{n: _encode(v) for n, v in zip(names, row, strict=True)} for row in cursor.fetchall()]


def _snapshot(database: peewee.SqliteDatabase, contact_id: int) -> dict[str, Any]:
    """Every row of a contact, as stored (ids included), so it can be written back exactly."""
    card = _rows(database, "SELECT * FROM contact WHERE id = ?", (contact_id,))
    parts = {
        table: _rows(database, f"SELECT * FROM {table} WHERE contact_id = ? ORDER BY position, id", (contact_id,))
        for table in _PART_TABLES
    }
    return {"contact": card[0], "parts": parts}


def _fingerprint(snapshot: dict[str, Any]) -> str:
    """What a contact holds, without row ids and sync metadata: equal iff the data is the same."""
    card = {k: v for k, v in snapshot["contact"].items() if k not in _META_COLUMNS}
    parts = {
        table: [{k: v for k, v in row.items() if k != "id"} for row in rows]
        for table, rows in snapshot["parts"].items()
    }
    text = json.dumps({"contact": card, "parts": parts}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- merging values -------------------------------------------------------------------------------


T = TypeVar("T", Email, Phone, Address, Url, Im, Related, OtherDate, ExtraProperty)


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == b""


def _unused_group(taken: set[str]) -> str:
    n = 1
    while f"item{n}" in taken:
        n += 1
    taken.add(f"item{n}")
    return f"item{n}"


def _not_preferred(item: Any) -> Any:
    return replace(item, preferred=False)


def _all_parts(data: ContactData) -> list[Any]:
    return [*data.emails, *data.phones, *data.addresses, *data.urls, *data.ims, *data.related, *data.dates,
            *data.extra]


class _PartMerger:
    """Adds the other contact's distinct parts after the kept one's. vCard groups of the other that
    the kept contact already uses are renamed, so an Apple label (item1.X-ABLabel) stays with its value."""

    def __init__(self, keep: ContactData, other: ContactData) -> None:
        taken = {p.group for p in _all_parts(keep) if p.group} | {p.group for p in _all_parts(other) if p.group}
        keep_groups = {p.group for p in _all_parts(keep) if p.group}
        self.renamed = {g: _unused_group(taken) for g in sorted({p.group for p in _all_parts(other)} & keep_groups)}
        self.added_groups: set[str] = set()

    def merge(self, kept: tuple[T, ...], others: tuple[T, ...], key: Any) -> tuple[T, ...]:
        seen = {key(item) for item in kept}
        has_preferred = any(getattr(item, "preferred", False) for item in kept)
        result = list(kept)
        for item in others:
            item = replace(item, group=self.renamed.get(item.group, item.group))
            if key(item) in seen:
                continue
            seen.add(key(item))
            if has_preferred and getattr(item, "preferred", False):
                item = _not_preferred(item)  # the one preferred e-mail (phone, ...) stays the kept one's
            if item.group:
                self.added_groups.add(item.group)
            result.append(item)
        return tuple(result)


def merged_data(keep: ContactData, other: ContactData, phone_keys: dict[str, str],
                choose: dict[str, str] | None = None) -> ContactData:
    """What the kept contact holds after taking in the other. `phone_keys` maps a phone as written
    to its E.164 form (as the store computed it), so "(202) 555-0143" and "+1 202 555 0143" are one."""
    choose = dict(choose or {})
    errors = [f"{name!r} is not a field a merge can choose" for name in choose if name not in CHOOSABLE]
    errors += [f"{name}: choose 'keep' or 'other', not {side!r}" for name, side in choose.items()
               if name in CHOOSABLE and side not in ("keep", "other")]
    if errors:
        raise ValidationError.single("choose", "; ".join(errors))

    scalars: dict[str, Any] = {}
    for name in CHOOSABLE:
        if name in ("notes", "photo"):
            continue
        side = choose.get(name) or ("other" if _is_empty(getattr(keep, name)) else "keep")
        scalars[name] = getattr(other if side == "other" else keep, name)
    photo_side = choose.get("photo") or ("keep" if keep.photo or keep.photo_uri else "other")
    for name in _PHOTO:
        scalars[name] = getattr(other if photo_side == "other" else keep, name)
    notes_side = choose.get("notes")
    if notes_side:
        scalars["notes"] = other.notes if notes_side == "other" else keep.notes
    elif keep.notes.strip() and other.notes.strip() and other.notes.strip() not in keep.notes:
        scalars["notes"] = (other.notes if keep.notes.strip() in other.notes
                            else f"{keep.notes.rstrip()}\n\n{other.notes.strip()}")
    else:
        scalars["notes"] = keep.notes if keep.notes.strip() else other.notes
    if "display_name" not in choose and keep.display_name == composed_name(replace(keep, display_name="")):
        # The kept name was never set by hand: compose it again from the merged name parts.
        scalars["display_name"] = ""

    def phone_key(p: Phone) -> str:
        return phone_keys.get(p.value) or _digits(p.value)

    parts = _PartMerger(keep, other)
    emails = parts.merge(keep.emails, other.emails, lambda e: _email_key(e.value))
    phones = parts.merge(keep.phones, other.phones, phone_key)
    addresses = parts.merge(keep.addresses, other.addresses, lambda a: tuple(
        _text_key(getattr(a, f)) for f in ("po_box", "extended", "street", "locality", "region", "postal_code",
                                           "country")))
    urls = parts.merge(keep.urls, other.urls, lambda u: _url_key(u.value))
    ims = parts.merge(keep.ims, other.ims, lambda i: (i.protocol.casefold(), _text_key(i.handle)))
    related = parts.merge(keep.related, other.related, lambda r: _text_key(r.value))
    dates = parts.merge(keep.dates, other.dates, lambda d: (d.value, _text_key(d.label)))
    # A grouped extra property (a label) comes along only with the item of its group; one whose
    # group holds no modelled item stands alone and comes on its own merit.
    item_groups = {parts.renamed.get(p.group, p.group) for p in _all_parts(other)
                   if p.group and not isinstance(p, ExtraProperty)}
    extras = tuple(e for e in other.extra
                   if not e.group or parts.renamed.get(e.group, e.group) not in item_groups
                   or parts.renamed.get(e.group, e.group) in parts.added_groups)
    extra = parts.merge(keep.extra, extras, lambda x: (x.group.casefold(), x.name.upper(), x.value.strip()))

    accounts = list(keep.accounts)
    index = {link.account_uid: i for i, link in enumerate(accounts)}
    for link in other.accounts:
        if link.account_uid not in index:
            index[link.account_uid] = len(accounts)
            accounts.append(link)
        elif not accounts[index[link.account_uid]].role and link.role:
            accounts[index[link.account_uid]] = AccountLink(link.account_uid, link.role)

    return replace(keep, **scalars, emails=emails, phones=phones, addresses=addresses, urls=urls, ims=ims,
                   related=related, dates=dates, extra=extra, accounts=tuple(accounts))


# --- the service ----------------------------------------------------------------------------------


class DuplicateService:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._db = services.store.database
        self._clock = services.clock

    # --- candidates -------------------------------------------------------------------------------

    def candidates(self, limit: int | None = None) -> list[Candidate]:
        """Pairs of live contacts that are likely the same person, best first, each pair once."""
        with self._db.atomic():  # one read transaction: every query sees the same contacts
            pairs, live = self._pairs()
        found = [
            Candidate(live[a][0], live[a][1], live[b][0], live[b][1], evidence.score(), tuple(evidence.reasons))
            for (a, b), evidence in pairs.found.items()
        ]
        found.sort(key=lambda c: (-c.score, c.first_name.casefold(), c.second_name.casefold(), c.first_uid,
                                  c.second_uid))
        return found if limit is None else found[:limit]

    def _pairs(self) -> tuple[_Pairs, dict[int, tuple[str, str]]]:
        """The evidence for every pair found, and (uid, display name) of each live contact by id."""
        db = self._db
        # NOT INDEXED: the partial display-name index would read the table in name order, twice as slow.
        live: dict[int, tuple[str, str]] = {cid: (uid, name) for cid, uid, name in db.execute_sql(
            "SELECT id, uid, display_name FROM contact NOT INDEXED WHERE deleted_at IS NULL")}
        pairs = _Pairs()

        # E-mails: NOCASE groups come from the covering index; it folds ASCII only, so the few
        # addresses with other letters are folded here as well.
        emails = db.execute_sql(
            "SELECT contact_id, value FROM contact_email WHERE value COLLATE NOCASE IN"
            " (SELECT value COLLATE NOCASE FROM contact_email GROUP BY value COLLATE NOCASE HAVING count(*) > 1)"
            " UNION SELECT contact_id, value FROM contact_email WHERE length(value) <> length(CAST(value AS BLOB))"
        ).fetchall()
        for key, ids in _groups(((cid, _email_key(v)) for cid, v in emails), live).items():
            pairs.add_group(ids, _W_EMAIL, f"same e-mail {key}")

        phones = db.execute_sql(
            "SELECT contact_id, e164 FROM contact_phone WHERE e164 <> '' AND e164 IN"
            " (SELECT e164 FROM contact_phone WHERE e164 <> '' GROUP BY e164 HAVING count(*) > 1)"
        ).fetchall()
        for number, ids in _groups(phones, live).items():
            pairs.add_group(ids, _W_PHONE, f"same phone {number}")

        folded = {cid: name_key(name) for cid, (_, name) in live.items()}
        members: dict[int, list[int]] = defaultdict(list)
        for cid, aid in db.execute_sql(
            "SELECT ca.contact_id, ca.account_id FROM contact_account ca"
            " JOIN account a ON a.id = ca.account_id WHERE a.deleted_at IS NULL"
        ):
            if cid in live:
                members[aid].append(cid)
        # Blocking: close names count only at the same organisation, so only members of one account
        # are compared with each other.
        for member_ids in members.values():
            if len(member_ids) > 1:
                for a, b, ratio in _close_pairs([(cid, folded[cid]) for cid in member_ids]):
                    pairs.add(a, b, _name_weight(ratio), "similar name and same organisation", by_name=True)
        # Without an organisation only the very same name counts: a dictionary of names, no pairs compared.
        with_org = {cid for ids in members.values() for cid in ids}
        same_name = _groups(((cid, name) for cid, name in folded.items() if cid not in with_org and name), live)
        for ids in same_name.values():
            pairs.add_group(ids, _W_SAME_NAME_NO_ORG, "same name and no organisation", by_name=True)

        # An e-mail or phone match whose names are close too is all the more likely.
        for (a, b), evidence in pairs.found.items():
            if not evidence.by_name and fuzz.ratio(
                folded[a], folded[b], score_cutoff=NAME_THRESHOLD
            ):
                evidence.add(_W_NAME_SUPPORT, "similar name")
        return pairs, live

    # --- merging ----------------------------------------------------------------------------------

    def merge(self, keep_uid: str, other_uid: str, choose: dict[str, str] | None = None) -> Result[ContactRecord]:
        """Merge `other` into `keep` in one transaction; `choose` picks scalar fields ({field: "keep" |
        "other"}; by default the kept value unless it is empty). The merge can be undone with `undo`."""
        if keep_uid == other_uid:
            raise ValidationError.single("other_uid", "a contact cannot be merged with itself")
        contacts = self._services.contacts
        db = self._db
        with self._services.writer.write("Merge contacts") as op:
            op.action = "merge"
            keep = contacts.get(keep_uid)  # both go to the undo log as they are now
            other = contacts.get(other_uid)
            phone_keys = {value: e164 for value, e164 in db.execute_sql(
                "SELECT value, e164 FROM contact_phone WHERE contact_id IN (?, ?) AND e164 <> ''",
                (keep.id, other.id))}
            data = merged_data(keep.data, other.data, phone_keys, choose)
            contacts.update(keep_uid, **{f.name: getattr(data, f.name) for f in fields(ContactData)})

            self._move_links(other.id, keep.id)
            self._move_owned("SELECT id, tag_id FROM tagging WHERE record_kind = 'contact' AND record_id = ?",
                             "tagging", other.id, keep.id)
            self._move_owned("SELECT v.id, v.field_id FROM custom_value v JOIN custom_field f ON f.id = v.field_id"
                             " WHERE f.record_kind = 'contact' AND v.record_id = ?", "custom_value", other.id, keep.id)
            move_files(db, "contact", other.id, keep.id)
            self._services.custom_fields.repoint_links("contact", other_uid, keep_uid)
            self._services.leads.repoint("contact", other_uid, keep_uid)

            contacts.delete(other_uid)  # a tombstone with a new version: sync passes the delete on
            op.reindex("contact", [keep.id, other.id])  # also when the kept card itself did not change
            self._reindex_deals(op, (keep.id, other.id))
            kept = contacts.get(keep_uid)
            op.label = f"Merged “{other.display_name}” into “{kept.display_name}”"
        return Result(kept, MERGE_CHANGES)

    def _move_links(self, other_id: int, keep_id: int) -> tuple[
        dict[str, list[list[int]]], dict[str, list[dict[str, Any]]], list[list[Any]]
    ]:
        """Point the other's activity, task and deal links at the kept contact. A record linked to both
        keeps the kept contact's link and the other's is dropped (kept in the journal); a deal role
        only the other had is given to the kept link."""
        db = self._db
        moved: dict[str, list[list[int]]] = {}
        dropped: dict[str, list[dict[str, Any]]] = {}
        roles: list[list[Any]] = []
        for table, owner in _LINK_TABLES:
            kept_links = {row[0]: row[1] for row in db.execute_sql(
                f"SELECT {owner}, id FROM {table} WHERE contact_id = ?", (keep_id,))}
            moved[table], dropped[table] = [], []
            for row in _rows(db, f"SELECT * FROM {table} WHERE contact_id = ? ORDER BY id", (other_id,)):
                if row[owner] in kept_links:
                    if table == "deal_contact" and row["role"]:
                        cursor = db.execute_sql("UPDATE deal_contact SET role = ? WHERE id = ? AND role = ''",
                                                (row["role"], kept_links[row[owner]]))
                        if cursor.rowcount:
                            roles.append([kept_links[row[owner]], "", row["role"]])
                    db.execute_sql(f"DELETE FROM {table} WHERE id = ?", (row["id"],))
                    dropped[table].append(row)
                else:
                    db.execute_sql(f"UPDATE {table} SET contact_id = ? WHERE id = ?", (keep_id, row["id"]))
                    moved[table].append([row["id"], row[owner]])
                    kept_links[row[owner]] = row["id"]
        return moved, dropped, roles

    def _move_owned(self, select: str, table: str, other_id: int,
                    keep_id: int) -> tuple[list[list[int]], list[dict[str, Any]]]:
        """Tags and custom values name their record by id: move the other's to the kept contact unless it
        has the same tag (the same field) already, which wins; the other's is then dropped."""
        db = self._db
        kept_keys = {row[1] for row in db.execute_sql(select, (keep_id,))}
        moved: list[list[int]] = []
        dropped: list[dict[str, Any]] = []
        for row_id, key in db.execute_sql(select, (other_id,)).fetchall():
            if key in kept_keys:
                dropped.extend(_rows(db, f"SELECT * FROM {table} WHERE id = ?", (row_id,)))
                db.execute_sql(f"DELETE FROM {table} WHERE id = ?", (row_id,))
            else:
                db.execute_sql(f"UPDATE {table} SET record_id = ? WHERE id = ?", (keep_id, row_id))
                moved.append([row_id, key])
                kept_keys.add(key)
        return moved, dropped

    def _reindex_deals(self, op: WriteOp, contact_ids: Sequence[int]) -> None:
        """Deals show their people's names in search: index those of both contacts again."""
        marks = ",".join("?" * len(contact_ids))
        deal_ids = [r[0] for r in self._db.execute_sql(
            f"SELECT DISTINCT deal_id FROM deal_contact WHERE contact_id IN ({marks})", list(contact_ids))]
        op.reindex("deal", deal_ids)

    # --- undo -------------------------------------------------------------------------------------
    # A merge is a step in the one undo log (app/undo.py) like any write. The Duplicates view undoes
    # the newest merge, even with other steps after it, unless one of them changed the merged contacts.

    def next_undo(self) -> str | None:
        """What `undo` would undo (the merge's summary), or None when there is nothing to undo."""
        step = self._services.undo.next_undo("merge")
        return step.label if step is not None else None

    def undo(self) -> Result[str | None]:
        """Undo the newest merge not undone yet; its summary is the value. UndoConflictError when either
        contact was changed after it (the merge stays, and can be undone once that change is undone)."""
        result = self._services.undo.undo("merge", move_on=False)
        if result.value is None:
            return Result(None, Changes())
        return Result(result.value.label, result.changes | MERGE_CHANGES)
