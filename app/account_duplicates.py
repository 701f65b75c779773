"""Accounts that are likely one company, and merging them (the Duplicates section covers accounts too).

A pair is likely the same company when the names are the same but for case, accents, punctuation and
legal form ("ACME Foods, Inc." and "Acme Foods"), or a letter or two apart; when both name the same web
site; or when both have the same phone number. A merge keeps one account, fills what it lacks from the
other (industry, web site, notes; phones and addresses are added), moves everything that pointed at the
other to it — its people (with their roles), deals, activities, tasks, tags and custom values — and puts
the other in the Trash: one step in the undo log, undone with the contact merges' Undo.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import fields, replace

from rapidfuzz import fuzz

from app.accounts import AccountData, AccountRecord
from app.changes import Changes, Result
from app.company_names import NEAR_DUPLICATE_SCORE, company_key
from app.contacts import AccountLink
from app.duplicates import Candidate
from app.errors import ValidationError
from app.links import Link
from app.messages import QT_TRANSLATE_NOOP, said
from app.record_files import move_files
from app.services import Services

MERGE_CHANGES = Changes(contacts=True, accounts=True, deals=True, activities=True, tasks=True, tags=True,
                        custom_fields=True)
_SAME_KEY = 95
_SAME_SITE = 90
_SAME_PHONE = 80


def _site_key(website: str) -> str:
    """The host of a web address, without scheme, "www." or path: "https://www.acme.com/about" → "acme.com"."""
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", website.strip().casefold()).split("/")[0].split("?")[0]
    return host.removeprefix("www.").split(":")[0]


class AccountDuplicateService:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._db = services.store.database

    # --- candidates -------------------------------------------------------------------------------

    def candidates(self, limit: int | None = None) -> list[Candidate]:
        """Pairs of live accounts that are likely one company, best first, each pair once."""
        with self._db.atomic():  # one read transaction: every query sees the same accounts
            live = {aid: (uid, name) for aid, uid, name in self._db.execute_sql(
                "SELECT id, uid, name FROM account WHERE deleted_at IS NULL")}
            sites = self._db.execute_sql(
                "SELECT id, website FROM account WHERE deleted_at IS NULL AND website <> ''").fetchall()
            phones = self._db.execute_sql(
                "SELECT p.account_id, p.e164 FROM account_phone p JOIN account a ON a.id = p.account_id"
                " WHERE a.deleted_at IS NULL AND p.e164 <> ''").fetchall()
        found: dict[tuple[int, int], tuple[int, list[str]]] = {}

        def note(ids: Iterable[int], score: int, reason: str) -> None:
            ordered = sorted(set(ids))
            for index, first in enumerate(ordered):
                for second in ordered[index + 1:]:
                    best, reasons = found.get((first, second), (0, []))
                    if reason not in reasons:
                        reasons.append(reason)
                    found[(first, second)] = (max(best, score), reasons)

        keys = {aid: company_key(name) for aid, (_, name) in live.items()}
        for ids in _groups((aid, key) for aid, key in keys.items() if key).values():
            note(ids, _SAME_KEY, said(
                QT_TRANSLATE_NOOP("Services", "same name but for case, punctuation or legal form")))
        # Close names, compared within a block of names that begin alike (a typo is rarely in the first letters).
        blocks: dict[str, list[int]] = defaultdict(list)
        for aid, key in keys.items():
            if key:
                blocks[key[:2]].append(aid)
        for members in blocks.values():
            for index, first in enumerate(members):
                for second in members[index + 1:]:
                    if keys[first] == keys[second]:
                        continue
                    score = fuzz.token_sort_ratio(keys[first], keys[second], score_cutoff=NEAR_DUPLICATE_SCORE)
                    if score:
                        note((first, second), round(score) - 5, said(QT_TRANSLATE_NOOP("Services", "similar name")))
        for ids in _groups((aid, _site_key(site)) for aid, site in sites if _site_key(site)).values():
            note(ids, _SAME_SITE, said(QT_TRANSLATE_NOOP("Services", "same web site")))
        for ids in _groups(phones).values():
            note(ids, _SAME_PHONE, said(QT_TRANSLATE_NOOP("Services", "same phone")))

        pairs = [Candidate(live[a][0], live[a][1], live[b][0], live[b][1], score, tuple(reasons), kind="account")
                 for (a, b), (score, reasons) in found.items()]
        pairs.sort(key=lambda c: (-c.score, c.first_name.casefold(), c.second_name.casefold(), c.first_uid))
        return pairs if limit is None else pairs[:limit]

    # --- merging ----------------------------------------------------------------------------------

    def merge(self, keep_uid: str, other_uid: str) -> Result[AccountRecord]:
        """Merge `other` into `keep` in one transaction (one undoable step)."""
        if keep_uid == other_uid:
            raise ValidationError.single("other_uid", said(
                QT_TRANSLATE_NOOP("Services", "an account cannot be merged with itself")))
        services = self._services
        accounts = services.accounts
        with services.writer.write("Merge accounts") as op:
            op.action = "merge"
            keep, other = accounts.get(keep_uid), accounts.get(other_uid)
            merged = _merged(keep.data, other.data)
            accounts.update(keep_uid, **{f.name: getattr(merged, f.name) for f in fields(merged)})
            self._move_people(keep_uid, other_uid)
            for deal_uid, in self._db.execute_sql(
                    "SELECT d.uid FROM deal d WHERE d.account_id = ? AND d.deleted_at IS NULL", (other.id,)):
                services.deals.update(deal_uid, account_uid=keep_uid)
            for table, service in (("activity", services.activities), ("task", services.tasks)):
                for uid, in self._db.execute_sql(
                        f"SELECT r.uid FROM {table} r JOIN {table}_link l ON l.{table}_id = r.id"
                        f" WHERE l.account_id = ? AND r.deleted_at IS NULL", (other.id,)).fetchall():
                    links = service.get(uid).data.links
                    moved = tuple(dict.fromkeys(Link("account", keep_uid) if link == Link("account", other_uid)
                                                else link for link in links))
                    service.update(uid, links=moved)
            self._move_owned(other.id, keep.id)
            services.custom_fields.repoint_links("account", other_uid, keep_uid)
            services.leads.repoint("account", other_uid, keep_uid)
            move_files(self._db, "account", other.id, keep.id)
            accounts.delete(other_uid)
            op.reindex("account", [keep.id, other.id])
            kept = accounts.get(keep_uid)
            op.label = f"Merged “{other.data.name}” into “{kept.data.name}”"
        return Result(kept, MERGE_CHANGES)

    def _move_people(self, keep_uid: str, other_uid: str) -> None:
        """Each of the other's people works for the kept account now, in the same place in their list and
        with the same role (a role they had at the kept one already wins)."""
        contacts = self._services.contacts
        for contact_uid, in self._db.execute_sql(
                "SELECT c.uid FROM contact c JOIN contact_account ca ON ca.contact_id = c.id"
                " JOIN account a ON a.id = ca.account_id WHERE a.uid = ? AND c.deleted_at IS NULL",
                (other_uid,)).fetchall():
            links = contacts.get(contact_uid).data.accounts
            kept_role = next((link.role for link in links if link.account_uid == keep_uid), None)
            moved: list[AccountLink] = []
            for link in links:
                if link.account_uid == other_uid:
                    if kept_role is None:
                        moved.append(AccountLink(keep_uid, link.role))
                elif link.account_uid == keep_uid and not link.role:
                    other_role = next((x.role for x in links if x.account_uid == other_uid), "")
                    moved.append(replace(link, role=other_role))
                else:
                    moved.append(link)
            contacts.update(contact_uid, accounts=tuple(moved))

    def _move_owned(self, other_id: int, keep_id: int) -> None:
        """Tags and custom values name their record by kind and id: the other's go to the kept account
        unless it has that tag (that field) already, which wins. Both accounts' images are in the step."""
        db = self._db
        for select, table in (
            ("SELECT id, tag_id FROM tagging WHERE record_kind = 'account' AND record_id = ?", "tagging"),
            ("SELECT v.id, v.field_id FROM custom_value v JOIN custom_field f ON f.id = v.field_id"
             " WHERE f.record_kind = 'account' AND v.record_id = ?", "custom_value"),
        ):
            kept = {row[1] for row in db.execute_sql(select, (keep_id,))}
            for row_id, key in db.execute_sql(select, (other_id,)).fetchall():
                if key in kept:
                    db.execute_sql(f"DELETE FROM {table} WHERE id = ?", (row_id,))
                else:
                    db.execute_sql(f"UPDATE {table} SET record_id = ? WHERE id = ?", (keep_id, row_id))
                    kept.add(key)


def _merged(keep: AccountData, other: AccountData) -> AccountData:
    """The kept account's facts, with what it lacks taken from the other."""
    phones = {p.value.replace(" ", ""): p for p in keep.phones}
    addresses = list(keep.addresses)
    for address in other.addresses:
        if address not in addresses:
            addresses.append(address)
    return replace(
        keep,
        industry=keep.industry or other.industry, website=keep.website or other.website,
        notes=keep.notes if other.notes.strip() in keep.notes else "\n\n".join(
            n for n in (keep.notes, other.notes) if n.strip()),
        phones=keep.phones + tuple(p for p in other.phones if p.value.replace(" ", "") not in phones),
        addresses=tuple(addresses),
        extra=keep.extra + tuple(e for e in other.extra if e not in keep.extra),
    )


def _groups(rows: Iterable[tuple[int, str]]) -> dict[str, set[int]]:
    by_key: dict[str, set[int]] = defaultdict(set)
    for record_id, key in rows:
        by_key[key].add(record_id)
    return {key: ids for key, ids in by_key.items() if len(ids) > 1}
