"""The calendar side of records: iCalendar objects ↔ Rapport's meetings (VEVENT), tasks (VTODO), calls,
e-mails and notes (VJOURNAL, marked with X-RAPPORT-KIND), deals (a VTODO marked X-RAPPORT-KIND:deal,
app/formats/ical_deals.py: a task app shows it as a task due at the expected close) and leads (a VJOURNAL
marked X-RAPPORT-KIND:lead, app/formats/ical_leads.py: beside the calls and notes about them).

One calendar object resource holds one UID: a meeting, or a recurring meeting with the instances a
calendar moved or changed (RECURRENCE-ID). Rapport keeps each of those as an activity (the master
under the UID, an instance under UID + ";RECURRENCE-ID=" + its start, as app/formats/ical.py keys
them), so here a "record" is that group: its version is the sum of its rows' versions (any edit,
new instance or tombstone makes it grow) and it is deleted when its master is.

Text goes through app/formats/ical.py both ways (RRULE, EXDATE, RECURRENCE-ID, time zones, VALARM
and every unmodelled property survive) and through the services' validate(), whichever side it
came from, so both sides are seen alike. The fields of a view: the master's under their names, an
instance's as "<recurrence id>|<name>", so the three-way merge works per property and per instance.
DTSTAMP is left out of the fields (every writer stamps its own) and written fresh.

Links to contacts, accounts and deals travel as X-RAPPORT-CONTACT / X-RAPPORT-ACCOUNT /
X-RAPPORT-DEAL properties holding the record's uid, so a deal's next step (an open task linked to
the deal) reaches the phone as a VTODO and comes back linked. Not RELATED-TO: that names another
calendar component, and task apps (Thunderbird, Apple Reminders, tasks.org) read it as the parent
task, which a deal is not. A link to a record this data folder does not have stays in the kept
properties, verbatim, until it does.
"""

from __future__ import annotations

import hashlib
import io
import re
import uuid
from dataclasses import fields, replace
from datetime import date, datetime
from typing import Any

from app.activities import ActivityData, ActivityRecord, CalendarProperty
from app.custom_fields import FieldValue
from app.deal_entries import DealEntries
from app.errors import ValidationError
from app.formats import ical, ical_deals, ical_leads
from app.formats.ical import LINK_KIND, LINK_PROPERTY
from app.formats.ical_carried import carried_properties, split_carried
from app.links import LINKABLE, Link, existing_uids
from app.messages import QT_TRANSLATE_NOOP, message_of, said
from app.records import RecordMeta, ids_by_uid, record_model
from app.services import Services
from app.tags import names_on
from app.tasks import TaskData, TaskRecord
from app.unit_of_work import Origin
from app.waiting_links import relink
from sync.cards import problem_of, rejected_said
from sync.records import RecordFormatError, RecordView

MEETINGS, TASKS, JOURNAL, DEALS, LEADS = "activity", "task", "journal", "deal", "lead"
KINDS = (LEADS, MEETINGS, TASKS, JOURNAL, DEALS)  # (leads first: the calls and notes of a push link to them)
COMPONENT_OF = {MEETINGS: "VEVENT", TASKS: "VTODO", JOURNAL: "VJOURNAL", DEALS: "VTODO", LEADS: "VJOURNAL"}
TABLE = {MEETINGS: "activity", TASKS: "task", JOURNAL: "activity", DEALS: "deal", LEADS: "lead"}
# The fields of a deal's view (app/formats/ical_deals.DealEntry but its uid and times).
_DEAL_FIELDS = tuple(f.name for f in fields(ical_deals.DealEntry) if f.name not in ("uid", "created_at", "updated_at"))
_LEAD_FIELDS = tuple(f.name for f in fields(ical_leads.LeadEntry) if f.name not in ("uid", "created_at", "updated_at"))
SET_FIELDS = frozenset({"history", "stages"})  # merged as sets: two laptops' moves of one deal are both kept
_SEPARATOR = "|"  # between an instance's recurrence id and a field name
_NOT_IN_VIEW = {"DTSTAMP"}
TAG_KIND = {MEETINGS: "activity", JOURNAL: "activity", TASKS: "task"}  # the records of a calendar kind
_ACTIVITY_FIELDS = tuple(f.name for f in fields(ActivityData) if f.name not in ("kind", "links", "outcome"))
_JOURNAL_FIELDS = (*_ACTIVITY_FIELDS, "kind", "outcome")
_TASK_FIELDS = tuple(f.name for f in fields(TaskData) if f.name != "links")
_HAS_UID = re.compile(r"^UID[:;]", re.MULTILINE | re.IGNORECASE)
_MARK = ical.INSTANCE_MARK
ENTRY_KIND_WORDS = {  # an iCalendar component as a sentence names it
    ical.MEETING: said(QT_TRANSLATE_NOOP("Services", "meeting")),
    ical.TASK: said(QT_TRANSLATE_NOOP("Services", "task")),
    ical.NOTE: said(QT_TRANSLATE_NOOP("Services", "note")),
}

# The group a row belongs to (its calendar UID), and whether a group is deleted: its master is in the
# Trash, or, for a group of instances only (an invitation to one occurrence), all of them are.
GROUP_UID = (f"CASE WHEN instr(uid, '{_MARK}') > 0 THEN substr(uid, 1, instr(uid, '{_MARK}') - 1) ELSE uid END")
_IS_MASTER = f"instr(uid, '{_MARK}') = 0"
GROUP_DELETED = (f"CASE WHEN sum({_IS_MASTER}) > 0 THEN max({_IS_MASTER} AND deleted_at IS NOT NULL)"
                 " ELSE min(deleted_at IS NOT NULL) END")
ONLY_SYNCED = {MEETINGS: "kind = 'meeting'", TASKS: "1", JOURNAL: "kind IN ('call', 'email', 'note')", DEALS: "1",
               LEADS: "1"}


def changed_sql(kind: str) -> str:
    """The items of a kind whose object changed here since their last sync, or is gone: (item id, uid,
    version, deleted); parameters: collection id (None: every collection), kind, then both again. Driven
    from the objects, each item found by its (kind, uid) index: joining the items to the grouped objects
    instead made SQLite scan all the groups for each item (15 s for 20,000 calls and notes)."""
    gone = (f"NOT EXISTS (SELECT 1 FROM {TABLE[kind]} t WHERE {ONLY_SYNCED[kind]} AND"
            f" (t.uid = i.record_uid OR (t.uid >= i.record_uid || '{_MARK}'"
            f" AND t.uid < i.record_uid || '{_MARK}' || char(1114111))))")
    return (f"SELECT i.id, i.record_uid, g.version, g.deleted FROM ({groups_sql(kind)}) g"
            " JOIN sync_item i ON i.record_kind = ? AND i.record_uid = g.guid"
            " WHERE (? IS NULL OR i.collection_id = ?) AND i.duplicate = 0 AND g.version > i.local_version"
            " UNION ALL SELECT i.id, i.record_uid, i.local_version + 1, 1 FROM sync_item i"
            f" WHERE i.record_kind = ? AND (? IS NULL OR i.collection_id = ?) AND i.duplicate = 0 AND {gone}")


def groups_sql(kind: str) -> str:
    """One row per calendar object of a kind: (uid, version, deleted)."""
    return (f"SELECT {GROUP_UID} AS guid, sum(version) AS version, {GROUP_DELETED} AS deleted"
            f" FROM {TABLE[kind]} WHERE {ONLY_SYNCED[kind]} GROUP BY guid")


class CalendarFormatError(RecordFormatError):
    """A calendar object that cannot be read as a meeting or a task."""


class CalendarRecords:
    """Rapport's meetings, tasks, calls/e-mails/notes and deals as the sync engine sees them, for one
    calendar (whose components say which kinds it takes). Writes go through the services and run inside
    the caller's transaction."""

    extension = ".ics"
    content_type = "text/calendar; charset=utf-8"
    report_kind = "calendar"
    format_version = "2.0"
    set_fields = SET_FIELDS
    own_fields: frozenset[str] = frozenset()
    keyed_fields = frozenset({"custom", "fields"})  # custom values (a deal's are its "fields"), field by field

    def __init__(self, services: Services, components: str = "") -> None:
        self._s = services
        self._db = services.store.database
        taken = {c.strip().upper() for c in components.split(",") if c.strip()}
        self.kinds = tuple(k for k in KINDS if not taken or COMPONENT_OF[k] in taken)
        self._deals = DealEntries(services.writer, services.clock, services.deals, synced=True)

    # --- text ↔ fields -----------------------------------------------------------------------------

    def read(self, text: str, href: str = "") -> RecordView:
        where = href or said(QT_TRANSLATE_NOOP("Services", "a calendar object"))
        if ical_deals.is_deal(text):
            return self._read_deal(text, where)
        if ical_leads.is_lead(text):
            return self._read_lead(text, where)
        try:
            items = list(ical.read(io.BytesIO(text.encode("utf-8"))))
        except ical.ICalFileError as exc:
            raise CalendarFormatError(said(QT_TRANSLATE_NOOP("Services", "%1: %2"), where, message_of(exc))) from None
        entries = [i for i in items if isinstance(i, ical.Entry)]
        rejected = [i for i in items if isinstance(i, ical.Rejected)]
        if not entries:
            reason = (rejected_said(rejected[0]) if rejected
                      else said(QT_TRANSLATE_NOOP("Services", "no VEVENT, VTODO or VJOURNAL in it")))
            raise CalendarFormatError(said(QT_TRANSLATE_NOOP("Services", "%1: %2"), where, reason))
        first = entries[0]
        kind = {ical.MEETING: MEETINGS, ical.NOTE: JOURNAL}.get(first.kind, TASKS)
        uid = first.uid
        if href and not _HAS_UID.search(text.replace("\r\n ", "").replace("\n ", "")):
            uid = str(uuid.uuid5(uuid.NAMESPACE_URL, "rapport:href:" + href))  # stable, unlike one from content
        warnings: list[str] = [said(QT_TRANSLATE_NOOP("Services", "%1: %2"), where, rejected_said(r)) for r in rejected]
        view: dict[str, Any] = {}
        for entry in entries:
            if entry.kind != first.kind or entry.uid != first.uid:
                warnings.append(said(QT_TRANSLATE_NOOP(
                    "Services", "%1: a second object (%2 %3) in one resource; left it out"),
                    where, ENTRY_KIND_WORDS.get(entry.kind, entry.kind), entry.uid))
                continue
            instance = entry.key.partition(_MARK)[2]
            try:
                values = self._entry_fields(kind, entry)
            except ValidationError as exc:
                problem = said(QT_TRANSLATE_NOOP("Services", "%1: %2"), where, problem_of(exc))
                raise CalendarFormatError(problem) from None
            if not instance:  # the object's tags and custom values (an instance's stay its own properties)
                tags, custom, values["ical_extra"] = split_carried(values["ical_extra"])
                if tags:
                    values["tags"] = tags
                if custom:
                    values["custom"] = custom
            prefix = instance + _SEPARATOR if instance else ""
            view |= {prefix + name: value for name, value in values.items()}
        return RecordView(kind, uid, view, fingerprint(kind, uid, view), tuple(warnings))

    def _read_deal(self, text: str, where: str) -> RecordView:
        try:
            entry = ical_deals.read(text)
        except ical_deals.DealFormatError as exc:
            raise CalendarFormatError(said(QT_TRANSLATE_NOOP("Services", "%1: %2"), where, message_of(exc))) from None
        view = {name: getattr(entry, name) for name in _DEAL_FIELDS}
        return RecordView(DEALS, entry.uid, view, fingerprint(DEALS, entry.uid, view))

    def _read_lead(self, text: str, where: str) -> RecordView:
        try:
            entry = ical_leads.read(text)
            clean = self._s.leads.data_of(entry)  # what this side would keep (spacing tidied, e-mail checked)
        except (ical_leads.LeadFormatError, ValidationError) as exc:
            problem = problem_of(exc) if isinstance(exc, ValidationError) else message_of(exc)
            raise CalendarFormatError(said(QT_TRANSLATE_NOOP("Services", "%1: %2"), where, problem)) from None
        view = {name: getattr(entry, name) for name in _LEAD_FIELDS}
        view |= {name: getattr(clean, name) for name in ("name", "company", "job_title", "email", "phone", "source",
                                                           "status", "reason", "owner")}
        return RecordView(LEADS, entry.uid, view, fingerprint(LEADS, entry.uid, view))

    def _entry_fields(self, kind: str, entry: ical.Entry) -> dict[str, Any]:
        data = entry.data
        links = tuple(sorted((LINK_KIND[p.name], p.value.strip()) for p in data.ical_extra if p.name in LINK_KIND))
        extra = tuple(p for p in data.ical_extra if p.name not in LINK_KIND and p.name not in _NOT_IN_VIEW)
        if kind in (MEETINGS, JOURNAL):
            assert isinstance(data, ActivityData)
            clean_a = self._s.activities.validate(replace(
                data, kind="meeting" if kind == MEETINGS else data.kind, links=(), ical_extra=extra,
                rrules=tuple(map(canonical_rule, data.rrules))))
            values = {name: getattr(clean_a, name) for name in (_ACTIVITY_FIELDS if kind == MEETINGS
                                                                else _JOURNAL_FIELDS)}
        else:
            assert isinstance(data, TaskData)
            clean_t = self._s.tasks.validate(replace(data, links=(), ical_extra=extra,
                                                    recurrence=canonical_rule(data.recurrence)))
            values = {name: getattr(clean_t, name) for name in _TASK_FIELDS}
            values["completed_at"] = entry.completed_at if clean_t.status == "completed" else None
        values["links"] = links
        return values

    def make_view(self, kind: str, uid: str, fields: dict[str, Any]) -> RecordView:
        return RecordView(kind, uid, fields, fingerprint(kind, uid, fields))

    def write(self, view: RecordView) -> str:
        now = self._s.clock.now()
        if view.kind == DEALS:
            return ical_deals.write(ical_deals.DealEntry(uid=view.uid, **view.fields), now)
        if view.kind == LEADS:
            return ical_leads.write(ical_leads.LeadEntry(uid=view.uid, **view.fields), now)
        meta = RecordMeta(view.uid, now, now, 1, None)
        tags, custom = tuple(view.fields.get("tags", ())), tuple(view.fields.get("custom", ()))
        return self._text([(_instance_uid(view.uid, i), _carrying(data, tags, custom) if not i else data, done)
                           for i, (data, done) in _split(view).items()], view.kind, meta)

    def prepare_pull(self) -> None:
        """Nothing to work out before a calendar's changes are applied."""

    def prepare_push(self) -> None:
        """Nothing to work out before a calendar's push."""

    def pull_order(self, text: str) -> int:
        """Deals and leads first: the tasks, meetings and calls of the same pull link to them."""
        return 0 if ical_deals.is_deal(text) or ical_leads.is_lead(text) else 1

    # --- the store -------------------------------------------------------------------------------

    def state(self, kind: str, uid: str) -> tuple[int, bool] | None:
        """The object's version (its rows' summed) and whether it is deleted: its rows found by the uid index
        (the master's uid, then its instances' as a range: every uid that starts with the master's and the
        mark), never by grouping the whole table, which cost a full scan an object."""
        row = self._db.execute_sql(
            f"SELECT sum(version), {GROUP_DELETED} FROM {TABLE[kind]} WHERE {ONLY_SYNCED[kind]}"
            " AND (uid = ? OR (uid >= ? AND uid < ?))", (uid, uid + _MARK, uid + _MARK + "\U0010ffff")).fetchone()
        return (int(row[0]), bool(row[1])) if row and row[0] is not None else None

    def existing(self, kind: str, uids: list[str]) -> set[str]:
        """Which of these calendar objects are here in any form (any row of the group, in the Trash too)."""
        wanted = sorted(set(uids))
        found: set[str] = set()
        table, synced = TABLE[kind], ONLY_SYNCED[kind]
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            # The object's own row by the uid index, else an instance's (uid, mark, recurrence) by a range of
            # it: never a scan of every instance in the table, which made a first pull slower at each chunk.
            found.update(str(r[0]) for r in self._db.execute_sql(
                f"WITH wanted(u) AS (VALUES {', '.join(['(?)'] * len(chunk))}) SELECT u FROM wanted"
                f" WHERE EXISTS (SELECT 1 FROM {table} WHERE uid = u AND {synced})"
                f" OR EXISTS (SELECT 1 FROM {table} WHERE uid >= u || ? AND uid < u || ? AND {synced})",
                (*chunk, _MARK, _MARK + "\U0010ffff")))
        return found

    def view(self, kind: str, uid: str) -> RecordView | None:
        text = self.text(kind, uid)
        return self.read(text) if text is not None else None

    def text(self, kind: str, uid: str) -> str | None:
        if kind == DEALS:
            entry = self._deals.entry(uid)
            return ical_deals.write(entry, self._s.clock.now()) if entry is not None else None
        if kind == LEADS:
            lead = self._s.leads.entry(uid)
            return ical_leads.write(lead, self._s.clock.now()) if lead is not None else None
        rows = self._members(kind, uid)
        if not rows:
            return None
        members: list[tuple[str, ActivityData | TaskData, datetime | None]] = []
        meta: RecordMeta | None = None
        for row_uid, _ in rows:
            record: ActivityRecord | TaskRecord
            if kind in (MEETINGS, JOURNAL):
                record = self._s.activities.get(row_uid, include_deleted=True)
                done = None
            else:
                record = self._s.tasks.get(row_uid, include_deleted=True)
                done = record.completed_at
            if record.meta.deleted_at is not None and row_uid != uid:
                continue  # an instance in the Trash is no longer part of the object
            meta = meta or record.meta
            data = record.data
            if row_uid == uid:  # the master carries the record's tags and custom values
                carried = self._s.custom_fields.carried(TAG_KIND[kind], [record.id], removals=True)
                data = _carrying(data, names_on(self._db, TAG_KIND[kind], record.id), carried.get(record.id, ()))
            members.append((row_uid, data, done))  # the writer writes its links
        assert meta is not None
        return self._text(members, kind, meta)

    def _text(self, members: list[tuple[str, ActivityData | TaskData, datetime | None]], kind: str,
              meta: RecordMeta) -> str:
        meetings: list[ActivityRecord] = []
        tasks: list[TaskRecord] = []
        for row_uid, data, done in members:
            stamp = RecordMeta(row_uid, meta.created_at, meta.updated_at, meta.version, None)
            if isinstance(data, ActivityData):
                meetings.append(ActivityRecord(stamp, data, 0))
            else:
                tasks.append(TaskRecord(stamp, data, done, 0))
        if kind == JOURNAL:
            return ical.write([], [], meetings).decode("utf-8")
        return ical.write(meetings, tasks).decode("utf-8")

    def _members(self, kind: str, uid: str) -> list[tuple[str, bool]]:
        """The rows of one calendar object: (row uid, in the Trash), the master first."""
        rows = self._db.execute_sql(
            f"SELECT uid, deleted_at IS NOT NULL FROM {TABLE[kind]} WHERE {ONLY_SYNCED[kind]} AND (uid = ? OR"
            " substr(uid, 1, ?) = ?) ORDER BY uid <> ?, uid", (uid, len(uid) + len(_MARK), uid + _MARK, uid))
        return [(str(a), bool(b)) for a, b in rows]

    def unsynced(self, kind: str) -> list[tuple[str, int]]:
        rows = self._db.execute_sql(
            f"SELECT guid, version FROM ({groups_sql(kind)}) WHERE NOT deleted AND guid NOT IN"
            " (SELECT record_uid FROM sync_item WHERE record_kind = ?) ORDER BY guid", (kind,))
        return [(str(a), int(b)) for a, b in rows]

    def changed(self, collection_id: int, kind: str) -> list[tuple[int, str, int, bool]]:
        rows = self._db.execute_sql(f"{changed_sql(kind)} ORDER BY 1",
                                    (kind, collection_id, collection_id, kind, collection_id, collection_id))
        return [(int(a), str(b), int(c), bool(d)) for a, b, c, d in rows]

    def apply(self, view: RecordView) -> int:
        """Make the local rows hold this object: its master and instances written (created, or back from
        the Trash), local instances the object no longer has moved to the Trash. Returns the new version."""
        if view.kind == DEALS:
            with self._s.writer.write("Apply a deal from the server", Origin.SYNC):
                self._deals.apply(ical_deals.DealEntry(uid=view.uid, **view.fields))
                self._deals.problems.clear()  # logged where they arose; a sync has no file line to name
                relink(self._s, "deal", [view.uid])
        elif view.kind == LEADS:
            with self._s.writer.write("Apply a lead from the server", Origin.SYNC):
                self._s.leads.apply_entry(ical_leads.LeadEntry(uid=view.uid, **view.fields))
                relink(self._s, "lead", [view.uid])
        else:
            wanted = _split(view)
            ids: list[int] = []
            with self._s.writer.write("Apply an event from the server", Origin.SYNC) as op:
                self._apply(view, wanted, ids)
                master = self._db.execute_sql(f"SELECT id FROM {TABLE[view.kind]} WHERE uid = ?",
                                              (view.uid,)).fetchone()
                tags = tuple(view.fields.get("tags", ()))
                if master is not None and names_on(self._db, TAG_KIND[view.kind], int(master[0])) != tags:
                    self._s.tags.replace_on(TAG_KIND[view.kind], int(master[0]), tags)
                if master is not None:
                    self._s.custom_fields.apply_carried(TAG_KIND[view.kind], view.uid, view.fields.get("custom", ()),
                                                        removals=True)
                op.reindex("task" if view.kind == TASKS else "activity", ids)
        state = self.state(view.kind, view.uid)
        assert state is not None
        return state[0]

    def _apply(self, view: RecordView, wanted: dict[str, Any], ids: list[int]) -> None:
        for instance, (data, done) in wanted.items():
            row_uid = _instance_uid(view.uid, instance)
            links, kept = self._links(data)
            if isinstance(data, ActivityData):
                outcome = data.outcome
                if view.kind == MEETINGS:  # a meeting's outcome is this side's note, not the calendar's
                    existing = self._s.activities.find(row_uid)
                    outcome = existing.data.outcome if existing else ""
                clean = self._s.activities.validate(replace(data, outcome=outcome, links=links, ical_extra=kept))
                ids.append(self._s.activities.upsert_clean(row_uid, clean)[1])
            else:
                clean_t = self._s.tasks.validate(replace(data, links=links, ical_extra=kept))
                ids.append(self._s.tasks.upsert_clean(row_uid, clean_t, done)[1])
        keys = {_instance_uid(view.uid, i) for i in wanted}
        for row_uid, deleted in self._members(view.kind, view.uid):
            if row_uid not in keys and not deleted:
                self._service(view.kind).delete(row_uid)

    def apply_new(self, views: list[RecordView]) -> list[int]:
        """Objects this side has never had (a first pull): deals one by one (each may make its pipeline),
        then every meeting, call and task of the chunk in a few statements (one by one, an office's 20,000
        calls and notes took minutes). Returns their versions, in order."""
        deals = [v for v in views if v.kind == DEALS]
        leads = [v for v in views if v.kind == LEADS]
        activities: list[tuple[str, ActivityData]] = []
        tasks: list[tuple[str, TaskData, datetime | None]] = []
        with self._s.writer.write("Apply events from the server", Origin.SYNC) as op:
            self._deals.create_many([ical_deals.DealEntry(uid=v.uid, **v.fields) for v in deals])
            relink(self._s, "deal", [v.uid for v in deals])
            for lead in leads:  # an office's leads are hundreds, not tens of thousands: one by one
                self._s.leads.apply_entry(ical_leads.LeadEntry(uid=lead.uid, **lead.fields))
            relink(self._s, "lead", [v.uid for v in leads])
            rows = [(_instance_uid(v.uid, i), data, done) for v in views if v.kind not in (DEALS, LEADS)
                    for i, (data, done) in _split(v).items()]
            known = self._known_links([data for _, data, _ in rows])
            for row_uid, data, done in rows:
                links = tuple(link for link in data.links if (link.kind, link.uid) in known)
                kept = tuple(CalendarProperty(LINK_PROPERTY[link.kind], link.uid) for link in data.links
                             if (link.kind, link.uid) not in known)
                if isinstance(data, ActivityData):
                    # validate() ran on reading (the view is its result); the links are checked just above
                    activities.append((row_uid, replace(data, links=links, ical_extra=(*kept, *data.ical_extra))))
                else:
                    tasks.append((row_uid, replace(data, links=links, ical_extra=(*kept, *data.ical_extra)), done))
            op.reindex("activity", self._s.activities.create_many(activities))
            op.reindex("task", self._s.tasks.create_many(tasks))
            for kind in (MEETINGS, JOURNAL, TASKS):
                tagged = {v.uid: tuple(v.fields["tags"]) for v in views if v.kind == kind and v.fields.get("tags")}
                if tagged:
                    ids = ids_by_uid(record_model(TAG_KIND[kind]), sorted(tagged))
                    self._s.tags.add_on_many(TAG_KIND[kind], [(ids[u], names) for u, names in tagged.items()])
            defined: dict[str, set[str]] = {}
            for view in views:  # few records carry custom values: one by one
                if view.kind not in (DEALS, LEADS) and view.fields.get("custom"):
                    self._s.custom_fields.apply_carried(TAG_KIND[view.kind], view.uid, view.fields["custom"],
                                                        defined.setdefault(TAG_KIND[view.kind], set()),
                                                        removals=True)
        versions = []
        for view in views:
            state = self.state(view.kind, view.uid)
            assert state is not None
            versions.append(state[0])
        return versions

    def _known_links(self, data: list[ActivityData | TaskData]) -> set[tuple[str, str]]:
        """The (kind, uid) of every link of these records whose record this folder has."""
        known: set[tuple[str, str]] = set()
        for kind in LINKABLE:
            uids = {link.uid for d in data for link in d.links if link.kind == kind}
            if uids:
                known.update((kind, uid) for uid in existing_uids(self._db, kind, uids))
        return known

    def delete(self, kind: str, uid: str) -> None:
        """Move the object's rows to the Trash (the server deleted it)."""
        for row_uid, deleted in self._members(kind, uid):
            if not deleted:
                self._service(kind).delete(row_uid)

    def _service(self, kind: str) -> Any:
        return {MEETINGS: self._s.activities, JOURNAL: self._s.activities, TASKS: self._s.tasks,
                DEALS: self._s.deals, LEADS: self._s.leads}[kind]

    def _links(self, data: ActivityData | TaskData) -> tuple[tuple[Link, ...], tuple[CalendarProperty, ...]]:
        """The view's links to records this folder has, and the others kept as properties."""
        links: list[Link] = []
        kept: list[CalendarProperty] = []
        for link in data.links:
            model = record_model(link.kind)
            if link.kind in LINKABLE and model.select().where(model.uid == link.uid).exists():
                links.append(link)
            else:
                kept.append(CalendarProperty(LINK_PROPERTY[link.kind], link.uid))
        return tuple(links), (*kept, *data.ical_extra)


def _instance_uid(uid: str, instance: str) -> str:
    return f"{uid}{_MARK}{instance}" if instance else uid


def _split(view: RecordView) -> dict[str, tuple[ActivityData | TaskData, datetime | None]]:
    """The view's fields back as one data object per component: "" for the master, else the instance's
    recurrence id. An instance none of whose fields survived a merge is not there."""
    grouped: dict[str, dict[str, Any]] = {}
    for name, value in view.fields.items():
        instance, _, field_name = name.rpartition(_SEPARATOR)
        grouped.setdefault(instance, {})[field_name] = value
    found: dict[str, tuple[ActivityData | TaskData, datetime | None]] = {}
    for instance, values in grouped.items():
        if all(v is None for v in values.values()):
            continue
        links = tuple(Link(k, u) for k, u in values.pop("links", None) or ())
        done = values.pop("completed_at", None)
        values.pop("tags", None)  # the record's tags and custom values, written apart (_carrying, apply)
        values.pop("custom", None)
        present = {k: v for k, v in values.items() if v is not None}
        if view.kind in (MEETINGS, JOURNAL):
            if present.get("occurred_at") is None:
                continue
            present.setdefault("kind", "meeting")
            found[instance] = (ActivityData(links=links, **present), None)
        else:
            found[instance] = (TaskData(links=links, **present), done)
    return found


def _carrying(data: ActivityData | TaskData, tags: tuple[str, ...],
              custom: tuple[FieldValue, ...]) -> ActivityData | TaskData:
    """`data` with its record's tags and custom values as properties (app/formats/ical_carried.py)."""
    if not tags and not custom:
        return data
    return replace(data, ical_extra=(*data.ical_extra, *carried_properties(tags, custom)))


def canonical_rule(rule: str) -> str:
    """An RRULE with its parts in one order (FREQ first, the rest by name): servers reorder them
    (Xandikos writes COUNT before BYDAY), which changes nothing."""
    parts = [p for p in rule.strip().split(";") if p]
    return ";".join(sorted(parts, key=lambda p: (not p.upper().startswith("FREQ="), p.upper())))


def fingerprint(kind: str, uid: str, view: dict[str, Any]) -> str:
    """The normalised content hash: the fields in a fixed order (a server's reordering, re-folding or
    new DTSTAMP never reaches them)."""
    text = repr((kind, uid, sorted((name, _plain(value)) for name, value in view.items())))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    return value
