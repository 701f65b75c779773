"""Every service over one store, built once (main.py, a test) and passed to whoever needs it."""

from __future__ import annotations

from dataclasses import dataclass

from app.accounts import AccountService
from app.activities import ActivityService
from app.backup import BackupService
from app.clock import Clock, SystemClock
from app.contacts import ContactService
from app.custom_fields import CustomFieldService
from app.deals import DealService
from app.pipelines import PipelineService
from app.regional import default_phone_region
from app.search import SearchService
from app.store import Store
from app.tags import TagService
from app.tasks import TaskService


@dataclass(frozen=True)
class Services:
    store: Store
    clock: Clock
    contacts: ContactService
    accounts: AccountService
    pipelines: PipelineService
    deals: DealService
    activities: ActivityService
    tasks: TaskService
    tags: TagService
    custom_fields: CustomFieldService
    search: SearchService
    backups: BackupService

    @classmethod
    def build(cls, store: Store, clock: Clock | None = None, phone_region: str | None = None) -> Services:
        clock = clock or SystemClock()
        region = phone_region or default_phone_region()
        db = store.database
        return cls(
            store=store,
            clock=clock,
            contacts=ContactService(db, clock, region),
            accounts=AccountService(db, clock, region),
            pipelines=PipelineService(db, clock),
            deals=DealService(db, clock),
            activities=ActivityService(db, clock),
            tasks=TaskService(db, clock),
            tags=TagService(db, clock),
            custom_fields=CustomFieldService(db),
            search=SearchService(db),
            backups=BackupService(store, clock),
        )
