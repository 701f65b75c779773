"""A deal as one whole entry, for those that carry deals elsewhere (the calendar server, sync/calendars.py):
read out with its pipeline's stages, people, history and kept lines, and written back the same way.

Applying an entry makes what it names: a stage or a whole pipeline this data folder has never seen is
created under the same uids (so the deal, its history and every other laptop's deals of that pipeline
land in one place). People or a company this folder does not have (yet) are not dropped: they wait in
the deal's kept lines and go back out with it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from app.clock import Clock
from app.custom_fields import CustomFieldService
from app.deals import DealData, DealService
from app.errors import ValidationError
from app.formats.ical_deals import DealEntry, StageDef, change_stamp
from app.messages import QT_TRANSLATE_NOOP, said
from app.pipelines import CHANGED as PIPELINES_CHANGED
from app.records import ids_by_uid
from app.tags import TagService, names_on
from app.unit_of_work import Writer, captured
from app.validation import from_minor_units, to_minor_units
from db.inserts import insert_rows
from db.models import Account, Contact, Deal, DealContact, DealStageChange, Pipeline, Stage

log = logging.getLogger(__name__)


class DealEntries:
    def __init__(self, writer: Writer, clock: Clock, deals: DealService, *, synced: bool = False) -> None:
        """`synced`: the office's sync, whose deals carry custom field removals (app/custom_fields.py);
        files exported and imported carry and take none."""
        self._synced = synced
        self._writer = writer
        self._db = writer.database
        self._clock = clock
        self._deals = deals
        self._tags = TagService(writer, clock)
        self._fields = CustomFieldService(writer)
        self.problems: list[str] = []  # what an apply left out (a custom value its field refuses), to be said

    # --- reading -----------------------------------------------------------------------------------

    def entry(self, uid: str) -> DealEntry | None:
        """The deal with this uid (in the Trash too) as one entry; None when there is none."""
        row: Deal | None = Deal.get_or_none(Deal.uid == uid)
        if row is None:
            return None
        kept = _kept(row.ical_extra)
        stage = Stage.get_by_id(row.stage_id)
        people = [(str(u), str(r)) for u, r in self._db.execute_sql(
            "SELECT c.uid, dc.role FROM deal_contact dc JOIN contact c ON c.id = dc.contact_id"
            " WHERE dc.deal_id = ? ORDER BY dc.id", (row.id,))]
        people += [(u, r) for u, r in kept["people"] if all(u != p for p, _ in people)]
        history = [(_moment(at).replace(microsecond=0), str(a or ""), str(b)) for at, a, b in self._db.execute_sql(
            "SELECT h.changed_at, f.uid, t.uid FROM deal_stage_change h LEFT JOIN stage f ON f.id = h.from_stage_id"
            " JOIN stage t ON t.id = h.to_stage_id WHERE h.deal_id = ?", (row.id,))]
        named = {stage.uid} | {u for _, a, b in history for u in (a, b) if u}
        account = Account.get_by_id(row.account_id).uid if row.account_id else kept["account"]
        amount = ""
        if row.amount_minor is not None and row.currency:
            amount = str(from_minor_units(row.amount_minor, row.currency))
        return DealEntry(
            uid=row.uid, title=row.title, stage=stage.uid, stages=self._stage_defs(stage.pipeline_id, named),
            account=account, people=tuple(people), amount=amount, currency=row.currency,
            probability=row.probability, expected_close=row.expected_close, lead_source=row.lead_source,
            owner=row.owner, notes=row.notes, status=row.status, lost_reason=row.lost_reason,
            closed_at=_whole(row.closed_at), stage_entered_at=_whole(row.stage_entered_at),
            history=tuple(sorted(history)), extra=tuple(kept["lines"]), tags=names_on(self._db, "deal", row.id),
            fields=self._field_values(row.id), created_at=row.created_at, updated_at=row.updated_at)

    def _field_values(self, deal_id: int) -> tuple[tuple[str, str, str, str, str], ...]:
        return tuple(sorted(self._fields.carried("deal", [deal_id], removals=self._synced).get(deal_id, ())))

    def _stage_defs(self, pipeline_id: int, named: set[str]) -> tuple[StageDef, ...]:
        """Every stage of the deal's pipeline, and any other its history names."""
        rows = self._db.execute_sql(
            "SELECT p.uid, s.position, s.uid, s.name, s.probability, p.name, p.changed_at FROM stage s"
            " JOIN pipeline p ON p.id = s.pipeline_id WHERE s.pipeline_id = ? OR s.uid IN"
            f" ({', '.join('?' * len(named))})", (pipeline_id, *named))
        return tuple(sorted(StageDef(str(a), int(b), str(c), str(d), int(e), str(f),
                                     change_stamp(_moment(g) if g else None)) for a, b, c, d, e, f, g in rows))

    # --- writing -----------------------------------------------------------------------------------

    def apply(self, entry: DealEntry, *, relink: bool = False) -> int:
        """Make the deal hold this entry (created, changed, or back from the Trash), inside the caller's
        write. Returns the deal's row id. ValidationError when the entry cannot be a deal (no title, an
        unknown currency…): the caller names the object and goes on with the others. `relink`: written even
        when the entry is the deal as it reads now (people or a company it kept waiting are here now)."""
        with self._writer.write("Apply a deal") as op:
            stages = self._make_stages(entry.stages, {entry.stage})
            current = self.entry(entry.uid)
            if entry.stage_entered_at is None and current is not None and current.stage == entry.stage:
                # A text without X-RAPPORT-STAGE-ENTERED (another program's, a hand-made file): the deal has
                # been in its stage as long as it was, not since this apply.
                entry = replace(entry, stage_entered_at=current.stage_entered_at)
            row: Deal | None = Deal.get_or_none(Deal.uid == entry.uid)
            if current is not None and row is not None and row.deleted_at is None and _same(current, entry) \
                    and not relink:
                return int(row.id)
            data = self._data(entry)
            clean = self._deals.validate(data)
            missing_people = [(u, r) for u, r in entry.people if u not in clean.contact_uids]
            kept = {"lines": list(entry.extra), "people": missing_people,
                    "account": entry.account if entry.account and not clean.account_uid else ""}
            values = self._deals.scalars(clean) | {
                "stage": stages[entry.stage], "status": entry.status,
                "lost_reason": entry.lost_reason, "closed_at": entry.closed_at,
                "stage_entered_at": entry.stage_entered_at or self._clock.now(),
                "ical_extra": json.dumps(kept, ensure_ascii=False)}
            if row is None:
                now = self._clock.now()
                row = Deal.create(uid=entry.uid, created_at=entry.created_at or now, updated_at=now, version=1,
                                  **values)
            else:
                op.capture("deal", row.id)
                for name, value in values.items():
                    setattr(row, name, value)
                row.deleted_at = None
                if not relink:  # relinked, its text is what it was (the people were written out waiting)
                    op.stamp("deal", row)
                row.save()
            self._write_people(row.id, clean, dict(entry.people))
            self._write_history(row.id, entry.history, stages)
            self._write_tags_and_fields(int(row.id), entry)
            op.reindex("deal", [row.id])
            return int(row.id)

    def create_many(self, entries: list[DealEntry]) -> list[int]:
        """New deals (none of them is here in any form: a first pull), inside the caller's write: their
        stages made, then a few statements for all of them (one by one, 9 ms a deal). ValidationError
        when one cannot be a deal: the caller then writes them one by one to name it. Returns row ids."""
        if not entries:
            return []
        with self._writer.write("Apply deals"):
            defined = tuple(sorted({s for e in entries for s in e.stages}))
            stages = self._make_stages(defined, {e.stage for e in entries})
            contacts = ids_by_uid(Contact, sorted({u for e in entries for u, _ in e.people}))
            accounts = ids_by_uid(Account, sorted({e.account for e in entries if e.account}), live=True)
            now = self._clock.now()
            rows: list[dict[str, Any]] = []
            cleaned: list[tuple[DealEntry, DealData]] = []
            for entry in entries:
                if entry.stage not in stages:
                    raise ValidationError.single("stage_uid", said(QT_TRANSLATE_NOOP(
                        "Services", "deal %1: no stage %2"), entry.uid, entry.stage))
                data = self._data(entry, known=set(contacts), live_accounts=set(accounts))
                clean = self._deals.validate(data, links_checked=True)
                cleaned.append((entry, clean))
                missing = [(u, r) for u, r in entry.people if u not in clean.contact_uids]
                kept = {"lines": list(entry.extra), "people": missing,
                        "account": entry.account if entry.account and not clean.account_uid else ""}
                amount = (to_minor_units(clean.amount, clean.currency)
                          if clean.amount is not None and clean.currency else None)
                rows.append({
                    "uid": entry.uid, "created_at": entry.created_at or now, "updated_at": now, "version": 1,
                    "title": clean.title, "account": accounts.get(clean.account_uid or ""), "amount_minor": amount,
                    "currency": clean.currency, "probability": clean.probability,
                    "expected_close": clean.expected_close, "lead_source": clean.lead_source, "owner": clean.owner,
                    "notes": clean.notes, "stage": stages[entry.stage], "status": entry.status,
                    "lost_reason": entry.lost_reason, "closed_at": entry.closed_at,
                    "stage_entered_at": entry.stage_entered_at or now,
                    "ical_extra": json.dumps(kept, ensure_ascii=False)})
            insert_rows(Deal, rows)
            ids = ids_by_uid(Deal, [e.uid for e in entries])
            people = [{"deal": ids[e.uid], "contact": contacts[u], "role": " ".join(dict(e.people).get(u, "").split())}
                      for e, clean in cleaned for u in dict.fromkeys(clean.contact_uids)]
            moves = [{"deal": ids[e.uid], "from_stage": stages.get(a) if a else None, "to_stage": stages[b],
                      "changed_at": when} for e in entries for when, a, b in e.history
                     if b in stages and (not a or a in stages)]
            insert_rows(DealContact, people)
            insert_rows(DealStageChange, moves)
            self._tags.add_on_many("deal", [(ids[e.uid], e.tags) for e in entries if e.tags])
            for entry in entries:
                if entry.fields:
                    self._write_tags_and_fields(ids[entry.uid], entry, tags=False)
            op = self._writer.current
            if op is not None:
                op.reindex("deal", ids.values())
            return [ids[e.uid] for e in entries]

    def _data(self, entry: DealEntry, *, known: set[str] | None = None,
              live_accounts: set[str] | None = None) -> DealData:
        try:
            amount = Decimal(entry.amount) if entry.amount else None
        except InvalidOperation:
            raise ValidationError.single("amount", said(
                QT_TRANSLATE_NOOP("Services", "the amount %1 is not a number"), entry.amount)) from None
        if known is None:
            known = {str(u) for (u,) in self._db.execute_sql(
                f"SELECT uid FROM contact WHERE uid IN ({', '.join('?' * len(entry.people))})",
                [u for u, _ in entry.people])} if entry.people else set()
        if live_accounts is None:
            live = bool(entry.account) and Account.select().where(
                Account.uid == entry.account, Account.deleted_at.is_null()).exists()
        else:
            live = entry.account in live_accounts
        account = entry.account if entry.account and live else None
        return DealData(title=entry.title, stage_uid=entry.stage, account_uid=account,
                        contact_uids=tuple(u for u, _ in entry.people if u in known), amount=amount,
                        currency=entry.currency, probability=entry.probability,
                        expected_close=entry.expected_close, lead_source=entry.lead_source, owner=entry.owner,
                        notes=entry.notes)

    def _make_stages(self, stages: tuple[StageDef, ...], current: AbstractSet[str] = frozenset()) -> dict[str, int]:
        """Create the stages (and pipelines) this folder does not have, under the entry's uids, and take the
        definitions newer than this folder's (a pipeline or stage renamed, moved, its probability changed,
        a stage taken off on another laptop). `current`: the stages the entries' deals are in — their
        pipelines are defined whole (a stage named by a history alone says nothing of its pipeline's others).
        Returns every stage's row id by uid."""
        known = {str(u): int(i) for u, i in self._db.execute_sql("SELECT uid, id FROM stage")}
        whole = {s.pipeline_uid for s in stages if s.uid in current}
        self._take_newer(stages, known, whole)
        for stage in stages:
            if stage.uid in known or not stage.uid or not stage.pipeline_uid:
                continue
            pipeline: Pipeline | None = Pipeline.get_or_none(Pipeline.uid == stage.pipeline_uid)
            if pipeline is None:
                name = " ".join(stage.pipeline_name.split()) or stage.pipeline_uid
                pipeline = Pipeline.create(uid=stage.pipeline_uid, name=name, position=Pipeline.select().count(),
                                           created_at=self._clock.now())
            known[stage.uid] = Stage.create(
                uid=stage.uid, pipeline=pipeline.id, name=" ".join(stage.name.split()) or stage.uid,
                position=stage.position, probability=stage.probability).id
            op = self._writer.current
            if op is not None:
                op.mark(PIPELINES_CHANGED)
        return known

    def _take_newer(self, stages: tuple[StageDef, ...], known: dict[str, int], whole: set[str]) -> None:
        newest: dict[str, str] = {}
        for stage in stages:
            newest[stage.pipeline_uid] = max(newest.get(stage.pipeline_uid, ""), stage.changed)
        for pipeline_uid, changed in newest.items():
            row = self._db.execute_sql("SELECT id, changed_at, name FROM pipeline WHERE uid = ?",
                                       (pipeline_uid,)).fetchone()
            if row is None or not changed or changed <= change_stamp(_moment(row[1]) if row[1] else None):
                continue
            pipeline_id, defined = int(row[0]), [s for s in stages if s.pipeline_uid == pipeline_uid]
            captured(self._writer, "pipeline", pipeline_id)
            name = " ".join(defined[0].pipeline_name.split()) or str(row[2])
            self._db.execute_sql("UPDATE pipeline SET name = ?, changed_at = ? WHERE id = ?",
                                 (name, _from_stamp(changed), pipeline_id))
            for stage in defined:
                if stage.uid in known:
                    captured(self._writer, "stage", known[stage.uid])
                    self._db.execute_sql(
                        "UPDATE stage SET name = ?, position = ?, probability = ? WHERE id = ? AND pipeline_id = ?",
                        (" ".join(stage.name.split()) or stage.uid, stage.position, stage.probability,
                         known[stage.uid], pipeline_id))
            if pipeline_uid in whole:
                self._take_off(pipeline_id, {s.uid for s in defined}, known)
            op = self._writer.current
            if op is not None:
                op.mark(PIPELINES_CHANGED)

    def _take_off(self, pipeline_id: int, defined: set[str], known: dict[str, int]) -> None:
        """The pipeline's stages its newer definition does not have: taken off here too, unless a deal is
        in one or its history names it (this laptop moved a deal there meanwhile: the stage stays, and goes
        back to the others with that deal)."""
        gone = [(str(u), int(i)) for u, i in self._db.execute_sql(
            "SELECT s.uid, s.id FROM stage s WHERE s.pipeline_id = ?"
            " AND NOT EXISTS (SELECT 1 FROM deal d WHERE d.stage_id = s.id)"
            " AND NOT EXISTS (SELECT 1 FROM deal_stage_change h WHERE h.from_stage_id = s.id OR h.to_stage_id = s.id)",
            (pipeline_id,)) if u not in defined]
        for uid, stage_id in gone:
            captured(self._writer, "stage", stage_id)
            self._db.execute_sql("DELETE FROM stage WHERE id = ?", (stage_id,))
            known.pop(uid, None)

    def _write_people(self, deal_id: int, clean: DealData, roles: dict[str, str]) -> None:
        wanted = [(Contact.get(Contact.uid == uid).id, roles.get(uid, "")) for uid in clean.contact_uids]
        rows = [(int(a), str(b)) for a, b in self._db.execute_sql(
            "SELECT contact_id, role FROM deal_contact WHERE deal_id = ? ORDER BY id", (deal_id,))]
        if rows == wanted:
            return
        DealContact.delete().where(DealContact.deal == deal_id).execute()
        for contact_id, role in wanted:
            DealContact.create(deal=deal_id, contact=contact_id, role=" ".join(role.split()))

    def _write_tags_and_fields(self, deal_id: int, entry: DealEntry, *, tags: bool = True) -> None:
        """The deal's tags as the entry has them; its custom values as the entry carries them, each field
        defined as the entry describes it where this folder has none. A value the entry does not carry stays
        (a program that drops X- properties must not empty them)."""
        if tags and names_on(self._db, "deal", deal_id) != entry.tags:
            self._tags.replace_on("deal", deal_id, entry.tags)
        for label, reason in self._fields.apply_carried("deal", entry.uid, entry.fields, removals=self._synced)[1]:
            self.problems.append(said(QT_TRANSLATE_NOOP("Services", "deal %1: the custom field %2 was left out: %3"),
                                      entry.uid, label, reason))

    def _write_history(self, deal_id: int, history: tuple[tuple[datetime, str, str], ...],
                       ids: dict[str, int]) -> None:
        wanted = sorted((when, ids.get(a) if a else None, ids[b]) for when, a, b in history
                        if b in ids and (not a or a in ids))
        rows = sorted((_moment(at).replace(microsecond=0), a, b) for at, a, b in self._db.execute_sql(
            "SELECT changed_at, from_stage_id, to_stage_id FROM deal_stage_change WHERE deal_id = ?", (deal_id,)))
        if [(w, a, b) for w, a, b in rows] == wanted:
            return
        DealStageChange.delete().where(DealStageChange.deal == deal_id).execute()
        for when, source, target in wanted:
            DealStageChange.create(deal=deal_id, from_stage=source, to_stage=target, changed_at=when)


def _same(current: DealEntry, wanted: DealEntry) -> bool:
    """Whether applying would change nothing (the stage definitions are the pipeline's business, not the deal's)."""
    return replace(current, stages=()) == replace(wanted, stages=())


def _kept(text: str) -> dict[str, Any]:
    """A deal's kept lines: a JSON list of lines (schema 11), or an object with the links waiting too."""
    try:
        value = json.loads(text or "[]")
    except ValueError:
        value = []
    if isinstance(value, list):
        return {"lines": [str(v) for v in value], "people": [], "account": ""}
    return {"lines": [str(v) for v in value.get("lines", [])],
            "people": [(str(u), str(r)) for u, r in value.get("people", [])], "account": str(value.get("account", ""))}


def _whole(moment: datetime | None) -> datetime | None:
    """To the second, as iCalendar carries it: the same deal read here and from the server compares equal."""
    return moment.replace(microsecond=0) if moment is not None else None


def _from_stamp(stamp: str) -> str:
    """A StageDef.changed stamp as the database keeps a moment."""
    moment = datetime.strptime(stamp, "%Y%m%dT%H%M%SZ")
    return moment.isoformat(sep=" ")


def _moment(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
