"""Links from an activity or a task to the contacts, accounts and deals it concerns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.errors import FieldError, no_such
from app.messages import QT_TRANSLATE_NOOP, said
from app.records import record_model
from db.inserts import insert_rows

LINKABLE = ("contact", "account", "deal", "lead")


@dataclass(frozen=True)
class Link:
    kind: str  # contact | account | deal | lead
    uid: str


def check_links(links: tuple[Link, ...], errors: list[FieldError]) -> None:
    for index, link in enumerate(links):
        if link.kind not in LINKABLE:
            errors.append(FieldError(f"links[{index}]", said(QT_TRANSLATE_NOOP(
                "Services", "can link to a contact, account, deal or lead, not %1"), repr(link.kind))))
            continue
        model = record_model(link.kind)
        if not model.select().where(model.uid == link.uid).exists():
            errors.append(FieldError(f"links[{index}]", no_such(link.kind, link.uid)))


def write_links(link_model: Any, owner_field: str, owner_id: int, links: tuple[Link, ...]) -> None:
    link_model.delete().where(getattr(link_model, owner_field) == owner_id).execute()
    for link in dict.fromkeys(links):
        model = record_model(link.kind)
        target = model.get(model.uid == link.uid)
        link_model.create(**{owner_field: owner_id, link.kind: target.id})


def existing_uids(database: Any, kind: str, uids: set[str]) -> set[str]:
    """Which of these uids a record of this kind has (in the Trash too): one query a 500."""
    return uids_in_table(database, record_model(kind)._meta.table_name, uids)


def uids_in_table(database: Any, table: str, uids: set[str]) -> set[str]:
    """Which of these uids a row of `table` has: one query a 500."""
    wanted = sorted(uids)
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        found.update(str(r[0]) for r in database.execute_sql(
            f"SELECT uid FROM {table} WHERE uid IN ({', '.join('?' * len(chunk))})", chunk))
    return found


def write_many_links(link_model: Any, owner_field: str, links: dict[int, tuple[Link, ...]]) -> None:
    """The links of many new owners (none has any yet) at once: the targets' ids read a kind at a time."""
    database = link_model._meta.database
    ids: dict[tuple[str, str], int] = {}
    for kind in LINKABLE:
        uids = sorted({link.uid for owned in links.values() for link in owned if link.kind == kind})
        table = record_model(kind)._meta.table_name
        for start in range(0, len(uids), 500):
            chunk = uids[start:start + 500]
            ids.update(((kind, str(uid)), int(i)) for uid, i in database.execute_sql(
                f"SELECT uid, id FROM {table} WHERE uid IN ({', '.join('?' * len(chunk))})", chunk))
    rows = [{owner_field: owner_id, **{kind: ids[(kind, link.uid)] if kind == link.kind else None for kind in LINKABLE}}
            for owner_id, owned in links.items() for link in dict.fromkeys(owned)]  # every row the same columns
    insert_rows(link_model, rows)


def read_all_links(link_model: Any, owner_field: str) -> dict[int, tuple[Link, ...]]:
    """Every owner's links at once (an export of every activity): one query, not one a record and link."""
    return _links_where(link_model, owner_field, "", [])


def read_links(link_model: Any, owner_field: str, owner_id: int) -> tuple[Link, ...]:
    return read_links_of(link_model, owner_field, [owner_id]).get(owner_id, ())


def read_links_of(link_model: Any, owner_field: str, owner_ids: Sequence[int]) -> dict[int, tuple[Link, ...]]:
    """The links of these owners (in the order they were made), with their targets' uids, in one query a
    chunk: a deal's timeline read each activity's links and each link's target apart, 3 queries an entry."""
    ids = list(dict.fromkeys(owner_ids))
    found: dict[int, tuple[Link, ...]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found |= _links_where(link_model, owner_field, f" WHERE l.{owner_field}_id IN ({', '.join('?' * len(chunk))})",
                              chunk)
    return found


def _links_where(link_model: Any, owner_field: str, where: str, params: list[int]) -> dict[int, tuple[Link, ...]]:
    table, column = link_model._meta.table_name, f"{owner_field}_id"
    rows = link_model._meta.database.execute_sql(
        f"SELECT l.{column}, c.uid, a.uid, d.uid, e.uid FROM {table} l LEFT JOIN contact c ON c.id = l.contact_id"
        " LEFT JOIN account a ON a.id = l.account_id LEFT JOIN deal d ON d.id = l.deal_id"
        f" LEFT JOIN lead e ON e.id = l.lead_id{where} ORDER BY l.id", params)
    found: dict[int, list[Link]] = {}
    for owner_id, *uids in rows:
        found.setdefault(int(owner_id), []).extend(
            Link(kind, str(uid)) for kind, uid in zip(LINKABLE, uids, strict=True) if uid is not None)
    return {owner_id: tuple(links) for owner_id, links in found.items()}
