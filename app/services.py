"""Every service over one store, built once (main.py, a test) and passed to whoever needs it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from app.accounts import AccountService
from app.activities import ActivityService
from app.backup import BackupService
from app.clock import Clock, SystemClock
from app.contacts import ContactService
from app.custom_fields import CustomFieldService
from app.deals import DealService
from app.office import OfficeService
from app.pipelines import PipelineService
from app.privacy import PrivacyService
from app.regional import default_phone_region
from app.search import SearchService
from app.store import Store
from app.tags import TagService
from app.tasks import TaskService
from app.undo import UndoLog
from app.unit_of_work import Writer

if TYPE_CHECKING:
    from app.contact_groups import ContactGroupService
    from app.currencies import CurrencyService
    from app.leads import LeadService
    from app.queries import Queries
    from app.record_files import FileService
    from app.segments import SegmentService


@dataclass(frozen=True)
class Services:
    store: Store
    writer: Writer
    undo: UndoLog
    clock: Clock
    contacts: ContactService
    accounts: AccountService
    pipelines: PipelineService
    deals: DealService
    activities: ActivityService
    tasks: TaskService
    tags: TagService
    custom_fields: CustomFieldService
    office: OfficeService
    privacy: PrivacyService
    search: SearchService
    backups: BackupService

    @cached_property
    def queries(self) -> Queries:
        """The read models of the lists, board, calendar and dashboard: made on first use, so that a command
        that shows none of them (`rapport sync run`) does not import them."""
        from app.queries import Queries

        return Queries(self.store, self.clock)

    @cached_property
    def contact_groups(self) -> ContactGroupService:
        """Address books' contact groups as tags (app/contact_groups.py): sync's alone."""
        from app.contact_groups import ContactGroupService

        return ContactGroupService(self.writer)  # its writes take the time from the unit of work

    @cached_property
    def files(self) -> FileService:
        """The files on contacts, accounts and deals (app/record_files.py)."""
        from app.record_files import FileService

        return FileService(self.writer, self.store.data_dir)

    @cached_property
    def leads(self) -> LeadService:
        """People and companies not yet qualified (app/leads.py)."""
        from app.leads import LeadService

        return LeadService(self.writer, self.clock)

    @cached_property
    def currencies(self) -> CurrencyService:
        """The home currency and exchange rates (app/currencies.py)."""
        from app.currencies import CurrencyService

        return CurrencyService(self.writer)

    @cached_property
    def segments(self) -> SegmentService:
        """The lists' saved filters (app/segments.py)."""
        from app.segments import SegmentService

        return SegmentService(self.writer, self.tags, self.custom_fields)

    @property
    def data_dir(self) -> Path:
        return self.store.data_dir

    def end_thread(self) -> None:
        """Close the calling thread's connection (a pool thread, when its task is done: an unclosed one
        would keep a WAL reader open)."""
        if not self.store.database.is_closed():
            self.store.database.close()

    @classmethod
    def build(cls, store: Store, clock: Clock | None = None, phone_region: str | None = None) -> Services:
        clock = clock or SystemClock()
        region = phone_region or default_phone_region()
        writer = Writer(store.database, clock)
        db = store.database
        return cls(
            store=store,
            writer=writer,
            undo=UndoLog(writer),
            clock=clock,
            contacts=ContactService(writer, clock, region),
            accounts=AccountService(writer, clock, region),
            pipelines=PipelineService(writer, clock),
            deals=DealService(writer, clock),
            activities=ActivityService(writer, clock),
            tasks=TaskService(writer, clock),
            tags=TagService(writer, clock),
            custom_fields=CustomFieldService(writer),
            office=OfficeService(writer, clock),
            privacy=PrivacyService(writer),
            search=SearchService(db),
            backups=BackupService(store, clock),
        )
