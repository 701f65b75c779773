"""The pipeline as it stood on a past day, and what moved between two days, rebuilt from the deals' stage
history (deal_stage_change: every move with its time, the first one when the deal was made).

On a day D (up to its end, local time) a deal was in the pipeline when it had been made by then, was not yet
in the Trash, and had not been won or lost by then; it stood in the stage of its last move up to then. Its
amount and currency are today's (amounts keep no history). A deal won and later reopened counts as open
(closing keeps only the last close). Totals are added up per currency, and in the home currency at D's rates
when there is one (app/currencies.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import peewee

from app.currencies import Converter, Total, home_currency
from app.errors import RapportError
from app.messages import QT_TRANSLATE_NOOP, said


@dataclass(frozen=True)
class PastDeal:
    uid: str
    title: str
    account: str
    amount_minor: int | None
    currency: str
    entered: datetime  # when it came into the stage it stood in (naive UTC)


@dataclass(frozen=True)
class PastStage:
    uid: str
    name: str
    probability: int
    deals: tuple[PastDeal, ...]  # the longest in the stage first
    totals: tuple[tuple[str, int], ...]  # (currency, sum in minor units), the most deals first
    weighted: tuple[tuple[str, int], ...]  # the same weighted by the stage's probability (its forecast)


@dataclass(frozen=True)
class PastPipeline:
    pipeline_uid: str
    name: str
    day: date
    stages: tuple[PastStage, ...]
    total: Total | None  # every stage added up in the home currency at the day's rates (None: no home currency)
    weighted_total: Total | None

    @property
    def count(self) -> int:
        return sum(len(stage.deals) for stage in self.stages)


@dataclass(frozen=True)
class Move:
    """Something that happened to a deal of the pipeline between two days."""

    at: datetime  # naive UTC
    deal_uid: str
    title: str
    kind: str  # "made", "moved", "won" or "lost"
    from_stage: str  # stage names ("" where there is none)
    to_stage: str
    amount_minor: int | None
    currency: str


def _end_of(day: date) -> str:
    """The end of `day` local time, as the store's naive UTC text (a bound: moments before it count)."""
    if not date(1900, 1, 1) <= day <= date(9000, 1, 1):
        raise RapportError(said(QT_TRANSLATE_NOOP("Services", "%1 is too far off to look at"), day.isoformat()))
    local = datetime.combine(day + timedelta(days=1), time()).astimezone()
    return local.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def _moment(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def find_pipeline(database: peewee.SqliteDatabase, pipeline: str | None) -> tuple[int, str, str]:
    """A pipeline by uid or name (letter case aside); the first one when None."""
    if pipeline:
        found = [r for r in database.execute_sql("SELECT id, uid, name FROM pipeline ORDER BY position, id")
                 if r[1] == pipeline]  # a UID, or a name with its letter case aside (Продажи, продажи)
        found = found or [r for r in database.execute_sql("SELECT id, uid, name FROM pipeline ORDER BY position, id")
                          if str(r[2]).casefold() == pipeline.casefold()]
        row = found[0] if found else None
        if row is None:
            raise RapportError(said(QT_TRANSLATE_NOOP("Services", "no pipeline is named “%1”"), pipeline))
    else:
        row = database.execute_sql(
            "SELECT id, uid, name FROM pipeline WHERE NOT archived ORDER BY position, id LIMIT 1").fetchone()
        if row is None:
            raise RapportError(said(QT_TRANSLATE_NOOP("Services", "there is no pipeline yet")))
    return int(row[0]), str(row[1]), str(row[2])


def pipeline_as_of(database: peewee.SqliteDatabase, day: date, pipeline: str | None = None) -> PastPipeline:
    """The pipeline's open deals as they stood at the end of `day`, stage by stage."""
    pipeline_id, uid, name = find_pipeline(database, pipeline)
    end = _end_of(day)
    stages = database.execute_sql("SELECT id, uid, name, probability FROM stage WHERE pipeline_id = ?"
                                  " ORDER BY position, id", (pipeline_id,)).fetchall()
    in_pipeline = {int(s[0]) for s in stages}
    # Each deal's last move up to the end of the day, and its newest move of all (the index on (deal_id,
    # changed_at) finds both). A deal whose history does not end in the stage it is in (imported or synced
    # without its moves) came into that stage when its stage_entered_at says; one with no history at all, when
    # it was made.
    rows = database.execute_sql(
        "SELECT d.uid, d.title, coalesce(a.name, ''), d.amount_minor, d.currency, d.probability, d.stage_id,"
        " d.stage_entered_at, d.created_at,"
        " (SELECT c.to_stage_id || ' ' || c.changed_at FROM deal_stage_change c WHERE c.deal_id = d.id"
        "   AND c.changed_at < :end ORDER BY c.changed_at DESC, c.id DESC LIMIT 1),"
        " (SELECT c.to_stage_id FROM deal_stage_change c WHERE c.deal_id = d.id"
        "   ORDER BY c.changed_at DESC, c.id DESC LIMIT 1)"
        " FROM deal d LEFT JOIN account a ON a.id = d.account_id"
        " WHERE d.created_at < :end AND (d.deleted_at IS NULL OR d.deleted_at >= :end)"
        " AND (d.closed_at IS NULL OR d.closed_at >= :end)"
        " ORDER BY d.id", {"end": end}).fetchall()
    by_stage: dict[int, list[tuple[PastDeal, int | None]]] = {int(s[0]): [] for s in stages}
    for deal_uid, title, account, amount, currency, probability, stage_id, entered_now, created, last, newest in rows:
        stage, entered = None, None
        if last is not None:
            last_stage, _, last_at = str(last).partition(" ")
            stage, entered = int(last_stage), last_at
        if newest is None or int(newest) != int(stage_id):  # a move the history does not hold
            unrecorded_at = str(entered_now or created)
            if unrecorded_at < end and (entered is None or unrecorded_at >= entered):
                stage, entered = int(stage_id), unrecorded_at
            elif newest is None:
                stage, entered = int(stage_id), str(created)
        if stage is None or stage not in in_pipeline or entered is None:
            continue
        by_stage[stage].append((PastDeal(str(deal_uid), str(title), str(account),
                                         None if amount is None else int(amount), str(currency),
                                         _moment(entered)), None if probability is None else int(probability)))
    home = home_currency(database)
    converter = Converter(database, home, day) if home else None
    past = []
    everything: dict[str, int] = {}
    weighted_all: dict[str, int] = {}
    for stage_id, stage_uid, stage_name, stage_probability in stages:
        held = sorted(by_stage.get(int(stage_id), []), key=lambda item: item[0].entered)  # longest there first
        sums: dict[str, list[int]] = {}
        for deal, own_probability in held:
            if deal.amount_minor is not None and deal.currency:
                entry = sums.setdefault(deal.currency, [0, 0, 0])
                entry[0] += 1
                entry[1] += deal.amount_minor
                # As the board and the dashboard weigh it: the deal's own probability, else its stage's.
                chance = own_probability if own_probability is not None else int(stage_probability)
                entry[2] += deal.amount_minor * chance
        ordered = sorted(sums.items(), key=lambda item: (-item[1][0], item[0]))
        totals = tuple((currency, value[1]) for currency, value in ordered)
        weighted = tuple((currency, (value[2] + 50) // 100) for currency, value in ordered)
        for currency, amount_sum in totals:
            everything[currency] = everything.get(currency, 0) + amount_sum
        for currency, amount_sum in weighted:
            weighted_all[currency] = weighted_all.get(currency, 0) + amount_sum
        past.append(PastStage(str(stage_uid), str(stage_name), int(stage_probability),
                              tuple(deal for deal, _ in held), totals, weighted))
    total = converter.total(sorted(everything.items())) if converter else None
    weighted_total = converter.total(sorted(weighted_all.items())) if converter else None
    return PastPipeline(uid, name, day, tuple(past), total, weighted_total)


def moves_between(database: peewee.SqliteDatabase, first: date, last: date, pipeline: str | None = None) -> list[Move]:
    """What happened to the pipeline's deals from the start of `first` to the end of `last`: deals made,
    moved from stage to stage, won and lost; oldest first."""
    if last < first:
        raise RapportError(said(QT_TRANSLATE_NOOP("Services", "the period ends (%1) before it begins (%2)"),
                                last.isoformat(), first.isoformat()))
    pipeline_id, _, _ = find_pipeline(database, pipeline)
    start, end = _end_of(first - timedelta(days=1)), _end_of(last)
    rows = database.execute_sql(
        "SELECT m.changed_at, d.uid, d.title, iif(m.from_stage_id IS NULL, 'made', 'moved'),"
        " coalesce(f.name, ''), t.name, d.amount_minor, d.currency, m.id"
        " FROM deal_stage_change m JOIN deal d ON d.id = m.deal_id"
        " JOIN stage t ON t.id = m.to_stage_id LEFT JOIN stage f ON f.id = m.from_stage_id"
        " WHERE m.changed_at >= :start AND m.changed_at < :end AND t.pipeline_id = :pipeline"
        " UNION ALL"  # won and lost in the stage they stood in then (a deal may have been moved on since)
        " SELECT d.closed_at, d.uid, d.title, d.status, s.name, '', d.amount_minor, d.currency, 9e18"
        " FROM deal d JOIN stage s ON s.id = coalesce((SELECT c.to_stage_id FROM deal_stage_change c"
        "   WHERE c.deal_id = d.id AND c.changed_at <= d.closed_at ORDER BY c.changed_at DESC, c.id DESC LIMIT 1),"
        "   d.stage_id)"
        " WHERE d.closed_at >= :start AND d.closed_at < :end AND d.status IN ('won', 'lost')"
        " AND s.pipeline_id = :pipeline"
        " ORDER BY 1, 9", {"start": start, "end": end, "pipeline": pipeline_id}).fetchall()
    return [Move(_moment(at), str(uid), str(title), str(kind), str(source), str(target),
                 None if amount is None else int(amount), str(currency))
            for at, uid, title, kind, source, target, amount, currency, _ in rows]
