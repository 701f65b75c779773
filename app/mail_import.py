"""E-mail onto the customer's timeline, from mail stores on this computer (app/mail_reader.py).

A message lands on the timeline of every contact whose address is in its From, To or Cc, and of those
contacts' accounts, as one activity of kind "email" (subject, date, its text: searchable like every
activity); a message with no contact's address is not kept at all. One record per Message-ID, however many
folders or stores hold it; a message already here (its e-mail in the Trash too) is passed over, so running
the import again takes only what is new. The whole import is one step of the undo log.

The e-mail's uid is made from its Message-ID (a UUID 5), so the same message imported on two laptops of
an office is one record when sync meets them, not two.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.activities import ActivityData
from app.links import Link
from app.mail_reader import MailMessage, original, read_store, stores_in
from app.services import Services
from app.unit_of_work import Origin

BATCH = 200  # messages a write transaction takes


def mail_uid(message_id: str) -> str:
    """The uid of the e-mail a message becomes: the same on every laptop that reads the message."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "rapport:message-id:" + message_id))


@dataclass
class MailReport:
    stores: list[str] = field(default_factory=list)
    read: int = 0
    logged: int = 0  # new e-mails on timelines
    already_here: int = 0  # the same Message-ID imported before (from this store or another)
    not_for_the_crm: int = 0  # no contact's address in From, To or Cc: left where it is
    stopped: bool = False  # asked to stop: what was written before stays (and is one undo step)


def import_mail(services: Services, path: Path, progress: Callable[[int], None] | None = None,
                stop: Callable[[], bool] | None = None) -> MailReport:
    """`stop`: asked between batches (the window's Cancel)."""
    report = MailReport()
    stores = stores_in(path)
    report.stores = [str(store) for store, _ in stores]
    people = _people_by_address(services)
    seen: set[str] = set()
    with services.writer.step(f"Import mail from {path.name}", Origin.IMPORT, "import"):
        batch: list[MailMessage] = []
        for store, kind in stores:
            for message in read_store(store, kind):
                report.read += 1
                if message.message_id in seen:
                    report.already_here += 1  # the same message in a second folder of this import
                    continue
                seen.add(message.message_id)
                batch.append(message)
                if len(batch) >= BATCH:
                    if stop is not None and stop():
                        report.stopped = True
                        return report
                    _write(services, batch, people, report, path)
                    batch = []
                    if progress is not None:
                        progress(report.read)
        if stop is not None and stop():
            report.stopped = True
            return report
        _write(services, batch, people, report, path)
    return report


def _people_by_address(services: Services) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Every live contact's addresses (case aside): the contact's uid and its accounts' uids."""
    database = services.store.database
    accounts: dict[str, list[str]] = {}
    for contact_uid, account_uid in database.execute_sql(
            "SELECT c.uid, a.uid FROM contact_account ca JOIN contact c ON c.id = ca.contact_id"
            " JOIN account a ON a.id = ca.account_id WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL"
            " ORDER BY ca.position"):
        accounts.setdefault(str(contact_uid), []).append(str(account_uid))
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    for value, contact_uid in database.execute_sql(
            "SELECT e.value, c.uid FROM contact_email e JOIN contact c ON c.id = e.contact_id"
            " WHERE c.deleted_at IS NULL ORDER BY c.id, e.position"):
        found.setdefault(str(value).strip().casefold(), (str(contact_uid), tuple(accounts.get(str(contact_uid), ()))))
    return found


def _links(message: MailMessage, people: dict[str, tuple[str, tuple[str, ...]]]) -> tuple[Link, ...]:
    links: list[Link] = []
    for address in message.addresses:
        person = people.get(address.casefold())
        if person is not None:
            links.append(Link("contact", person[0]))
            links.extend(Link("account", uid) for uid in person[1])
    return tuple(dict.fromkeys(links))


def _write(services: Services, batch: Iterable[MailMessage], people: dict[str, tuple[str, tuple[str, ...]]],
           report: MailReport, path: Path) -> None:
    batch = list(batch)
    if not batch:
        return
    database = services.store.database
    ids = [m.message_id for m in batch]
    marks = ", ".join("?" * len(ids))
    here = {str(r[0]) for r in database.execute_sql(
        f"SELECT message_id FROM mail_message WHERE message_id IN ({marks})", ids)}
    # Brought by sync from a laptop that read the same message: the record is here, only our note of it not.
    synced = {str(uid): int(row_id) for uid, row_id in database.execute_sql(
        f"SELECT uid, id FROM activity WHERE uid IN ({marks})", [mail_uid(i) for i in ids])}
    with services.writer.write(f"Import mail from {path.name}", Origin.IMPORT):
        for message in batch:
            uid = mail_uid(message.message_id)
            if message.message_id in here:
                report.already_here += 1
                continue
            if uid in synced:
                _note(database, message, synced[uid])
                report.already_here += 1
                continue
            links = _links(message, people)
            if not links:
                report.not_for_the_crm += 1
                continue
            record = services.activities.log(ActivityData(
                kind="email", subject=message.subject, occurred_at=message.sent_at, text=message.text,
                links=links), uid=uid).value
            _note(database, message, record.id)
            report.logged += 1


def _note(database: Any, message: MailMessage, activity_id: int) -> None:
    database.execute_sql(
        "INSERT INTO mail_message (message_id, activity_id, thread_id, source, sender) VALUES (?, ?, ?, ?, ?)",
        (message.message_id, activity_id, message.thread, message.source, message.sender))


def original_of(services: Services, activity_uid: str) -> tuple[str, bytes] | None:
    """An imported e-mail's original message (its Message-ID and bytes, from the store it was read from);
    None for one logged by hand, or whose store no longer holds it."""
    row = services.store.database.execute_sql(
        "SELECT m.message_id, m.source FROM mail_message m JOIN activity a ON a.id = m.activity_id WHERE a.uid = ?",
        (activity_uid,)).fetchone()
    if row is None or not row[1]:
        return None
    raw = original(str(row[1]), str(row[0]))
    return (str(row[0]), raw) if raw is not None else None
