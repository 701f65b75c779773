"""The sync tables (schema 6 and 7, db/migrations/m0006_sync.py, m0007_sync_calendars.py) as peewee models.

Kept apart from db/models.py so the sync bookkeeping does not crowd the CRM's own records;
db/models.py adds SYNC_MODELS to ALL_MODELS, so Store binds them and the schema test checks them.
"""

from __future__ import annotations

import peewee
from peewee import AutoField, BooleanField, DateTimeField, ForeignKeyField, IntegerField, TextField


class _SyncBase(peewee.Model):
    class Meta:
        legacy_table_names = False


class SyncAccount(_SyncBase):
    """A server account: URL and user name. The password is only ever in the keyring."""

    id = AutoField()
    url = TextField()
    username = TextField()
    principal_url = TextField(default="")
    created_at = DateTimeField()
    last_sync_at = DateTimeField(null=True)
    last_error = TextField(default="")
    tls_fingerprint = TextField(default="")  # SHA-256 of a certificate the user trusts explicitly (schema 7)
    display_name = TextField(default="")  # the principal's DAV:displayname, the user's name (schema 13)
    journal_offered = BooleanField(default=False)  # a calls-and-notes calendar made or asked for (schema 15)


class SyncCollection(_SyncBase):
    id = AutoField()
    account = ForeignKeyField(SyncAccount, on_delete="CASCADE", backref="+")
    href = TextField()
    kind = TextField()  # addressbook | calendar
    display_name = TextField(default="")
    sync_token = TextField(default="")
    enabled = BooleanField(default=True)
    default_for_new = BooleanField(default=False)
    vcard_version = TextField(default="3.0")
    last_sync_at = DateTimeField(null=True)
    components = TextField(default="")  # a calendar's VEVENT,VTODO (schema 7)
    default_for_tasks = BooleanField(default=False)  # new tasks go here (default_for_new: new meetings)
    ctag = TextField(default="")  # the collection's getctag with the stored sync-token (schema 7)
    lastmod = TextField(default="")  # its getlastmodified, seen with that ctag
    lastmod_trusted = BooleanField(default=True)  # False once getlastmodified stayed while the ctag moved
    lastmod_follows = BooleanField(default=False)  # getlastmodified seen at the newest member's (schema 21)
    ctag_checked_at = DateTimeField(null=True)  # when the getctag was last asked
    phone_summary = BooleanField(default=False)  # cards carry where things stand (schema 12)
    private = BooleanField(default=False)  # the user's own, not the office's (schema 17)
    pushed_through = IntegerField(null=True)  # the local change count its last complete push started from (18)


class SyncItem(_SyncBase):
    """A remote resource as it was at the last sync; the base of the next three-way merge."""

    id = AutoField()
    collection = ForeignKeyField(SyncCollection, on_delete="CASCADE", backref="+")
    href = TextField()
    etag = TextField(null=True)
    record_kind = TextField()
    record_uid = TextField()
    content_hash = TextField(default="")
    base_text = TextField(default="")
    local_version = IntegerField(default=0)
    duplicate = BooleanField(default=False)
    error = TextField(default="")


class SyncConflict(_SyncBase):
    id = AutoField()
    collection = ForeignKeyField(SyncCollection, null=True, on_delete="SET NULL", backref="+")
    record_kind = TextField()
    record_uid = TextField()
    fields = TextField(default="[]")
    local_text = TextField()
    server_text = TextField()
    base_text = TextField(default="")
    status = TextField(default="open")
    created_at = DateTimeField()
    resolved_at = DateTimeField(null=True)


class SyncLog(_SyncBase):
    id = AutoField()
    at = DateTimeField()
    account = ForeignKeyField(SyncAccount, null=True, on_delete="SET NULL", backref="+")
    level = TextField(default="info")
    message = TextField()


class SyncSummary(_SyncBase):
    """The line of where things stand last worked out for a person's card (schema 12, app/phone_summary.py)."""

    contact_id = IntegerField(primary_key=True)  # contact (id), ON DELETE CASCADE in the schema
    text = TextField()


class SyncWritten(_SyncBase):
    """An href this side wrote since the collection's sync-token (schema 16): the next listing checks it."""

    collection = ForeignKeyField(SyncCollection, on_delete="CASCADE", backref="+")
    href = TextField()

    class Meta:
        primary_key = peewee.CompositeKey("collection", "href")
        without_rowid = True


SYNC_MODELS: list[type[peewee.Model]] = [SyncAccount, SyncCollection, SyncItem, SyncConflict, SyncLog, SyncSummary,
                                         SyncWritten]
