"""db/inserts.py writes the same rows as peewee's insert_many, defaults and conversions included."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.store import Store
from db.inserts import insert_rows
from db.models import Activity, Task


def _rows(store: Store, table: str, uids: list[str]) -> list[tuple[object, ...]]:
    cursor = store.database.execute_sql(f"SELECT * FROM {table} WHERE uid IN ({', '.join('?' * len(uids))})"
                                        " ORDER BY uid", uids)
    return [row[1:] for row in cursor.fetchall()]  # all but the id


def test_rows_are_written_as_peewee_writes_them(store: Store) -> None:
    when = datetime(2026, 3, 2, 9, 30, 15, 250, tzinfo=UTC).replace(tzinfo=None)
    made = {"created_at": when, "updated_at": when, "version": 1, "kind": "call", "occurred_at": when,
            "subject": "Звонок 电话", "all_day": True}
    with store.database.atomic():
        Activity.insert_many([{"uid": "by-peewee", **made}]).execute()
        insert_rows(Activity, [{"uid": "by-us", **made}])
        tasks = {"created_at": when, "updated_at": when, "version": 1, "title": "Send the offer",
                 "due_date": date(2026, 3, 9)}
        Task.insert_many([{"uid": "by-peewee", **tasks}]).execute()
        insert_rows(Task, [{"uid": "by-us", **tasks}])
    by_peewee, by_us = _rows(store, "activity", ["by-peewee", "by-us"])
    assert by_us[1:] == by_peewee[1:] and by_us[0] == "by-us"  # defaults (text, rdates "[]"…) filled alike
    assert "2026-03-02 09:30:15.000250" in by_us and 1 in by_us
    by_peewee, by_us = _rows(store, "task", ["by-peewee", "by-us"])
    assert by_us[1:] == by_peewee[1:] and "needs-action" in by_us


def test_rows_naming_different_fields_are_refused_before_anything_is_written(store: Store) -> None:
    when = datetime(2026, 3, 2, 9)
    base = {"created_at": when, "updated_at": when, "version": 1, "title": "A"}
    with pytest.raises(ValueError, match="different fields"):
        insert_rows(Task, [{"uid": "t-1", **base}, {"uid": "t-2", **base, "priority": 1}])
    assert _rows(store, "task", ["t-1", "t-2"]) == []
