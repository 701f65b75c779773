"""Links that came before the records they name, made links when those records arrive.

A meeting, call or task from the server (or a file) that names a contact, account or deal this folder does
not have keeps the link as the property it came as (X-RAPPORT-CONTACT…); a deal keeps such people and its
company in its kept lines. When the record arrives — the address book's next pull, another calendar, an
import — `relink` makes them links, inside the caller's write. One scan of each table for all the records
that arrived, not one a record; a few arrivals (one changed deal) are looked for by their own uids.
"""

from __future__ import annotations

import json
from dataclasses import replace

from app.activities import CalendarProperty
from app.deal_entries import DealEntries
from app.formats.ical import LINK_PROPERTY
from app.links import Link
from app.services import Services

FEW = 20  # up to this many arrivals are looked for by their uids


def relink(services: Services, kind: str, uids: list[str]) -> None:
    """Records of `kind` ("contact", "account" or "deal") with these uids are here now: what waited for
    them links to them."""
    arrived = set(uids)
    if not arrived or kind not in LINK_PROPERTY:
        return
    _relink_calendar(services, kind, arrived)
    if kind in ("contact", "account"):
        _relink_deals(services, kind, arrived)


def _waiting(services: Services, table: str, marker: str, arrived: set[str]) -> list[str]:
    few = sorted(arrived) if len(arrived) <= FEW else []
    named = f" AND ({' OR '.join('instr(ical_extra, ?)' for _ in few)})" if few else ""
    return [str(r[0]) for r in services.store.database.execute_sql(
        f"SELECT uid FROM {table} WHERE deleted_at IS NULL AND ical_extra LIKE ?{named}", (f"%{marker}%", *few))]


def _relink_calendar(services: Services, kind: str, arrived: set[str]) -> None:
    name = LINK_PROPERTY[kind]

    def relinked(extra: tuple[CalendarProperty, ...]) -> tuple[tuple[CalendarProperty, ...], tuple[Link, ...]]:
        found = tuple(Link(kind, p.value.strip()) for p in extra if p.name == name and p.value.strip() in arrived)
        kept = tuple(p for p in extra if not (p.name == name and p.value.strip() in arrived))
        return kept, found

    ids: list[int] = []
    for row_uid in _waiting(services, "activity", name, arrived):
        activity = services.activities.get(row_uid)
        kept, found = relinked(activity.data.ical_extra)
        if found:
            clean_a = services.activities.validate(replace(activity.data, links=(*activity.data.links, *found),
                                                           ical_extra=kept))
            ids.append(services.activities.upsert_clean(row_uid, clean_a)[1])
    task_ids: list[int] = []
    for row_uid in _waiting(services, "task", name, arrived):
        task = services.tasks.get(row_uid)
        kept, found = relinked(task.data.ical_extra)
        if found:
            clean_t = services.tasks.validate(replace(task.data, links=(*task.data.links, *found), ical_extra=kept))
            task_ids.append(services.tasks.upsert_clean(row_uid, clean_t, task.completed_at)[1])
    op = services.writer.current
    if op is not None:
        op.reindex("activity", ids)
        op.reindex("task", task_ids)


def _relink_deals(services: Services, kind: str, arrived: set[str]) -> None:
    """Deals whose people (or company) waited in their kept lines: applied again, they take them."""
    marker = '"people": [[' if kind == "contact" else '"account": "_'  # LIKE: a company's uid, not ""
    deals = DealEntries(services.writer, services.clock, services.deals)
    for row_uid, text in _kept_texts(services, _waiting(services, "deal", marker, arrived)):
        try:
            kept = json.loads(text)
        except ValueError:
            continue
        if not isinstance(kept, dict):
            continue
        waiting = {str(p[0]) for p in kept.get("people", [])} if kind == "contact" else {str(kept.get("account", ""))}
        if waiting & arrived and (entry := deals.entry(row_uid)) is not None:
            deals.apply(entry, relink=True)


def _kept_texts(services: Services, uids: list[str]) -> list[tuple[str, str]]:
    rows = []
    for start in range(0, len(uids), 500):
        chunk = uids[start:start + 500]
        rows += [(str(u), str(t)) for u, t in services.store.database.execute_sql(
            f"SELECT uid, ical_extra FROM deal WHERE uid IN ({', '.join('?' * len(chunk))})", chunk)]
    return rows
