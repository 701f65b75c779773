"""Deals: what a customer might buy, moving through a pipeline's stages; forecast and win rate."""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.changes import Changes, Result
from app.clock import Clock
from app.errors import FieldError, ValidationError, no_such
from app.messages import QT_TRANSLATE_NOOP, message_of, said
from app.records import RecordMeta, find_row, reject_unknown, stamp_new
from app.unit_of_work import Writer, captured
from app.validation import clean_currency, from_minor_units, parse_amount, parse_date, to_minor_units
from db.models import Account, Contact, Deal, DealContact, DealStageChange, Stage

CHANGED = Changes(deals=True)
STATUSES = ("open", "won", "lost")


@dataclass(frozen=True)
class DealData:
    title: str = ""
    stage_uid: str = ""
    account_uid: str | None = None
    contact_uids: tuple[str, ...] = ()
    amount: Decimal | None = None
    currency: str = ""
    probability: int | None = None  # None: the stage's default
    expected_close: date | None = None
    lead_source: str = ""
    owner: str = ""
    notes: str = ""


FIELD_NAMES = frozenset(f.name for f in fields(DealData))


@dataclass(frozen=True)
class DealRecord:
    meta: RecordMeta
    data: DealData
    status: str
    lost_reason: str
    stage_name: str
    stage_probability: int
    stage_entered_at: datetime
    closed_at: datetime | None
    id: int = field(compare=False)

    @property
    def uid(self) -> str:
        return self.meta.uid

    @property
    def probability(self) -> int:
        """The deal's own probability, else its stage's."""
        return self.data.probability if self.data.probability is not None else self.stage_probability


@dataclass(frozen=True)
class StageMove:
    from_stage: str | None
    to_stage: str
    changed_at: datetime
    days_in_stage: float  # until the next move, the close, or now


@dataclass(frozen=True)
class ForecastRow:
    month: str  # "YYYY-MM" of the expected close
    currency: str
    deals: int
    total: Decimal
    weighted: Decimal  # sum of amount × probability


@dataclass(frozen=True)
class WinRate:
    won: int
    lost: int
    rate: float | None  # won / (won + lost); None when nothing closed
    average_days_to_close: float | None  # over the won deals


@dataclass(frozen=True)
class StageTime:
    stage_uid: str
    stage_name: str
    stints: int
    average_days: float


class DealService:
    def __init__(self, writer: Writer, clock: Clock) -> None:
        self._writer = writer
        self._db = writer.database
        self._clock = clock

    # --- reading ------------------------------------------------------------------------------

    def get(self, uid: str, *, include_deleted: bool = False) -> DealRecord:
        return self._record(self._row(uid, include_deleted=include_deleted))

    def count(self, status: str | None = None) -> int:
        query = Deal.select().where(Deal.deleted_at.is_null())
        if status:
            query = query.where(Deal.status == status)
        return int(query.count())

    def list(self, *, stage_uid: str | None = None, status: str | None = "open", limit: int = 200,
             offset: int = 0) -> builtins.list[DealRecord]:
        query = Deal.select().where(Deal.deleted_at.is_null())
        if status:
            query = query.where(Deal.status == status)
        if stage_uid:
            query = query.join(Stage).where(Stage.uid == stage_uid)
        rows = query.order_by(Deal.expected_close.asc(nulls="LAST"), Deal.id).limit(limit).offset(offset)
        return [self._record(r) for r in rows]

    def history(self, uid: str) -> builtins.list[StageMove]:
        deal = self._row(uid, include_deleted=True)
        moves = list(
            DealStageChange.select().where(DealStageChange.deal == deal.id)
            .order_by(DealStageChange.changed_at, DealStageChange.id)
        )
        names = {s.id: s.name for s in Stage.select()}
        result = []
        for index, move in enumerate(moves):
            if index + 1 < len(moves):
                until = moves[index + 1].changed_at
            else:
                until = deal.closed_at or self._clock.now()
            result.append(StageMove(
                names.get(move.from_stage_id) if move.from_stage_id else None,
                names[move.to_stage_id],
                move.changed_at,
                (until - move.changed_at).total_seconds() / 86400,
            ))
        return result

    # --- writing ------------------------------------------------------------------------------

    def create(self, data: DealData, *, uid: str | None = None) -> Result[DealRecord]:
        clean = self.validate(data)
        with self._writer.write("New deal") as op:
            stage = Stage.get(Stage.uid == clean.stage_uid)
            now = self._clock.now()
            row = Deal.create(**stamp_new(self._clock, uid), **self.scalars(clean), stage=stage.id,
                              stage_entered_at=now)
            DealStageChange.create(deal=row.id, from_stage=None, to_stage=stage.id, changed_at=now)
            self._write_contacts(row.id, clean)
            op.reindex("deal", [row.id])
        return Result(self._record(row), CHANGED)

    def update(self, uid: str, **changes: Any) -> Result[DealRecord]:
        """Change fields of DealData. A new stage_uid is a move and is written to the history."""
        reject_unknown(changes, FIELD_NAMES, "a deal")
        with self._writer.write("Edit deal") as op:
            row = self._row(uid)
            current = self._data(row)
            clean = self.validate(replace(current, **changes))
            if clean == current:
                return Result(self._record(row), Changes())
            if clean.stage_uid != current.stage_uid:
                self._move(row, Stage.get(Stage.uid == clean.stage_uid))
            for name, value in self.scalars(clean).items():
                setattr(row, name, value)
            op.stamp("deal", row)
            row.save()
            self._write_contacts(row.id, clean)
            op.reindex("deal", [row.id])
        return Result(self._record(row), CHANGED)

    def set_role(self, uid: str, contact_uid: str, role: str) -> Result[DealRecord]:
        """A person's part in the deal ("Decision maker", "User"…); the person must be one of its people."""
        with self._writer.write("Edit deal") as op:
            row = self._row(uid)
            link = (DealContact.select().join(Contact, on=DealContact.contact == Contact.id)
                    .where(DealContact.deal == row.id, Contact.uid == contact_uid).first())
            if link is None:
                raise ValidationError.single("contact_uids", said(
                    QT_TRANSLATE_NOOP("Services", "%1 is not one of the deal's people"), contact_uid))
            clean = " ".join(role.split())
            if link.role == clean:
                return Result(self._record(row), Changes())
            op.stamp("deal", row)  # the deal's image, its people and their roles with it, before the change
            DealContact.update(role=clean).where(DealContact.id == link.id).execute()
            row.save()
        return Result(self._record(row), CHANGED)

    def move_to_stage(self, uid: str, stage_uid: str) -> Result[DealRecord]:
        return self.update(uid, stage_uid=stage_uid)

    def move_by(self, uid: str, steps: int) -> Result[DealRecord]:
        """To the next (+1) or previous (-1) stage of its pipeline; no change at either end."""
        row = self._row(uid)
        stages = list(Stage.select().where(Stage.pipeline == Stage.get_by_id(row.stage_id).pipeline_id)
                      .order_by(Stage.position, Stage.id))
        index = next(i for i, s in enumerate(stages) if s.id == row.stage_id)
        target = max(0, min(index + steps, len(stages) - 1))
        if target == index:
            return Result(self._record(row), Changes())
        return self.update(uid, stage_uid=stages[target].uid)

    def mark_won(self, uid: str) -> Result[DealRecord]:
        return self._close(uid, "won", "")

    def mark_lost(self, uid: str, reason: str) -> Result[DealRecord]:
        if not reason.strip():
            raise ValidationError.single("lost_reason", said(
                QT_TRANSLATE_NOOP("Services", "say why the deal was lost")))
        return self._close(uid, "lost", reason.strip())

    def reopen(self, uid: str) -> Result[DealRecord]:
        with self._writer.write("Reopen deal") as op:
            row = self._row(uid)
            if row.status == "open":
                return Result(self._record(row), Changes())
            row.status, row.lost_reason, row.closed_at = "open", "", None
            row.stage_entered_at = self._clock.now()
            op.stamp("deal", row)
            row.save()
        return Result(self._record(row), CHANGED)

    def delete(self, uid: str) -> Result[DealRecord]:
        with self._writer.write("Delete deal") as op:
            row = self._row(uid)
            row.deleted_at = self._clock.now()
            op.stamp("deal", row)
            row.save()
            op.reindex("deal", [row.id])
        return Result(self._record(row), CHANGED)

    def restore(self, uid: str) -> Result[DealRecord]:
        with self._writer.write("Restore deal") as op:
            row = self._row(uid, include_deleted=True)
            if row.deleted_at is None:
                return Result(self._record(row), Changes())
            row.deleted_at = None
            op.stamp("deal", row)
            row.save()
            op.reindex("deal", [row.id])
        return Result(self._record(row), CHANGED)

    # --- analytics ----------------------------------------------------------------------------

    def forecast(self, start: date, end: date) -> builtins.list[ForecastRow]:
        """Open deals expected to close in [start, end]: per month and currency, total and weighted."""
        rows = self._db.execute_sql(
            "SELECT substr(d.expected_close, 1, 7) AS month, d.currency, count(*),"
            " sum(d.amount_minor), sum(d.amount_minor * coalesce(d.probability, s.probability))"
            " FROM deal d JOIN stage s ON s.id = d.stage_id"
            " WHERE d.deleted_at IS NULL AND d.status = 'open' AND d.amount_minor IS NOT NULL"
            " AND d.expected_close BETWEEN ? AND ?"
            " GROUP BY month, d.currency ORDER BY month, d.currency",
            (start.isoformat(), end.isoformat()),
        )
        return [
            ForecastRow(month, currency, count, from_minor_units(total, currency),
                        from_minor_units(weighted, currency) / 100)
            for month, currency, count, total, weighted in rows
        ]

    def win_rate(self, start: datetime, end: datetime) -> WinRate:
        """Deals closed in [start, end): how many were won, and how long the won ones took."""
        won, lost, days = self._db.execute_sql(
            "SELECT sum(status = 'won'), sum(status = 'lost'),"
            " avg(CASE WHEN status = 'won' THEN julianday(closed_at) - julianday(created_at) END)"
            " FROM deal WHERE deleted_at IS NULL AND closed_at >= ? AND closed_at < ?",
            (_ts(start), _ts(end)),
        ).fetchone()
        won, lost = int(won or 0), int(lost or 0)
        rate = won / (won + lost) if won + lost else None
        return WinRate(won, lost, rate, float(days) if days is not None else None)

    def time_in_stages(
        self, start: datetime, end: datetime, pipeline_uid: str | None = None
    ) -> builtins.list[StageTime]:
        """Average days deals spent in each stage, over the stays that ended in [start, end)."""
        pipeline_filter, params = "", [_ts(start), _ts(end)]
        if pipeline_uid:
            pipeline_filter = " AND p.uid = ?"
            params.append(pipeline_uid)
        rows = self._db.execute_sql(
            "WITH stays AS ("
            "  SELECT h.to_stage_id AS stage_id, h.changed_at AS began,"
            "   coalesce(lead(h.changed_at) OVER (PARTITION BY h.deal_id ORDER BY h.changed_at, h.id),"
            "            d.closed_at) AS ended"
            "  FROM deal_stage_change h JOIN deal d ON d.id = h.deal_id WHERE d.deleted_at IS NULL)"
            " SELECT s.uid, s.name, count(*), avg(julianday(ended) - julianday(began))"
            " FROM stays JOIN stage s ON s.id = stays.stage_id JOIN pipeline p ON p.id = s.pipeline_id"
            " WHERE ended >= ? AND ended < ?" + pipeline_filter +
            " GROUP BY s.id ORDER BY p.position, s.position",
            params,
        )
        return [StageTime(uid, name, count, float(avg)) for uid, name, count, avg in rows]

    # --- validation and rows ------------------------------------------------------------------

    def validate(self, data: DealData, *, links_checked: bool = False) -> DealData:
        """The deal's fields cleaned, or ValidationError naming each field that is wrong. `links_checked`:
        the caller made sure its stage, account and people exist (a sync writing many at once)."""
        errors: builtins.list[FieldError] = []
        data = replace(data, title=" ".join(data.title.split()), lead_source=data.lead_source.strip(),
                       owner=data.owner.strip())
        if not data.title:
            errors.append(FieldError("title", said(QT_TRANSLATE_NOOP("Services", "a deal needs a title"))))
        if not links_checked:
            self._check_links(data, errors)
        amount = data.amount
        currency = data.currency
        if amount is not None:
            try:
                amount = parse_amount(amount)
            except ValueError as exc:
                errors.append(FieldError("amount", message_of(exc)))
                amount = None
        if currency:
            try:
                currency = clean_currency(currency)
            except ValueError as exc:
                errors.append(FieldError("currency", message_of(exc)))
                currency = ""
        elif amount is not None:
            errors.append(FieldError("currency", said(
                QT_TRANSLATE_NOOP("Services", "an amount needs a currency (an ISO 4217 code such as EUR)"))))
        if amount is not None and currency:
            try:
                to_minor_units(amount, currency)
            except ValueError as exc:
                errors.append(FieldError("amount", message_of(exc)))
        if data.probability is not None and not 0 <= data.probability <= 100:
            errors.append(FieldError("probability", said(
                QT_TRANSLATE_NOOP("Services", "a probability is a percentage from 0 to 100"))))
        try:
            expected = parse_date(data.expected_close)
        except ValueError as exc:
            errors.append(FieldError("expected_close", message_of(exc)))
            expected = None
        if errors:
            raise ValidationError(errors)
        return replace(data, amount=amount, currency=currency, expected_close=expected)

    @staticmethod
    def _check_links(data: DealData, errors: builtins.list[FieldError]) -> None:
        if not data.stage_uid or not Stage.select().where(Stage.uid == data.stage_uid).exists():
            errors.append(FieldError("stage_uid", no_such("stage", repr(data.stage_uid))))
        if data.account_uid and not Account.select().where(
            Account.uid == data.account_uid, Account.deleted_at.is_null()
        ).exists():
            errors.append(FieldError("account_uid", no_such("account", data.account_uid)))
        for index, contact_uid in enumerate(data.contact_uids):
            if not Contact.select().where(Contact.uid == contact_uid).exists():
                errors.append(FieldError(f"contact_uids[{index}]", no_such("contact", contact_uid)))

    def _close(self, uid: str, status: str, reason: str) -> Result[DealRecord]:
        with self._writer.write("Close deal") as op:
            row = self._row(uid)
            row.status, row.lost_reason, row.closed_at = status, reason, self._clock.now()
            op.stamp("deal", row)
            row.save()
        return Result(self._record(row), CHANGED)

    def _move(self, row: Deal, stage: Stage) -> None:
        now = self._clock.now()
        DealStageChange.create(deal=row.id, from_stage=row.stage_id, to_stage=stage.id, changed_at=now)
        row.stage = stage
        row.stage_entered_at = now

    def _row(self, uid: str, *, include_deleted: bool = False) -> Deal:
        row = find_row(Deal, "deal", uid, include_deleted=include_deleted)
        captured(self._writer, "deal", row.id)
        return row

    @staticmethod
    def scalars(data: DealData) -> dict[str, Any]:
        account_id = None
        if data.account_uid:
            account_id = Account.get(Account.uid == data.account_uid).id
        amount_minor = None
        if data.amount is not None and data.currency:
            amount_minor = to_minor_units(data.amount, data.currency)
        return {
            "title": data.title, "account": account_id, "amount_minor": amount_minor, "currency": data.currency,
            "probability": data.probability, "expected_close": data.expected_close,
            "lead_source": data.lead_source, "owner": data.owner, "notes": data.notes,
        }

    @staticmethod
    def _write_contacts(deal_id: int, data: DealData) -> None:
        """The deal's people as `data` lists them, in its order; each keeps their role in the deal (a move
        or any other edit once dropped every role)."""
        wanted = [Contact.get(Contact.uid == uid).id for uid in dict.fromkeys(data.contact_uids)]
        rows = list(DealContact.select(DealContact.contact, DealContact.role).where(DealContact.deal == deal_id)
                    .order_by(DealContact.id))
        if [row.contact_id for row in rows] == wanted:
            return  # nothing to write: the same people in the same order
        roles = {row.contact_id: row.role for row in rows}
        DealContact.delete().where(DealContact.deal == deal_id).execute()
        for contact_id in wanted:
            DealContact.create(deal=deal_id, contact=contact_id, role=roles.get(contact_id, ""))

    def _data(self, row: Deal) -> DealData:
        stage = Stage.get_by_id(row.stage_id)
        account_uid = Account.get_by_id(row.account_id).uid if row.account_id else None
        contacts = tuple(
            r.uid for r in Contact.select(Contact.uid).join(DealContact, on=DealContact.contact == Contact.id)
            .where(DealContact.deal == row.id).order_by(DealContact.id)
        )
        amount = from_minor_units(row.amount_minor, row.currency) if row.amount_minor is not None else None
        return DealData(
            title=row.title, stage_uid=stage.uid, account_uid=account_uid, contact_uids=contacts,
            amount=amount, currency=row.currency, probability=row.probability,
            expected_close=row.expected_close, lead_source=row.lead_source, owner=row.owner, notes=row.notes,
        )

    def _record(self, row: Deal) -> DealRecord:
        stage = Stage.get_by_id(row.stage_id)
        return DealRecord(
            RecordMeta.of(row), self._data(row), row.status, row.lost_reason, stage.name, stage.probability,
            row.stage_entered_at, row.closed_at, row.id,
        )


def _ts(moment: datetime) -> str:
    """A datetime as the store writes it, so text comparison orders correctly."""
    return moment.isoformat(sep=" ")

