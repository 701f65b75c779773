"""Importing files: one record at a time, committed in batches, with a report of what happened.

A file is recognised by its content. Each record is read, mapped and written on its own; a record
that cannot be read or would not be valid is reported (file, record number, line, reason) and the
rest go on. Values that fail a check (an e-mail without a domain, a phone without digits) do not
cost the whole record: they are kept verbatim as extra properties, with a warning.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO

from app import import_reader
from app.accounts import AccountData, org_uid
from app.changes import Changes
from app.contacts import AccountLink, ContactRows, data_from_rows
from app.custom_fields import FieldValue
from app.errors import NotFoundError, RapportError, ValidationError
from app.formats import detect
from app.formats.vcard_map import MappedAccount
from app.messages import QT_TRANSLATE_NOOP, message_of, said
from app.records import ids_by_uid
from app.services import Services
from app.tags import tag_key
from app.unit_of_work import Origin
from db import bulk, fts
from db.models import Account

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (records done, bytes read so far)
_DESCRIPTIONS = {detect.VCARD: said(QT_TRANSLATE_NOOP("Services", "contacts (vCard)")),
                 detect.CSV: said(QT_TRANSLATE_NOOP("Services", "a CSV table")),
                 detect.ICALENDAR: said(QT_TRANSLATE_NOOP("Services", "a calendar (iCalendar)"))}


def record_warning(file: str, number: int, warning: str) -> str:
    """A warning about one record, "file: record 12: warning", as the window says it in the user's language."""
    return said(QT_TRANSLATE_NOOP("Services", "%1: record %2: %3"), file, number, warning)


def _either(words: list[str]) -> str:
    """The words joined by "or" (A or B or C), each "or" a message of its own."""
    text = words[-1]
    for word in reversed(words[:-1]):
        text = said(QT_TRANSLATE_NOOP("Services", "%1 or %2"), word, text)
    return text


def file_note(file: str, message: str) -> str:
    """What is said about a whole file, "file: message"."""
    return said(QT_TRANSLATE_NOOP("Services", "%1: %2"), file, message)


class ImportFileError(RapportError):
    """A file could not be read at all."""


@dataclass(frozen=True)
class RejectedRecord:
    file: str
    number: int
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: record {self.number}, line {self.line}: {self.reason}"


@dataclass
class ImportReport:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    merged: int = 0
    rejected: list[RejectedRecord] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)  # files that could not be read at all
    cancelled: bool = False
    dry_run: bool = False

    @property
    def records(self) -> int:
        return self.imported + self.updated + self.unchanged + self.merged + len(self.rejected)


class CancelFlag:
    """Set from another thread (the UI's Cancel); the import stops between two records."""

    def __init__(self) -> None:
        self._set = False

    def set(self) -> None:
        self._set = True

    def __bool__(self) -> bool:
        return self._set


# Records per transaction. Each commit waits for an fsync (synchronous=FULL), about 20 ms here: a
# 100,000-card file in batches of 500 spent 4 s on them. Larger batches for large files; progress
# still moves about twice a second.
BATCH_SIZE = 500
LARGE_BATCH_SIZE = 2000
BYTES_PER_CARD = 1000  # a low guess at the cards in a file, from its size (the benchmark's cards: 800)


class ImportService:
    def __init__(self, services: Services, batch_size: int | None = None, mapping: Mapping[str, str] | None = None,
                 workers: bool | None = None, only: tuple[str, ...] | None = None) -> None:
        """`mapping`: for CSV files whose columns are not Google's or Outlook's, {column: field}
        (field names in app.formats.csv_contacts.FIELDS). `workers`: read in a second process
        (None: for large files on machines with more than one core). `only`: the kinds of file
        (app.formats.detect: vcard, csv, icalendar) this import takes, e.g. contacts only."""
        self._s = services
        self._mapping = mapping
        self._workers = workers
        self._only = only
        self._db = services.store.database
        self._batch_size = batch_size  # None: BATCH_SIZE, or LARGE_BATCH_SIZE for a file read by a worker
        # Looked up once per import, not once per card (names are the same on thousands of cards).
        self._tag_ids: dict[str, int] = {}
        self._taggings: list[tuple[int, str, int]] = []  # written once per batch
        # The live account of each name the batch's cards give (the oldest of a name), read for the whole
        # batch at once (_read_named_accounts); the accounts that ORG names make are made a batch at a time
        # (_make_named_accounts): one by one, looked up and made, they cost 2 ms each. Per batch, not per
        # import: a million cards name 800,000 companies, which no import should hold in memory.
        self._account_uids: dict[str, str] = {}
        self._named_pending: dict[str, str] = {}  # uid → name of accounts to make before the batch's contacts
        self._known_accounts: set[str] = set()  # account UIDs found live in this batch (nothing deletes one)
        self._field_kinds: dict[str, set[str]] = {}  # by kind, the custom fields known to be defined

    def import_files(self, paths: list[Path], *, dry_run: bool = False, progress: Progress | None = None,
                     cancel: CancelFlag | None = None) -> ImportReport:
        report = ImportReport(dry_run=dry_run)
        if cancel is None:  # not `cancel or ...`: an unset flag is falsy
            cancel = CancelFlag()
        names = ", ".join(p.name for p in paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
        with self._s.writer.step(f"Import {names}", Origin.IMPORT, "import"):  # undone as one
            self._import_all(paths, report, dry_run, progress, cancel)
        return report

    def _import_all(self, paths: list[Path], report: ImportReport, dry_run: bool, progress: Progress | None,
                    cancel: CancelFlag) -> None:
        if dry_run:
            # Everything is written and then rolled back: the counts are exactly what a real
            # import would do, duplicates inside the file included.
            with self._s.writer.rehearse():
                self._run(paths, report, progress, cancel)
        else:
            self._run(paths, report, progress, cancel)

    def _run(self, paths: list[Path], report: ImportReport, progress: Progress | None, cancel: CancelFlag) -> None:
        for path in paths:
            if cancel:
                report.cancelled = True
                return
            try:
                with path.open("rb") as stream:
                    self._import_stream(path, stream, report, progress, cancel)
            except ImportFileError as exc:
                report.unreadable.append(file_note(path.name, message_of(exc)))
            except OSError as exc:
                report.unreadable.append(file_note(path.name, said(
                    QT_TRANSLATE_NOOP("Services", "cannot read the file (%1)"), exc.strerror)))

    def _import_stream(self, path: Path, stream: BinaryIO, report: ImportReport, progress: Progress | None,
                       cancel: CancelFlag) -> None:
        kind = detect.sniff(stream.read(65536))
        stream.seek(0)
        if kind == detect.EMPTY:
            raise ImportFileError(said(QT_TRANSLATE_NOOP("Services", "the file is empty")))
        if self._only and kind in _DESCRIPTIONS and kind not in self._only:
            wanted = _either([_DESCRIPTIONS[k] for k in self._only])
            raise ImportFileError(said(QT_TRANSLATE_NOOP("Services", "this file is %1, not %2"),
                                       _DESCRIPTIONS[kind], wanted))
        if kind == detect.ICALENDAR:
            from app.calendar_import import import_calendar  # it builds on this module

            import_calendar(self._s, path.name, stream, report, progress, cancel, self._batch_size or BATCH_SIZE)
            return
        # Anything but CSV is read as vCards: the reader says precisely what is wrong with it.
        set_aside = counts_aside = False
        custom = self._csv_custom() if kind == detect.CSV else None
        if self._use_worker(path):
            size = self._batch_size or LARGE_BATCH_SIZE
            readers = 2 if (os.cpu_count() or 1) > 1 and path.stat().st_size > import_reader.PARALLEL_THRESHOLD else 1
            batches = import_reader.batches_in_worker(path, kind, self._mapping, size, readers,
                                                      self._s.contacts.phone_region, custom)
            set_aside = readers > 1 and self._worth_setting_aside(path)
            counts_aside = not self._db.in_transaction()  # (a dry run commits nothing to count anew)
        else:
            size = self._batch_size or BATCH_SIZE
            batches = import_reader.batches_here(stream, kind, self._mapping, size, self._s.contacts.phone_region,
                                                 custom=custom)
        done = 0
        try:
            if set_aside or counts_aside:  # through the door: the write lock first, never a read snapshot upgraded
                with self._s.writer.write("Set indexes aside for an import", Origin.SYSTEM):
                    bulk.set_aside(self._db, indexes=set_aside)
            for batch, position in batches:
                self._taggings = []
                with self._s.writer.write(f"Import {path.name}", Origin.IMPORT) as op:
                    new_entries, contact_ids, account_ids = self._write_batch(path.name, batch, report, cancel)
                    self._db.cursor().executemany(
                        "INSERT OR IGNORE INTO tagging (tag_id, record_kind, record_id) VALUES (?, ?, ?)",
                        self._taggings,
                    )
                    op.add_index_entries(new_entries)
                    op.reindex("contact", contact_ids)
                    op.reindex("account", account_ids)
                    if self._taggings:
                        op.mark(Changes(tags=True))
                done += len(batch)
                if progress:
                    progress(done, position)
                if cancel:
                    break
        except import_reader.ReadError as exc:
            if done == 0:
                raise ImportFileError(message_of(exc)) from None
            report.unreadable.append(said(QT_TRANSLATE_NOOP("Services", "%1: after record %2: %3"),
                                          path.name, done, message_of(exc)))
        finally:
            close = getattr(batches, "close", None)
            if close:
                close()  # stops a worker that is still reading
            if set_aside or counts_aside:  # after a crash or on a full disk, the next Store.open does it
                # The rebuild's sorts spill to temporary files (set outside the transaction, as SQLite
                # requires): in memory (temp_store), a million contacts' indexes took hundreds of MB.
                previous = int(self._db.execute_sql("PRAGMA temp_store").fetchone()[0])
                self._db.execute_sql("PRAGMA temp_store = FILE")
                try:
                    with self._s.writer.write("Rebuild the indexes after an import", Origin.SYSTEM):
                        bulk.restore(self._db)
                finally:
                    self._db.execute_sql(f"PRAGMA temp_store = {previous}")
        if cancel:
            report.cancelled = True

    def _worth_setting_aside(self, path: Path) -> bool:
        """Whether rebuilding the deferrable indexes after this file costs less than keeping them up
        to date: rebuilding costs about a fifth of the upkeep per row, and covers the rows already
        there too. Not inside a transaction (a dry run), where nothing is committed batch by batch."""
        if self._db.in_transaction():
            return False
        cards = path.stat().st_size // BYTES_PER_CARD
        contacts = self._db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]
        return bool(contacts <= 2 * cards)

    def _use_worker(self, path: Path) -> bool:
        if self._workers is not None:
            return self._workers
        try:
            return (os.cpu_count() or 1) > 1 and path.stat().st_size > import_reader.WORKER_THRESHOLD
        except OSError:
            return False

    def _write_batch(self, name: str, batch: list[import_reader.Record], report: ImportReport,
                     cancel: CancelFlag) -> tuple[list[tuple[Any, ...]], list[int], list[int]]:
        """Write a batch: contacts new to the store all at once, the others one by one, in order.
        Returns the search-index rows of the new contacts (the reader built them from the data in
        hand: reading it back cost more than writing it), and the row ids of the other contacts and
        of accounts.

        Every check of a record comes before anything of it is written, so a rejected record
        leaves nothing behind; a database error aborts the whole batch.
        """
        new_entries: list[tuple[Any, ...]] = []
        contact_ids: list[int] = []
        account_ids: list[int] = []
        known = self._s.contacts.existing([r.uid for r in batch if r.rows is not None])
        self._known_accounts = set()  # a batch's worth: a million cards' 800,000 companies are not held
        warnings: list[tuple[int, str]] = []  # reported in record order, whatever the batches
        # Organisation cards first: a contact of this very batch may name one (by UID or by name).
        for record in batch:
            if record.account is None or cancel:
                continue
            try:
                outcome, row_id = self._write_account(record.account)
            except ValidationError as exc:
                report.rejected.append(RejectedRecord(name, record.number, record.line, import_reader.reason_of(exc)))
                continue
            account_ids.append(row_id)
            self._tag("account", row_id, record.tags)
            outcome = self._set_fields("account", record.account.uid, record.account.fields, outcome,
                                       record.number, name, warnings)
            warnings.extend((record.number, record_warning(name, record.number, w)) for w in record.warnings)
            _count(report, outcome)
        self._read_named_accounts(batch)
        fresh: list[tuple[import_reader.Record, ContactRows, tuple[AccountLink, ...]]] = []  # written together
        later: list[tuple[import_reader.Record, tuple[AccountLink, ...]]] = []
        for record in batch:
            if cancel:  # between records; what is written so far commits whole
                break
            number = record.number
            if record.account is not None:
                continue  # written above
            if record.rows is None:
                report.rejected.append(RejectedRecord(name, number, record.line, record.reason))
                continue
            warnings.extend((number, record_warning(name, number, w)) for w in record.notes)
            links = self._links(record)
            if record.uid not in known:
                known.add(record.uid)  # a second card with this uid in the batch updates the first
                fresh.append((record, record.rows, links))
                continue
            later.append((record, links))
        self._make_named_accounts()  # before the contacts that link to them
        written = self._s.contacts.insert_rows_many([(r.uid, rows, links) for r, rows, links in fresh])
        for row_id, (record, _, _) in zip(written, fresh, strict=True):
            assert record.entry is not None  # the reader builds it with the rows
            new_entries.append((fts.row_id("contact", row_id), *record.entry[1:]))
            self._tag("contact", row_id, record.tags)
            self._set_fields("contact", record.uid, record.fields, "created", record.number, name, warnings)
            warnings.extend((record.number, record_warning(name, record.number, w)) for w in record.warnings)
            report.imported += 1
        # What the store holds for the contacts seen before, read at once: a file imported again is
        # mostly unchanged records, which then cost no write and no re-indexing. First their rows as stored,
        # compared with the card's rows as they would be written; the data, built on both sides, only for
        # the cards whose rows differ (a change, or the same data written another way).
        as_stored = self._s.contacts.live_rows([r.uid for r, _ in later])
        plan: list[tuple[import_reader.Record, tuple[AccountLink, ...], int | None]] = []
        seen: set[str] = set()
        for record, links in later:
            stored_rows = as_stored.get(record.uid) if record.uid not in seen else None
            seen.add(record.uid)
            if stored_rows is not None and stored_rows[1] == record.rows and stored_rows[2] == (
                    links if record.links else _kept_links(stored_rows[2], links)):
                plan.append((record, links, stored_rows[0]))  # unchanged
            else:
                plan.append((record, links, None))
        stored = self._s.contacts.live_data([r.uid for r, _, same in plan if same is None])
        for record, links, unchanged_id in plan:
            assert record.rows is not None
            try:
                if unchanged_id is not None:
                    outcome, row_id = "unchanged", unchanged_id
                else:
                    before = stored.pop(record.uid, None)  # only for its first record: a second sees the first
                    if before is not None and not record.links:
                        # The file names at most ORG's account: the contact's other links and roles stay.
                        links = _kept_links(before[1].accounts, links)
                    data = data_from_rows(record.rows, links)
                    if before is not None and before[1] == data:
                        outcome, row_id = "unchanged", before[0]
                    else:
                        outcome, row_id = self._s.contacts.upsert_clean(record.uid, data)
                        contact_ids.append(row_id)
                self._tag("contact", row_id, record.tags)
                outcome = self._set_fields("contact", record.uid, record.fields, outcome, record.number, name,
                                           warnings)
            except ValidationError as exc:
                report.rejected.append(RejectedRecord(name, record.number, record.line, import_reader.reason_of(exc)))
                continue
            warnings.extend((record.number, record_warning(name, record.number, w)) for w in record.warnings)
            _count(report, outcome)
        report.warnings.extend(text for _, text in sorted(warnings, key=lambda pair: pair[0]))
        return new_entries, contact_ids, account_ids

    def _write_account(self, mapped: MappedAccount) -> tuple[str, int]:
        data = mapped.data
        if mapped.unsaid:  # what the card does not speak of stays as the account has it
            try:
                stored = self._s.accounts.get(mapped.uid).data
            except NotFoundError:
                stored = None
            if stored is not None:
                data = replace(data, **{name: getattr(stored, name) for name in mapped.unsaid})
        self._known_accounts.add(mapped.uid)
        return self._s.accounts.upsert_clean(mapped.uid, self._s.accounts.validate(data))

    def _links(self, record: import_reader.Record) -> tuple[AccountLink, ...]:
        """The contact's account links: the card's own (X-RAPPORT-ACCOUNT, by UID, else by the name it
        gives), or ORG's account (matched by name, or made)."""
        if not record.links:
            return (self._account_link(record.organisation),) if record.organisation else ()
        links: dict[str, AccountLink] = {}
        for uid, role, account_name in record.links:
            if self._account_exists(uid):
                links.setdefault(uid, AccountLink(uid, role))
            elif account_name:
                found = self._account_link(account_name).account_uid
                links.setdefault(found, AccountLink(found, role))
        return tuple(links.values())

    def _csv_custom(self) -> dict[str, str]:
        """The contacts' custom fields a CSV file's columns may fill: {label or key, case folded: key}."""
        found: dict[str, str] = {}
        for definition in self._s.custom_fields.definitions("contact"):
            found.setdefault(definition.label.casefold(), definition.key)
            found.setdefault(definition.key.casefold(), definition.key)
        return found

    def _set_fields(self, kind: str, uid: str, values: Sequence[FieldValue], outcome: str, number: int,
                    file: str, warnings: list[tuple[int, str]]) -> str:
        """The custom field values a card carries (CustomFieldService.apply_carried); a value its field
        refuses is said, and left out. The record's outcome, "updated" when a value changed."""
        known = self._field_kinds.setdefault(kind, set())
        changed, refused = self._s.custom_fields.apply_carried(kind, uid, values, known)
        warnings.extend((number, record_warning(file, number, said(QT_TRANSLATE_NOOP(
            "Services", "the custom field %1 was left out: %2"), label, reason))) for label, reason in refused)
        return "updated" if changed and outcome == "unchanged" else outcome

    def _account_exists(self, uid: str) -> bool:
        if uid in self._named_pending:
            return True
        if uid not in self._known_accounts and self._db.execute_sql(
                "SELECT 1 FROM account WHERE uid = ? AND deleted_at IS NULL", (uid,)).fetchone():
            self._known_accounts.add(uid)
        return uid in self._known_accounts

    def _read_named_accounts(self, batch: list[import_reader.Record]) -> None:
        """The live accounts of the names this batch's cards give (its organisation cards written already),
        500 names a query through the name index (NOCASE: the exact name is picked out here)."""
        wanted = {" ".join(name.split()) for record in batch if record.rows is not None and record.account is None
                  for name in (record.organisation, *(link[2] for link in record.links)) if name}
        self._account_uids = {}
        names = sorted(wanted)
        for start in range(0, len(names), 500):
            chunk = names[start : start + 500]
            for stored, uid in self._db.execute_sql(
                    "SELECT name, uid FROM account WHERE deleted_at IS NULL AND name COLLATE NOCASE IN"
                    f" ({','.join('?' * len(chunk))}) ORDER BY id DESC", chunk):
                if stored in wanted:
                    self._account_uids[str(stored)] = str(uid)  # the oldest of a name is written last

    def _account_link(self, organisation: str) -> AccountLink:
        """The live account of that name (the oldest), or one made for it before the batch's contacts."""
        name = " ".join(organisation.split())
        uid = self._account_uids.get(name)  # read for the batch; nothing deletes accounts while an import runs
        if uid is None:
            uid = self._account_uids[name] = org_uid(name)
            self._named_pending[uid] = name
        return AccountLink(uid)

    def _make_named_accounts(self) -> None:
        """Make the accounts this batch's cards named and no account has, inside the batch's write: in one
        statement for 200 where the uid their name gives is new, as before (upsert_clean) where it is
        not (an account of that name made before, renamed or in the Trash, takes the name back)."""
        pending, self._named_pending = self._named_pending, {}
        if not pending:
            return
        accounts = self._s.accounts
        taken = ids_by_uid(Account, list(pending))
        with self._s.writer.write("New account") as op:  # joins the batch's unit of work
            made = accounts.create_named_many([(uid, name) for uid, name in pending.items() if uid not in taken])
            for uid in taken:
                made.append(accounts.upsert_clean(uid, accounts.validate(AccountData(name=pending[uid])))[1])
            op.reindex("account", made)

    def _tag(self, kind: str, row_id: int, tags: Sequence[str]) -> None:
        for tag_name in tags:
            clean = " ".join(tag_name.split())
            if not clean:
                continue
            key = tag_key(clean)
            tag_id = self._tag_ids.get(key)
            if tag_id is None:
                found = self._db.execute_sql("SELECT id FROM tag WHERE name_key = ?", (key,)).fetchone()
                if found is None:
                    found = (self._db.execute_sql(
                        "INSERT INTO tag (name, name_key, color, created_at) VALUES (?, ?, '', ?)",
                        (clean, key, self._s.clock.now().isoformat(sep=" ")),
                    ).lastrowid,)
                tag_id = self._tag_ids[key] = int(found[0])
            self._taggings.append((tag_id, kind, row_id))


def _count(report: ImportReport, outcome: str) -> None:
    if outcome == "created":
        report.imported += 1
    elif outcome == "updated":
        report.updated += 1
    else:
        report.unchanged += 1


def _kept_links(stored: tuple[AccountLink, ...], named: tuple[AccountLink, ...]) -> tuple[AccountLink, ...]:
    """The links a contact has, with its roles, and those the file names that it has not yet."""
    have = {link.account_uid for link in stored}
    return (*stored, *(link for link in named if link.account_uid not in have))



