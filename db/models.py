"""The peewee models. The schema itself is created by db/migrations; a test checks both agree.

Timestamps are naive UTC. Every syncable record has a stable uid, created_at, updated_at, a version
that grows with each local change, and deleted_at as a tombstone instead of a hard delete.
"""

from __future__ import annotations

import peewee
from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from db.fields import PartialDateField
from db.sync_models import SYNC_MODELS


class BaseModel(peewee.Model):
    class Meta:
        legacy_table_names = False


class SyncableModel(BaseModel):
    id = AutoField()
    uid = TextField(unique=True)
    created_at = DateTimeField()
    updated_at = DateTimeField()
    version = IntegerField(default=1)
    deleted_at = DateTimeField(null=True)


# --- contacts ---------------------------------------------------------------------------------


class Contact(SyncableModel):
    prefix = TextField(default="")
    given = TextField(default="")
    additional = TextField(default="")
    family = TextField(default="")
    suffix = TextField(default="")
    display_name = TextField()
    nickname = TextField(default="")
    job_title = TextField(default="")
    department = TextField(default="")
    birthday = PartialDateField(null=True)
    anniversary = PartialDateField(null=True)
    photo = BlobField(null=True)
    photo_mime = TextField(default="")
    photo_uri = TextField(default="")
    notes = TextField(default="")

    class Meta:
        table_name = "contact"


class ContactPart(BaseModel):
    """A multi-valued part of a contact: a type label, a preferred flag, and its order."""

    id = AutoField()
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="+")
    label = TextField(default="")
    preferred = BooleanField(default=False)
    position = IntegerField(default=0)
    group = TextField(default="")  # vCard group (Apple's item1.), kept for the round trip
    params = TextField(default="[]")  # vCard parameters Rapport does not model, as JSON pairs


class ContactEmail(ContactPart):
    value = TextField()


class ContactPhone(ContactPart):
    value = TextField()
    e164 = TextField(default="")  # normalised form for search and duplicate detection; "" if unparsable


class ContactAddress(ContactPart):
    po_box = TextField(default="")
    extended = TextField(default="")
    street = TextField(default="")
    locality = TextField(default="")
    region = TextField(default="")
    postal_code = TextField(default="")
    country = TextField(default="")


class ContactUrl(ContactPart):
    value = TextField()


class ContactIm(ContactPart):
    protocol = TextField(default="")
    handle = TextField()


class ContactRelated(ContactPart):
    """A related person: free text, or a uid/URI of another card (vCard RELATED)."""

    value = TextField()


class ContactDate(ContactPart):
    """Another date worth remembering (vCard 4 has only BDAY/ANNIVERSARY; the rest come labelled)."""

    value = PartialDateField()


class ContactExtraProperty(BaseModel):
    """A vCard property Rapport does not model, kept verbatim so it is written back unchanged."""

    id = AutoField()
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="+")
    position = IntegerField(default=0)
    group = TextField(default="")
    name = TextField()
    params = TextField(default="[]")  # JSON list of [name, value] pairs, order kept
    value = TextField(default="")


# --- accounts ---------------------------------------------------------------------------------


class Account(SyncableModel):
    name = TextField()
    industry = TextField(default="")
    website = TextField(default="")
    notes = TextField(default="")

    class Meta:
        table_name = "account"


class AccountPhone(BaseModel):
    id = AutoField()
    account = ForeignKeyField(Account, on_delete="CASCADE", backref="+")
    label = TextField(default="")
    preferred = BooleanField(default=False)
    position = IntegerField(default=0)
    group = TextField(default="")
    params = TextField(default="[]")
    value = TextField()
    e164 = TextField(default="")


class AccountAddress(BaseModel):
    id = AutoField()
    account = ForeignKeyField(Account, on_delete="CASCADE", backref="+")
    label = TextField(default="")
    preferred = BooleanField(default=False)
    position = IntegerField(default=0)
    group = TextField(default="")
    params = TextField(default="[]")
    po_box = TextField(default="")
    extended = TextField(default="")
    street = TextField(default="")
    locality = TextField(default="")
    region = TextField(default="")
    postal_code = TextField(default="")
    country = TextField(default="")


class AccountExtraProperty(BaseModel):
    """A property of an organisation card Rapport does not model, kept verbatim."""

    id = AutoField()
    account = ForeignKeyField(Account, on_delete="CASCADE", backref="+")
    position = IntegerField(default=0)
    group = TextField(default="")
    name = TextField()
    params = TextField(default="[]")
    value = TextField(default="")


class ContactAccount(BaseModel):
    """A contact works at (or with) an account, in a role. A contact may belong to several."""

    id = AutoField()
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="+")
    account = ForeignKeyField(Account, on_delete="CASCADE", backref="+")
    role = TextField(default="")
    position = IntegerField(default=0)
    contact_id: int
    account_id: int

    class Meta:
        indexes = ((("contact", "account"), True),)


# --- pipelines and deals ----------------------------------------------------------------------


class Pipeline(BaseModel):
    id = AutoField()
    uid = TextField(unique=True)
    name = TextField()
    position = IntegerField(default=0)
    created_at = DateTimeField()
    archived = BooleanField(default=False)
    changed_at = DateTimeField(null=True)  # its definition's last change here (schema 14)


class Stage(BaseModel):
    id = AutoField()
    uid = TextField(unique=True)
    pipeline = ForeignKeyField(Pipeline, on_delete="CASCADE", backref="+")
    pipeline_id: int  # peewee's accessor for the raw key; declared for the type checker
    name = TextField()
    position = IntegerField()
    probability = IntegerField()  # default win probability, percent 0..100


class Deal(SyncableModel):
    title = TextField()
    account = ForeignKeyField(Account, null=True, on_delete="SET NULL", backref="+")
    amount_minor = IntegerField(null=True)  # amount in the currency's minor unit (cents)
    currency = TextField(default="")  # ISO 4217
    stage = ForeignKeyField(Stage, on_delete="RESTRICT", backref="+")
    stage_id: int
    account_id: int | None
    probability = IntegerField(null=True)  # None: the stage's default
    expected_close = DateField(null=True)
    status = TextField(default="open")  # open | won | lost
    lost_reason = TextField(default="")
    lead_source = TextField(default="")
    owner = TextField(default="")
    notes = TextField(default="")
    stage_entered_at = DateTimeField()
    closed_at = DateTimeField(null=True)
    ical_extra = TextField(default="[]")  # lines of its calendar object Rapport does not model (schema 11)

    class Meta:
        table_name = "deal"


class DealContact(BaseModel):
    id = AutoField()
    deal = ForeignKeyField(Deal, on_delete="CASCADE", backref="+")
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="+")
    role = TextField(default="")
    deal_id: int
    contact_id: int

    class Meta:
        indexes = ((("deal", "contact"), True),)


class DealStageChange(BaseModel):
    """One move of a deal: from a stage (None when created) to a stage, and when."""

    id = AutoField()
    deal = ForeignKeyField(Deal, on_delete="CASCADE", backref="+")
    from_stage = ForeignKeyField(Stage, null=True, on_delete="RESTRICT", backref="+")
    to_stage = ForeignKeyField(Stage, on_delete="RESTRICT", backref="+")
    changed_at = DateTimeField()
    from_stage_id: int | None
    to_stage_id: int


# --- leads (schema 31) --------------------------------------------------------------------------


class Lead(SyncableModel):
    """A person or company not yet qualified: captured with where they came from, worked on, then qualified
    (it became a contact, an account and a deal, named here) or disqualified (with the reason)."""

    name = TextField(default="")  # the person
    company = TextField(default="")
    job_title = TextField(default="")
    email = TextField(default="")
    phone = TextField(default="")
    source = TextField(default="")  # where it came from: a web form, a fair, a referral
    status = TextField(default="new")  # new | contacted | qualified | disqualified
    reason = TextField(default="")  # why it was disqualified
    notes = TextField(default="")
    owner = TextField(default="")  # a person of the office (app/office.py)
    closed_at = DateTimeField(null=True)  # when it was qualified or disqualified
    # What it became, by uid ("" none): the office's other laptops name them so, and they may arrive later.
    contact_uid = TextField(default="")
    account_uid = TextField(default="")
    deal_uid = TextField(default="")
    ical_extra = TextField(default="[]")  # lines of its calendar object Rapport does not model, as sync met them

    class Meta:
        table_name = "lead"


# --- activities and tasks ---------------------------------------------------------------------


class Activity(SyncableModel):
    kind = TextField()  # call | meeting | email | note
    occurred_at = DateTimeField()
    duration_minutes = IntegerField(null=True)
    subject = TextField(default="")
    outcome = TextField(default="")
    text = TextField(default="")
    # Meetings (schema 5): what iCalendar needs; see db/migrations/m0005_calendar_and_journal.py.
    ends_at = DateTimeField(null=True)
    all_day = BooleanField(default=False)
    timezone = TextField(default="")
    location = TextField(default="")
    rrule = TextField(default="")
    rdates = TextField(default="[]")
    exdates = TextField(default="[]")
    recurrence_id = TextField(default="")
    sequence = IntegerField(default=0)
    ical_extra = TextField(default="[]")
    owner = TextField(default="")  # the person of the office it was theirs (schema 30)

    class Meta:
        table_name = "activity"


class ActivityLink(BaseModel):
    """Links an activity to exactly one of a contact, an account, a deal or a lead."""

    id = AutoField()
    activity = ForeignKeyField(Activity, on_delete="CASCADE", backref="+")
    contact = ForeignKeyField(Contact, null=True, on_delete="CASCADE", backref="+")
    account = ForeignKeyField(Account, null=True, on_delete="CASCADE", backref="+")
    deal = ForeignKeyField(Deal, null=True, on_delete="CASCADE", backref="+")
    lead = ForeignKeyField(Lead, null=True, on_delete="CASCADE", backref="+")  # schema 31


class Task(SyncableModel):
    title = TextField()
    notes = TextField(default="")
    due_date = DateField(null=True)
    due_time = TextField(default="")  # "HH:MM" local time, "" for a date-only task
    priority = IntegerField(default=0)  # iCalendar scale: 0 none, 1 highest .. 9 lowest
    status = TextField(default="needs-action")  # needs-action | in-process | completed | cancelled
    percent_complete = IntegerField(default=0)
    completed_at = DateTimeField(null=True)
    reminder_at = DateTimeField(null=True)
    recurrence = TextField(default="")  # an RRULE, e.g. "FREQ=WEEKLY;BYDAY=MO"
    related_to = TextField(default="")  # uid of a parent task (iCalendar RELATED-TO)
    timezone = TextField(default="")
    ical_extra = TextField(default="[]")
    owner = TextField(default="")  # a person of the office (schema 13)

    class Meta:
        table_name = "task"


class Alarm(BaseModel):
    """A VALARM of a meeting or a task."""

    id = AutoField()
    activity = ForeignKeyField(Activity, null=True, on_delete="CASCADE", backref="+")
    task = ForeignKeyField(Task, null=True, on_delete="CASCADE", backref="+")
    position = IntegerField(default=0)
    action = TextField(default="DISPLAY")
    trigger_minutes = IntegerField(null=True)
    trigger_related = TextField(default="START")
    trigger_at = DateTimeField(null=True)
    description = TextField(default="")
    extra = TextField(default="[]")


class TaskLink(BaseModel):
    id = AutoField()
    task = ForeignKeyField(Task, on_delete="CASCADE", backref="+")
    contact = ForeignKeyField(Contact, null=True, on_delete="CASCADE", backref="+")
    account = ForeignKeyField(Account, null=True, on_delete="CASCADE", backref="+")
    deal = ForeignKeyField(Deal, null=True, on_delete="CASCADE", backref="+")
    lead = ForeignKeyField(Lead, null=True, on_delete="CASCADE", backref="+")  # schema 31


# --- tags and custom fields -------------------------------------------------------------------


class Tag(BaseModel):
    id = AutoField()
    name = TextField()
    name_key = TextField(unique=True)  # name.casefold(): tags are unique ignoring case in every script
    color = TextField(default="")
    created_at = DateTimeField()


class Tagging(BaseModel):
    """A tag on any record, named by its kind and row id."""

    id = AutoField()
    tag = ForeignKeyField(Tag, on_delete="CASCADE", backref="+")
    record_kind = TextField()
    record_id = IntegerField()

    class Meta:
        indexes = ((("tag", "record_kind", "record_id"), True),)


class CustomField(BaseModel):
    """A field the user added to one kind of record."""

    id = AutoField()
    record_kind = TextField()
    key = TextField()
    label = TextField()
    field_type = TextField()  # app.custom_fields.FIELD_TYPES
    choices = TextField(default="[]")  # JSON list, for choice and multichoice fields
    position = IntegerField(default=0)
    removed_at = TextField(null=True)  # removed: the removal travels (schema 20)
    in_trash = IntegerField(default=0)  # removed here, its values kept until purged (schema 28)

    class Meta:
        indexes = ((("record_kind", "key"), True),)


class CustomValue(BaseModel):
    id = AutoField()
    field = ForeignKeyField(CustomField, on_delete="CASCADE", backref="+")
    record_id = IntegerField()
    value = TextField()

    class Meta:
        indexes = ((("field", "record_id"), True),)


class OfficePerson(BaseModel):
    """A person of the office (schema 13): an owner of deals and tasks; `me` marks this folder's user."""

    id = AutoField()
    name = TextField()
    me = BooleanField(default=False)
    created_at = DateTimeField()

    class Meta:
        table_name = "office_person"


class PrivateRecord(BaseModel):
    """A record its user keeps to themself (schema 17): never in one of the office's collections."""

    id = AutoField()
    record_kind = TextField()
    record_id = IntegerField()

    class Meta:
        table_name = "private_record"
        indexes = ((("record_kind", "record_id"), True),)


ALL_MODELS: list[type[peewee.Model]] = [
    Contact,
    ContactEmail,
    ContactPhone,
    ContactAddress,
    ContactUrl,
    ContactIm,
    ContactRelated,
    ContactDate,
    ContactExtraProperty,
    Account,
    AccountPhone,
    AccountAddress,
    AccountExtraProperty,
    ContactAccount,
    Pipeline,
    Stage,
    Deal,
    DealContact,
    DealStageChange,
    Lead,
    Activity,
    ActivityLink,
    Task,
    Alarm,
    TaskLink,
    Tag,
    Tagging,
    CustomField,
    CustomValue,
    OfficePerson,
    PrivateRecord,
    *SYNC_MODELS,
]
