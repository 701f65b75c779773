"""The open data folder: its database, migrated to the current schema, with the models bound to it."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import peewee

from app import paths
from app.errors import StoreError
from app.messages import QT_TRANSLATE_NOOP, message_of, said
from db import bulk
from db.connection import open_database
from db.migrations import SchemaTooNewError, migrate, schema_version
from db.models import ALL_MODELS

log = logging.getLogger(__name__)


def _restore_set_aside(database: peewee.SqliteDatabase) -> None:
    """Rebuild what a large import set aside. Not fatal when the database is busy (another process
    importing right now, which rebuilds it itself when it ends): every row is there meanwhile."""
    try:
        bulk.restore(database)
    except peewee.OperationalError as exc:
        log.warning("indexes set aside by an import are not rebuilt yet: %s", exc)


class Store:
    """One Rapport data folder. Build it once (in main.py or a test) and pass it to the services.

    peewee binds models to one database at a time; `activate()` re-binds them when a process
    works with two data folders (as the sync tests do with two "laptops").
    """

    def __init__(self, data_dir: Path, database: peewee.SqliteDatabase) -> None:
        self.data_dir = data_dir
        self.database = database
        self.database.bind(ALL_MODELS, bind_refs=False, bind_backrefs=False)

    @classmethod
    def open(cls, data_dir: Path, *, migrate_schema: bool = True) -> Store:
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(said(QT_TRANSLATE_NOOP("Services", "cannot create the data folder %1: %2"), data_dir,
                                  exc.strerror)) from None
        path = paths.database_path(data_dir)
        try:
            database = open_database(path)
            if migrate_schema:
                migrate(database)
                if bulk.has_notes(database):  # an import stopped before it rebuilt what it set aside
                    _restore_set_aside(database)
        except SchemaTooNewError as exc:
            raise StoreError(said(QT_TRANSLATE_NOOP("Services", "%1: %2; update Rapport to open it"), path,
                                  message_of(exc))) from None
        except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
            raise StoreError(said(QT_TRANSLATE_NOOP("Services", "cannot open the database %1: %2"), path,
                                  str(exc))) from None
        return cls(data_dir, database)

    @property
    def path(self) -> Path:
        return paths.database_path(self.data_dir)

    @property
    def schema_version(self) -> int:
        return schema_version(self.database)

    def activate(self) -> None:
        self.database.bind(ALL_MODELS, bind_refs=False, bind_backrefs=False)

    def close(self) -> None:
        if not self.database.is_closed():
            self.database.close()
