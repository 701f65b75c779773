"""The read models the window shows, made over the services' store: the one way `ui/` reads (it never
holds the database itself, so every write it makes goes through the services and ui/operations).

Each call makes a fresh query object; they keep no connection of their own (peewee opens one per thread
on first use, and ui/workers.Task ends a pool thread's with `Services.end_thread()`)."""

from __future__ import annotations

from datetime import date, tzinfo
from typing import TYPE_CHECKING

import peewee

from app.board import BoardQuery
from app.calendar_days import FirstOfEachDay
from app.calendar_view import CalendarQuery
from app.clock import Clock
from app.company_names import AccountNames
from app.contact_list import AccountListQuery, ContactListQuery
from app.dashboard import DashboardQuery
from app.deal_list import DealListQuery
from app.stats import KIND_TABLES, StoreStats, collect
from app.store import Store
from app.task_list import TaskListQuery
from app.timeline import TimelineService
from db import bulk

if TYPE_CHECKING:
    from app.pipeline_history import Move, PastPipeline
    from app.reports import ActivityCount, LeadReport, WonLost

_KINDS = ("contact", "account", "deal", "activity", "task", "lead")


class Queries:
    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    @property
    def _db(self) -> peewee.SqliteDatabase:
        return self._store.database

    def timeline(self) -> TimelineService:
        return TimelineService(self._db)

    def task_list(self) -> TaskListQuery:
        return TaskListQuery(self._db)

    def board(self) -> BoardQuery:
        return BoardQuery(self._db, self._clock)

    def deal_list(self) -> DealListQuery:
        return DealListQuery(self._db)

    def dashboard(self) -> DashboardQuery:
        return DashboardQuery(self._db, self._clock)

    def calendar(self, zone: tzinfo) -> CalendarQuery:
        return CalendarQuery(self._db, zone)

    def month_days(self, calendar: CalendarQuery) -> FirstOfEachDay:
        """What the month view draws, over `calendar`'s zone and its kept recurring series."""
        return FirstOfEachDay(self._db, calendar)

    def contact_list(self) -> ContactListQuery:
        return ContactListQuery(self._db)

    def account_list(self) -> AccountListQuery:
        return AccountListQuery(self._db)

    def account_names(self) -> AccountNames:
        return AccountNames(self._db)

    def past_pipeline(self, day: date, pipeline: str | None = None) -> PastPipeline:
        """The pipeline as it stood at the end of `day` (app/pipeline_history.py)."""
        from app.pipeline_history import pipeline_as_of

        return pipeline_as_of(self._db, day, pipeline)

    def won_and_lost(self, first: date, last: date, by: str) -> WonLost:
        """Deals won and lost in the period, grouped (app/reports.py)."""
        from app.reports import won_and_lost

        return won_and_lost(self._db, first, last, by)

    def lead_report(self, first: date, last: date, by: str) -> LeadReport:
        """Leads captured, qualified and disqualified in the period, and deals won, by source or month."""
        from app.reports import leads

        return leads(self._db, first, last, by)

    def activity_counts(self, first: date, last: date, by: str) -> tuple[ActivityCount, ...]:
        """Calls, meetings, e-mails and notes of the period, grouped (app/reports.py)."""
        from app.reports import activities

        return activities(self._db, first, last, by)

    def pipeline_moves(self, first: date, last: date, pipeline: str | None = None) -> list[Move]:
        """What moved in the pipeline from the start of `first` to the end of `last`."""
        from app.pipeline_history import moves_between

        return moves_between(self._db, first, last, pipeline)

    def stats(self) -> StoreStats:
        return collect(self._store)

    def live_counts(self) -> dict[str, int]:
        """Records of each kind out of the Trash (the window's status line), as triggers keep them (schema 34):
        counting the rows took 0.2 s at a million contacts."""
        kept = bulk.live_counts(self._db)
        return {name: kept.get(table, 0) for name, table in KIND_TABLES.items()}

    def kinds_with_records(self) -> int:
        """How many kinds of record have at least one live row (0: the store is empty); nothing counted."""
        query = " UNION ALL ".join(f"SELECT 1 FROM (SELECT 1 FROM {t} WHERE deleted_at IS NULL LIMIT 1)"
                                   for t in _KINDS)
        return len(self._db.execute_sql(query).fetchall())
