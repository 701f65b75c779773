"""Importing and exporting iCalendar files: meetings (VEVENT), tasks (VTODO) and journal entries
(VJOURNAL, as notes), read one at a time and committed in batches.

A record is matched by its UID (and RECURRENCE-ID, for a detached instance of a recurring meeting):
new ones are imported, changed ones updated, identical ones left alone, so importing the same file
twice changes nothing. A version older than the stored one (a lower SEQUENCE, or the same SEQUENCE
and an earlier DTSTAMP) does not overwrite it; two versions in one file with the same SEQUENCE and
DTSTAMP: the first stays. iTIP messages are applied as what they mean: a REPLY brings the
attendees' answers to the stored meeting, a CANCEL marks it cancelled, a COUNTER (a proposal) is not
applied. Links the user made in Rapport (to contacts, accounts, deals) survive an update.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from typing import BinaryIO, TypeVar

from app.activities import ActivityData, ActivityRecord, CalendarProperty
from app.custom_fields import FieldValue
from app.deal_entries import DealEntries
from app.errors import ValidationError
from app.formats import ical, ical_deals
from app.formats.ical_carried import carried_properties, split_carried
from app.formats.vcard import cannot_read
from app.import_reader import reason_of
from app.importing import CancelFlag, ImportFileError, ImportReport, Progress, RejectedRecord, file_note
from app.links import Link
from app.messages import QT_TRANSLATE_NOOP, message_of, said
from app.records import record_model
from app.services import Services
from app.tags import names_on, names_on_many, tag_key
from app.tasks import TaskData, TaskRecord
from app.unit_of_work import Origin

NOT_APPLIED = ("COUNTER", "DECLINECOUNTER", "REFRESH")  # iTIP messages that ask, and change nothing
SKIPPED = "skipped"  # an entry left as the record is (older, a tie, an iTIP that asks): counted unchanged
_ITIP_WITHOUT_START = QT_TRANSLATE_NOOP(
    "Services", "an iTIP %1 without DTSTART for a meeting not in Rapport; its DTSTAMP stands in for the start")
_OLDER_VERSION = QT_TRANSLATE_NOOP(
    "Services",
    "an older version (SEQUENCE %1) of a record Rapport has in a newer one (SEQUENCE %2); kept the newer one")


def notice_line(file: str, notice: ical.Notice) -> str:
    """A notice as a line of the report, "file: record 3, line 12: text" (or "file: line 12: text")."""
    if notice.number:
        return _record_line(file, notice.number, notice.line, notice.text)
    return said(QT_TRANSLATE_NOOP("Services", "%1: line %2: %3"), file, notice.line, notice.text)


def _record_line(file: str, number: int, line: int, text: str) -> str:
    return said(QT_TRANSLATE_NOOP("Services", "%1: record %2, line %3: %4"), file, number, line, text)


def import_calendar(services: Services, name: str, stream: BinaryIO, report: ImportReport, progress: Progress | None,
                    cancel: CancelFlag, batch_size: int) -> None:
    """Import one iCalendar file into `report`; ImportFileError when it cannot be read at all."""
    writer = _Writer(services, name, report)
    items = ical.read(stream)
    done = 0
    failure: str | None = None  # why the reader stopped before the end of the file
    while not cancel and failure is None:
        batch: list[ical.Item] = []
        try:
            batch.extend(_take(items, batch_size, cancel))
        except ical.ICalFileError as exc:
            failure = message_of(exc)
        except Exception as exc:  # the reader itself failed: what it read still goes in
            failure = said(QT_TRANSLATE_NOOP("Services", "the rest of the file cannot be read: %1"), cannot_read(exc))
        if not batch:
            break
        with services.writer.write(f"Import {name}", Origin.IMPORT) as op:
            activity_ids, task_ids = writer.write_batch(batch)
            op.reindex("activity", activity_ids)
            op.reindex("task", task_ids)
        done += len(batch)
        if progress:
            progress(done, stream.tell())
    if failure is not None:
        if done == 0:
            raise ImportFileError(failure)
        report.warnings.append(file_note(name, failure))
    if cancel:
        report.cancelled = True


_Data = TypeVar("_Data", ActivityData, TaskData)


def _linked(data: _Data, links: tuple[Link, ...]) -> _Data:
    """`data` with its links: those the file gives (X-RAPPORT-CONTACT/-ACCOUNT/-DEAL) to records this
    folder has, the others kept as the properties they came as (they resolve when the record is here, as
    sync does); a file that gives none leaves the record's own `links`."""
    given = [p for p in data.ical_extra if p.name in ical.LINK_KIND]
    if not given:
        return replace(data, links=links)
    found: list[Link] = []
    kept: list[CalendarProperty] = []
    for prop in given:
        link = Link(ical.LINK_KIND[prop.name], prop.value.strip())
        model = record_model(link.kind)
        if model.select().where(model.uid == link.uid, model.deleted_at.is_null()).exists():
            found.append(link)
        else:
            kept.append(prop)
    rest: tuple[CalendarProperty, ...] = tuple(p for p in data.ical_extra if p.name not in ical.LINK_KIND)
    return replace(data, links=tuple(dict.fromkeys(found)), ical_extra=(*kept, *rest))


def export_calendar(services: Services, query: str | None = None) -> bytes:
    """Every meeting, task, call, e-mail, note and deal as one VCALENDAR, or those the search for `query`
    finds."""
    if query is None:
        activities = services.activities.all()
        tasks = services.tasks.all()
        deal_uids = [str(r[0]) for r in services.store.database.execute_sql(
            "SELECT uid FROM deal WHERE deleted_at IS NULL ORDER BY id")]
    else:
        hits = services.search.search(query, kinds=("activity", "task", "deal"), limit=100_000)
        activities = [services.activities.get(h.uid) for h in hits if h.kind == "activity"]
        tasks = [services.tasks.get(h.uid) for h in hits if h.kind == "task"]
        deal_uids = [h.uid for h in hits if h.kind == "deal"]
    carried = _carried_by_id(services, "activity", activities)
    activities = [replace(a, data=replace(a.data, ical_extra=(*a.data.ical_extra, *carried[a.id])))
                  if a.id in carried else a for a in activities]
    carried = _carried_by_id(services, "task", tasks)
    tasks = [replace(t, data=replace(t.data, ical_extra=(*t.data.ical_extra, *carried[t.id])))
             if t.id in carried else t for t in tasks]
    text = ical.write([a for a in activities if a.data.kind == "meeting"], tasks,
                      [a for a in activities if a.data.kind != "meeting"])
    return _with_deals(services, text, deal_uids)


def _carried_by_id(services: Services, kind: str, records: list[ActivityRecord] | list[TaskRecord]
                   ) -> dict[int, tuple[CalendarProperty, ...]]:
    """By record id, the properties that carry a record's tags and custom values (app/formats/ical_carried.py);
    an instance of a recurring meeting carries nothing of its own (its master does)."""
    masters = [r.id for r in records if ical.INSTANCE_MARK not in r.uid]
    tags = names_on_many(services.store.database, kind, masters)
    values = services.custom_fields.carried(kind, masters)
    return {i: extra for i in masters if (extra := carried_properties(tags.get(i, ()), values.get(i, ())))}


def _with_deals(services: Services, text: bytes, uids: list[str]) -> bytes:
    """The calendar with each deal's VTODO (app/formats/ical_deals.py): a deal goes out as sync sends it, with
    its pipeline's stages, people, history, tags and custom values."""
    if not uids:
        return text
    deals = DealEntries(services.writer, services.clock, services.deals)
    now = services.clock.now()
    blocks: list[str] = []
    for uid in uids:
        entry = deals.entry(uid)
        if entry is None:
            continue
        written = ical_deals.write(entry, now)
        blocks.append(written[written.index("BEGIN:VTODO"):written.rindex("END:VTODO") + len("END:VTODO\r\n")])
    # Before the meetings, tasks and notes: an import into an empty folder has the deals they link to.
    starts = [i for i in (text.find(b"BEGIN:" + name) for name in (b"VEVENT", b"VTODO", b"VJOURNAL")) if i >= 0]
    at = min(starts) if starts else text.rindex(b"END:VCALENDAR")
    return text[:at] + "".join(blocks).encode("utf-8") + text[at:]


class _Writer:
    """Writes the items of one file; remembers which records this import has written."""

    def __init__(self, services: Services, name: str, report: ImportReport) -> None:
        self._s = services
        self._db = services.store.database
        self._name = name
        self._report = report
        self._seen: set[tuple[str, str]] = set()  # (kind, uid) written or confirmed by this import
        self._deals = DealEntries(services.writer, services.clock, services.deals)
        self._fields: dict[str, set[str]] = {}  # by kind, the custom fields known to be defined

    def write_batch(self, batch: list[ical.Item]) -> tuple[list[int], list[int]]:
        activity_ids: list[int] = []
        task_ids: list[int] = []
        for item in batch:
            if isinstance(item, ical.Notice):
                self._report.warnings.append(notice_line(self._name, item))
            elif isinstance(item, ical.Rejected):
                self._report.rejected.append(RejectedRecord(self._name, item.number, item.line, item.reason))
            elif isinstance(item, ical.DealText):
                self._write_deal(item)
            else:
                self._write_entry(item, task_ids if item.kind == ical.TASK else activity_ids)
        return activity_ids, task_ids

    def _write_entry(self, entry: ical.Entry, ids: list[int]) -> None:
        warnings: list[str] = []
        tags: tuple[str, ...] = ()
        values: tuple[FieldValue, ...] = ()
        data = entry.data
        if ical.INSTANCE_MARK not in entry.key:  # the record's tags and custom values (an instance's stay kept)
            tags, values, rest = split_carried(data.ical_extra)
            data = replace(data, ical_extra=rest)
        try:
            with self._s.writer.write("Import record"):  # one record: all of it or none (a savepoint)
                if isinstance(data, TaskData):
                    kind = "task"
                    outcome, row_id = self._task(entry, data, warnings)
                else:
                    kind = "activity"
                    outcome, row_id = self._activity(entry, data, warnings)
                if (tags or values) and outcome != SKIPPED:
                    outcome = self._carried(kind, entry.key, row_id, tags, values, outcome, warnings)
        except ValidationError as exc:
            self._report.rejected.append(RejectedRecord(self._name, entry.number, entry.line, reason_of(exc)))
            return
        ids.append(row_id)
        name, number = self._name, entry.number
        self._report.warnings.extend(_record_line(name, number, line, text) for line, text in entry.warnings)
        self._report.warnings.extend(_record_line(name, number, entry.line, text) for text in warnings)
        if outcome == "created":
            self._report.imported += 1
        elif outcome == "updated":
            self._report.updated += 1
        else:
            self._report.unchanged += 1

    def _carried(self, kind: str, uid: str, row_id: int, tags: tuple[str, ...], values: tuple[FieldValue, ...],
                 outcome: str, warnings: list[str]) -> str:
        """The tags the file names (added: one it does not name stays, as a card's do) and the custom
        values it carries (CustomFieldService.apply_carried); "updated" when either changed the record."""
        have = {tag_key(name) for name in names_on(self._db, kind, row_id)}
        missing = [name for name in tags if tag_key(name) not in have]
        for name in missing:
            self._s.tags.add(kind, uid, name)
        changed, refused = self._s.custom_fields.apply_carried(kind, uid, values, self._fields.setdefault(kind, set()))
        warnings.extend(said(QT_TRANSLATE_NOOP("Services", "the custom field %1 was left out: %2"), label, reason)
                        for label, reason in refused)
        return "updated" if (missing or changed) and outcome == "unchanged" else outcome

    def _write_deal(self, item: ical.DealText) -> None:
        """A deal (what Rapport's own export writes, and its sync): made, changed, or found the same."""
        try:
            entry = ical_deals.read(item.text)
            with self._s.writer.write("Import record"):  # one deal: all of it or none (a savepoint)
                before = self._deals.entry(entry.uid)
                self._deals.apply(entry)
        except ValidationError as exc:
            self._deals.problems.clear()
            self._report.rejected.append(RejectedRecord(self._name, item.number, item.line, said(
                QT_TRANSLATE_NOOP("Services", "deal %1: %2"), entry.uid, reason_of(exc))))
            return
        except ical_deals.DealFormatError as exc:
            self._report.rejected.append(RejectedRecord(self._name, item.number, item.line, message_of(exc)))
            return
        self._report.warnings.extend(_record_line(self._name, item.number, item.line, text)
                                     for text in self._deals.problems)
        self._deals.problems.clear()
        if before is None:
            self._report.imported += 1
        elif before == self._deals.entry(entry.uid) and before.stages == entry.stages:
            self._report.unchanged += 1
        else:
            self._report.updated += 1

    def _activity(self, entry: ical.Entry, data: ActivityData, warnings: list[str]) -> tuple[str, int]:
        service = self._s.activities
        existing = service.find(entry.key)
        live = existing if existing is not None and existing.meta.deleted_at is None else None
        if live is None and not entry.has_start:
            warnings.append(said(_ITIP_WITHOUT_START, entry.method))
        if live is not None:
            skip = self._skip(entry, live.data.sequence, live.data.ical_extra)
            if skip is not None:
                warnings.append(skip)
                self._seen.add(("activity", entry.key))
                return SKIPPED, live.id
            data = self._merge_activity(entry, data, live.data)
        clean = service.validate(_linked(data, existing.data.links if existing else ()))
        if live is not None and _same(clean, live.data):
            self._seen.add(("activity", entry.key))
            return "unchanged", live.id
        if live is not None and self._tied(entry, "activity", live.data.sequence, live.data.ical_extra):
            warnings.append(_TIE)
            return SKIPPED, live.id
        self._seen.add(("activity", entry.key))
        return service.upsert_clean(entry.key, clean)

    def _task(self, entry: ical.Entry, data: TaskData, warnings: list[str]) -> tuple[str, int]:
        service = self._s.tasks
        existing = service.find(entry.key)
        live = existing if existing is not None and existing.meta.deleted_at is None else None
        completed_at = entry.completed_at
        if live is not None:
            skip = self._skip(entry, ical.kept_sequence(live.data), live.data.ical_extra)
            if skip is not None:
                warnings.append(skip)
                self._seen.add(("task", entry.key))
                return SKIPPED, live.id
            data = self._merge_task(entry, data, live.data)
            completed_at = completed_at or live.completed_at
        clean = service.validate(_linked(data, existing.data.links if existing else ()))
        if live is not None and _same(clean, live.data) and (completed_at or None) == live.completed_at:
            self._seen.add(("task", entry.key))
            return "unchanged", live.id
        if live is not None and self._tied(entry, "task", ical.kept_sequence(live.data), live.data.ical_extra):
            warnings.append(_TIE)
            return SKIPPED, live.id
        self._seen.add(("task", entry.key))
        return service.upsert_clean(entry.key, clean, completed_at)

    @staticmethod
    def _skip(entry: ical.Entry, stored_sequence: int, stored_extra: tuple[CalendarProperty, ...]) -> str | None:
        """Why the stored record stays as it is, or None to write the incoming one."""
        if entry.method in NOT_APPLIED:
            return said(QT_TRANSLATE_NOOP(
                "Services", "an iTIP %1 asks for a change; it is not applied to the record in Rapport"), entry.method)
        if entry.method == "REPLY":
            return None  # answers are merged into whatever version is stored
        if _version(entry) < _stored_version(stored_sequence, stored_extra):
            return said(_OLDER_VERSION, entry.sequence, stored_sequence)
        return None

    def _tied(self, entry: ical.Entry, kind: str, stored_sequence: int,
              stored_extra: tuple[CalendarProperty, ...]) -> bool:
        """A second version of a record in this file, neither newer nor older than the first: the first
        stays (else importing the file again would switch between the two)."""
        return ((kind, entry.key) in self._seen and entry.method not in ("REPLY", "CANCEL")
                and _version(entry) == _stored_version(stored_sequence, stored_extra))

    @staticmethod
    def _merge_activity(entry: ical.Entry, incoming: ActivityData, stored: ActivityData) -> ActivityData:
        if entry.method == "REPLY":
            return replace(stored, ical_extra=_with_answers(stored.ical_extra, incoming.ical_extra))
        if entry.method == "CANCEL":
            return replace(stored, sequence=max(stored.sequence, incoming.sequence),
                           ical_extra=_with_status(stored.ical_extra, "CANCELLED"))
        if not entry.has_start:  # an iTIP update without times keeps the stored ones
            return replace(incoming, occurred_at=stored.occurred_at, ends_at=stored.ends_at, all_day=stored.all_day,
                           timezone=stored.timezone, duration_minutes=stored.duration_minutes)
        return incoming

    @staticmethod
    def _merge_task(entry: ical.Entry, incoming: TaskData, stored: TaskData) -> TaskData:
        if entry.method == "REPLY":
            return replace(stored, ical_extra=_with_answers(stored.ical_extra, incoming.ical_extra))
        if entry.method == "CANCEL":
            return replace(stored, status="cancelled")
        return incoming


def _same(incoming: ActivityData | TaskData, stored: ActivityData | TaskData) -> bool:
    return replace(incoming, ical_extra=ical.without_dtstamp(incoming.ical_extra)) == replace(
        stored, ical_extra=ical.without_dtstamp(stored.ical_extra))


def _version(entry: ical.Entry) -> tuple[int, datetime]:
    return entry.sequence, entry.dtstamp or datetime.min


def _stored_version(sequence: int, extra: tuple[CalendarProperty, ...]) -> tuple[int, datetime]:
    return sequence, ical.kept_dtstamp(extra) or datetime.min


_TIE = said(QT_TRANSLATE_NOOP("Services", "%1; %2"), said(QT_TRANSLATE_NOOP(
    "Services", "another version of this record came earlier in the file, with the same SEQUENCE and DTSTAMP")),
    said(QT_TRANSLATE_NOOP("Services", "kept the earlier one")))


def _address(prop: CalendarProperty) -> str:
    return prop.value.strip().lower().removeprefix("mailto:")


def _with_answers(stored: tuple[CalendarProperty, ...],
                  reply: tuple[CalendarProperty, ...]) -> tuple[CalendarProperty, ...]:
    """The stored properties with each replying ATTENDEE's line (its PARTSTAT) replacing the old one."""
    answers = {_address(p): p for p in reply if p.name == "ATTENDEE"}
    merged = [answers.pop(_address(p), p) if p.name == "ATTENDEE" else p for p in stored]
    return (*merged, *answers.values())


def _with_status(stored: tuple[CalendarProperty, ...], status: str) -> tuple[CalendarProperty, ...]:
    others = tuple(p for p in stored if p.name != "STATUS")
    return (*others, CalendarProperty("STATUS", status))


def _take(items: Iterator[ical.Item], count: int, cancel: CancelFlag) -> Iterator[ical.Item]:
    for _ in range(count):
        if cancel:
            return
        item = next(items, None)
        if item is None:
            return
        yield item
