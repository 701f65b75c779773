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

import hashlib
import os
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import paths
from app.activities import ActivityData
from app.errors import ValidationError
from app.links import Link
from app.mail_reader import MailMessage, StoreReading, original, read_store, stores_in
from app.services import Services
from app.unit_of_work import Origin

BATCH = 200  # messages a write transaction takes
MAIL_LOCK = "mail.lock"  # in the data folder: held while mail is fetched (a window and the command line)


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
    unreadable: int = 0  # a message Python's email package could not make sense of: skipped
    thrown_away: int = 0  # deleted in Thunderbird but not yet compacted away, or trashed in a Maildir
    stopped: bool = False  # asked to stop: what was written before stays (and is one undo step)


def import_mail(services: Services, path: Path, progress: Callable[[int], None] | None = None,
                stop: Callable[[], bool] | None = None) -> MailReport:
    """`stop`: asked between batches (the window's Cancel)."""
    report = MailReport()
    stores = stores_in(path)
    report.stores = [str(store) for store, _ in stores]
    people = people_by_address(services)
    logged: set[str] = set()  # Message-IDs put on a timeline by this import (a copy in another folder: here)
    label = f"Import mail from {path.name}"
    with services.writer.step(label, Origin.IMPORT, "import"):
        batch: list[MailMessage] = []
        for store, kind in stores:
            passed = StoreReading()
            for message in read_store(store, kind, passed):
                if stop is not None and stop():
                    report.stopped = True
                    break
                report.read += 1
                batch.append(message)
                if len(batch) >= BATCH:
                    write_messages(services, batch, people, report, label, logged)
                    batch = []
                    if progress is not None:
                        progress(report.read)
            report.unreadable += passed.unreadable
            report.thrown_away += passed.thrown_away
            if report.stopped:
                return report
        write_messages(services, batch, people, report, label, logged)
    return report


@dataclass(frozen=True)
class People:
    """Whom a message may concern: each contact's addresses (address → (contact uid, its accounts' uids,
    private)), and the domains whose mail the user allowed onto a company's timeline (domain → account uid)."""

    addresses: dict[str, list[tuple[str, tuple[str, ...], bool]]]
    domains: dict[str, str] = field(default_factory=dict)

    def get(self, address: str) -> list[tuple[str, tuple[str, ...], bool]]:
        return self.addresses.get(address, [])

    def company(self, address: str) -> str | None:
        """The account whose allowed domain the address is at (a contact's own address aside)."""
        return self.domains.get(address.rpartition("@")[2]) if self.domains else None


def people_by_address(services: Services) -> People:
    """Every live contact's addresses (case aside): each contact that has it (an info@ shared by two, or
    two not merged yet), with its accounts' uids and whether it is private."""
    database = services.store.database
    accounts: dict[str, list[str]] = {}
    for contact_uid, account_uid in database.execute_sql(
            "SELECT c.uid, a.uid FROM contact_account ca JOIN contact c ON c.id = ca.contact_id"
            " JOIN account a ON a.id = ca.account_id WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL"
            " ORDER BY ca.position"):
        accounts.setdefault(str(contact_uid), []).append(str(account_uid))
    private = {str(r[0]) for r in database.execute_sql(
        "SELECT c.uid FROM private_record p JOIN contact c ON c.id = p.record_id WHERE p.record_kind = 'contact'")}
    found: dict[str, list[tuple[str, tuple[str, ...], bool]]] = {}
    for value, contact_uid in database.execute_sql(
            "SELECT e.value, c.uid FROM contact_email e JOIN contact c ON c.id = e.contact_id"
            " WHERE c.deleted_at IS NULL ORDER BY c.id, e.position"):
        holders = found.setdefault(str(value).strip().casefold(), [])
        uid = str(contact_uid)
        if all(holder[0] != uid for holder in holders):
            holders.append((uid, tuple(accounts.get(uid, ())), uid in private))
    from app.mail_domains import allowed_domains

    return People(found, allowed_domains(services))


def for_the_crm(message: MailMessage, people: People) -> bool:
    """Whether a message names a contact in From, To or Cc (else it is never kept)."""
    return any(people.get(address.casefold()) or people.company(address.casefold()) for address in message.addresses)


def already_here(services: Services, message_ids: list[str]) -> set[str]:
    """Which of these Message-IDs are on a timeline already (or in the Trash), from any source."""
    if not message_ids:
        return set()
    marks = ", ".join("?" * len(message_ids))
    return {str(r[0]) for r in services.store.database.execute_sql(
        f"SELECT message_id FROM mail_message WHERE message_id IN ({marks})", message_ids)}


def _links(message: MailMessage, people: People) -> tuple[tuple[Link, ...], bool]:
    """The contacts and accounts the message is about, and whether one of those contacts is private (then
    so is the e-mail: it stays in the user's own address book, never the office's)."""
    links: list[Link] = []
    private = False
    for address in message.addresses:
        holders = people.get(address.casefold())
        for contact_uid, account_uids, is_private in holders:
            links.append(Link("contact", contact_uid))
            links.extend(Link("account", uid) for uid in account_uids)
            private = private or is_private
        company = None if holders else people.company(address.casefold())
        if company is not None:  # someone at a company whose domain's mail the user allowed
            links.append(Link("account", company))
    return tuple(dict.fromkeys(links)), private


def write_messages(services: Services, batch: Iterable[MailMessage], people: People, report: MailReport,
                   label: str, logged: set[str]) -> None:
    """One batch of messages onto the timelines, in one unit of work (inside the caller's, if one is open:
    a mail fetch notes how far it read in the same transaction). `logged`: the Message-IDs this run wrote."""
    batch = list(batch)
    if not batch:
        return
    database = services.store.database
    ids = [m.message_id for m in batch]
    marks = ", ".join("?" * len(ids))
    here = already_here(services, ids)
    # Brought by sync from a laptop that read the same message: the record is here, only our note of it not.
    synced = {str(uid): int(row_id) for uid, row_id in database.execute_sql(
        f"SELECT uid, id FROM activity WHERE uid IN ({marks})", [mail_uid(i) for i in ids])}
    fresh: list[tuple[MailMessage, str, ActivityData, bool]] = []
    with services.writer.write(label, Origin.IMPORT) as op:
        for message in batch:
            uid = mail_uid(message.message_id)
            if message.message_id in here or message.message_id in logged:
                report.already_here += 1
                continue
            if uid in synced:
                _note(database, [(message, synced[uid])])
                report.already_here += 1
                continue
            links, private = _links(message, people)
            if not links:
                # Not kept, not even as "seen": a copy of it naming a contact (the one sent to you straight,
                # after a mailing list's) still comes in.
                report.not_for_the_crm += 1
                continue
            try:
                clean = services.activities.validate(ActivityData(
                    kind="email", subject=message.subject, occurred_at=message.sent_at or services.clock.now(),
                    text=message.text(), links=links))
            except (ValidationError, LookupError, ValueError):  # a body in a charset Python does not know
                report.unreadable += 1
                continue
            fresh.append((message, uid, clean, private))
            logged.add(message.message_id)
        # The batch's e-mails in a few statements (one `log` each cost 6 ms: most of an import's time).
        made = services.activities.create_many([(uid, clean) for _, uid, clean, _ in fresh])
        op.reindex("activity", made)
        _note(database, [(entry[0], row_id) for entry, row_id in zip(fresh, made, strict=True)])
        for (_, uid, _, private) in fresh:
            if private:
                services.privacy.set_private("activity", uid, True)
        report.logged += len(fresh)


def _note(database: Any, noted: list[tuple[MailMessage, int]]) -> None:
    database.cursor().executemany(
        "INSERT INTO mail_message (message_id, activity_id, thread_id, source, sender) VALUES (?, ?, ?, ?, ?)",
        [(m.message_id, activity_id, m.thread, m.source, m.sender) for m, activity_id in noted])


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


def _file_name(message_id: str) -> str:
    return hashlib.sha256(message_id.encode()).hexdigest()[:32] + ".eml"


def tidy_mail_files(services: Services, now: float | None = None) -> int:
    """The data folder's mail files no one needs any more, removed (the window's start-up upkeep, off the UI
    thread): copies handed to the mail program a day ago or more (mail-cache/), and kept originals no
    e-mail names — neither one here (in the Trash too) nor one the undo log could bring back (a fetch
    undone can be redone). Not while a fetch runs (it writes an original before the e-mail that names it),
    and never a file of the last hour. Returns how many were removed."""
    import re
    import sqlite3
    import time

    import filelock

    now = time.time() if now is None else now
    data_dir = services.store.data_dir
    removed = 0
    cache = data_dir / "mail-cache"
    for path in cache.glob("*.eml") if cache.is_dir() else ():
        if path.stat().st_mtime < now - 86_400:
            path.unlink(missing_ok=True)
            removed += 1
    kept = data_dir / "mail-originals"
    if not kept.is_dir():
        return removed
    lock = filelock.FileLock(str(data_dir / MAIL_LOCK))
    try:
        lock.acquire(timeout=0)
    except filelock.Timeout:
        return removed  # a fetch is writing originals: another day
    try:
        uri = paths.database_path(data_dir).as_uri() + "?mode=ro"
        connection = sqlite3.connect(uri, uri=True, timeout=30)
        try:
            named = {_file_name(str(row[0])) for row in connection.execute("SELECT message_id FROM mail_message")}
            for (image,) in connection.execute(
                    "SELECT image FROM undo_image WHERE image LIKE '%mail-originals%'"):
                named.update(re.findall(r"[0-9a-f]{32}\.eml", str(image)))
        finally:
            connection.close()
        for path in kept.iterdir():
            if path.suffix in (".eml", ".part") and path.name not in named and path.stat().st_mtime < now - 3600:
                path.unlink(missing_ok=True)
                removed += 1
    finally:
        lock.release()
    return removed


def keep_original(data_dir: Path, message_id: str, raw: bytes) -> str:
    """A message fetched from a server kept as an .eml file of its own in the data folder, readable by the
    user only, so it opens offline; returns its `source`. Written whole before it is named (a crash leaves
    no half file under the name), and before the record that names it is written."""
    folder = paths.make_private_dir(data_dir / "mail-originals")
    path = folder / _file_name(message_id)
    partial = path.with_suffix(".part")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(raw)
        file.flush()
        os.fsync(file.fileno())
    os.replace(partial, path)
    return str(path)


def original_file(services: Services, activity_uid: str) -> Path | None:
    """An imported e-mail's original message as an .eml file in the data folder's mail cache, readable by
    the user only (the desktop's mail program opens it); None as for original_of."""
    found = original_of(services, activity_uid)
    if found is None:
        return None
    message_id, raw = found
    folder = paths.make_private_dir(services.store.data_dir / "mail-cache")
    path = folder / _file_name(message_id)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(raw)
    return path
