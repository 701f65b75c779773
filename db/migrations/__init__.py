"""Numbered schema steps. The version lives in SQLite's user_version; all pending steps run in one
transaction, so a database is either fully upgraded or left as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from types import ModuleType

import peewee

from db import fts
from db.migrations import (
    m0001_core,
    m0002_activities_tasks_tags,
    m0003_search_index,
    m0004_vcard_fidelity,
    m0005_calendar_and_journal,
    m0006_sync,
    m0007_sync_calendars,
    m0008_list_indexes,
    m0009_bulk_upkeep,
    m0010_undo_log,
    m0011_deals_on_calendars,
    m0012_phone_summary,
    m0013_office,
    m0014_pipeline_changes,
    m0015_journal_offered,
    m0016_written_since_token,
    m0017_private_records,
    m0018_local_changes,
    m0019_contact_groups,
    m0020_removed_custom_fields,
    m0021_lastmod_follows,
    m0022_mail_messages,
    m0023_mail_accounts,
    m0024_mail_domains,
    m0025_record_files,
    m0026_currencies,
    m0027_all_day_activity_index,
    m0028_custom_field_types,
    m0029_segments,
    m0030_activity_owner,
    m0031_leads,
    m0032_board_indexes,
    m0033_calendar_indexes,
    m0034_live_counts,
    m0035_activity_live_covering,
    m0036_list_order_index,
)

MIGRATIONS: tuple[ModuleType, ...] = (
    m0001_core,
    m0002_activities_tasks_tags,
    m0003_search_index,
    m0004_vcard_fidelity,
    m0005_calendar_and_journal,
    m0006_sync,
    m0007_sync_calendars,
    m0008_list_indexes,
    m0009_bulk_upkeep,
    m0010_undo_log,
    m0011_deals_on_calendars,
    m0012_phone_summary,
    m0013_office,
    m0014_pipeline_changes,
    m0015_journal_offered,
    m0016_written_since_token,
    m0017_private_records,
    m0018_local_changes,
    m0019_contact_groups,
    m0020_removed_custom_fields,
    m0021_lastmod_follows,
    m0022_mail_messages,
    m0023_mail_accounts,
    m0024_mail_domains,
    m0025_record_files,
    m0026_currencies,
    m0027_all_day_activity_index,
    m0028_custom_field_types,
    m0029_segments,
    m0030_activity_owner,
    m0031_leads,
    m0032_board_indexes,
    m0033_calendar_indexes,
    m0034_live_counts,
    m0035_activity_live_covering,
    m0036_list_order_index,
)
LATEST_VERSION = len(MIGRATIONS)
LOCAL_CHANGES_SCHEMA = 18  # local_change.count, from here on (m0018_local_changes)


class SchemaTooNewError(Exception):
    """The database was written by a newer Rapport than this one."""


def schema_version(database: peewee.SqliteDatabase) -> int:
    return int(database.execute_sql("PRAGMA user_version").fetchone()[0])


def statements(script: str) -> Iterator[str]:
    """Split a script into statements (executescript would commit the open transaction)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending.strip()
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending.strip()[:60]}")


def migrate(database: peewee.SqliteDatabase, target: int = LATEST_VERSION) -> list[int]:
    """Run the steps after the current version up to `target`; returns the versions applied."""
    current = schema_version(database)
    if current > LATEST_VERSION:
        raise SchemaTooNewError(
            f"the database has schema version {current}, newer than this Rapport knows ({LATEST_VERSION})"
        )
    applied: list[int] = []
    if current >= target:
        return applied
    with database.atomic():
        rebuild_index = False
        for version in range(current + 1, target + 1):
            module = MIGRATIONS[version - 1]
            for statement in statements(module.SQL):
                database.execute_sql(statement)
            rebuild_index = rebuild_index or getattr(module, "REBUILD_SEARCH_INDEX", False)
            fill = getattr(module, "fill", None)
            if fill is not None and not rebuild_index:  # (a rebuild to come fills what it would)
                fill(database)
            database.execute_sql(f"PRAGMA user_version = {version}")
            applied.append(version)
        if target >= LOCAL_CHANGES_SCHEMA:
            # What a step changed is a local write like any other: a sync looks at the records again.
            database.execute_sql("UPDATE local_change SET count = count + 1")
        if rebuild_index:
            fts.rebuild(database)
    return applied
